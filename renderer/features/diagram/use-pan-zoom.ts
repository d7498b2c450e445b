import { useCallback, useEffect, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';

/** Where the drawing sits in the viewport: translate, then scale. */
export interface View {
  x: number;
  y: number;
  scale: number;
}

const minScale = 0.05;
const maxScale = 4;
const clampScale = (scale: number) => Math.min(maxScale, Math.max(minScale, scale));

/** The view that shows a whole drawing of `size` in a viewport of `box`, never enlarged past 100%. */
export function fitView(
  size: { width: number; height: number },
  box: { width: number; height: number },
): View {
  if (size.width <= 0 || size.height <= 0 || box.width <= 0 || box.height <= 0)
    return { x: 0, y: 0, scale: 1 };
  const scale = clampScale(Math.min(box.width / size.width, box.height / size.height, 1));
  return {
    x: (box.width - size.width * scale) / 2,
    y: (box.height - size.height * scale) / 2,
    scale,
  };
}

/** Zooms by `factor` keeping the point `at` (viewport coordinates) still. */
export function zoomAt(view: View, factor: number, at: { x: number; y: number }): View {
  const scale = clampScale(view.scale * factor);
  const ratio = scale / view.scale;
  return { scale, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio };
}

/** Pan (drag), zoom (wheel, buttons) and fit for a viewport element (attach the returned ref) showing a drawing. */
export function usePanZoom() {
  const viewport = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ x: 0, y: 0, scale: 1 });
  const drag = useRef<{ x: number; y: number; moved: boolean; pointer: number } | null>(null);
  const wasDrag = useRef(false);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return undefined;
    // A native listener: React's wheel handlers are passive and cannot stop the page from scrolling.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = element.getBoundingClientRect();
      const factor = Math.exp(-event.deltaY * 0.0015);
      setView((current) =>
        zoomAt(current, factor, { x: event.clientX - box.left, y: event.clientY - box.top }),
      );
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  const zoomBy = useCallback((factor: number) => {
    const box = viewport.current?.getBoundingClientRect();
    setView((current) =>
      zoomAt(current, factor, { x: (box?.width ?? 0) / 2, y: (box?.height ?? 0) / 2 }),
    );
  }, []);
  const fit = useCallback((size: { width: number; height: number }) => {
    const box = viewport.current?.getBoundingClientRect();
    setView(fitView(size, { width: box?.width ?? 0, height: box?.height ?? 0 }));
  }, []);
  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    drag.current = { x: event.clientX, y: event.clientY, moved: false, pointer: event.pointerId };
    wasDrag.current = false;
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!start.moved && Math.hypot(dx, dy) < 4) return;
    if (!start.moved) event.currentTarget.setPointerCapture?.(start.pointer);
    start.moved = true;
    drag.current = { ...start, x: event.clientX, y: event.clientY };
    setView((current) => ({ ...current, x: current.x + dx, y: current.y + dy }));
  };
  const onPointerUp = () => {
    wasDrag.current = drag.current?.moved ?? false;
    drag.current = null;
  };
  /** Whether the click that follows a pointer-up ended a drag (and so selects nothing). */
  const consumeDrag = () => {
    const result = wasDrag.current;
    wasDrag.current = false;
    return result;
  };
  return {
    viewport,
    view,
    zoomBy,
    fit,
    consumeDrag,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
  };
}
