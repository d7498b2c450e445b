import { useEffect, useMemo, useRef, useState } from 'react';
import { toMermaidClassDiagram } from '../../../shared/domain/diagram/mermaid';
import { renderDiagramSvg } from '../../../shared/domain/diagram/render-svg';
import type { DiagramLayout } from '../../../shared/domain/diagram/types';
import type { ModelDecisions } from '../../../shared/domain/entity-model/decisions';
import type { EntityModel } from '../../../shared/domain/entity-model/types';
import { DiagramSidePanel } from './DiagramSidePanel';
import { DiagramToolbar } from './DiagramToolbar';
import { downloadBlob, downloadText, fileStem, svgToPng } from './export-files';
import { hitOf, markElements } from './highlight';
import { defaultLayout } from './layout-client';
import type { LayoutFunction } from './layout-client';
import { usePanZoom } from './use-pan-zoom';

export interface EntityDiagramViewProps {
  model: EntityModel;
  decisions: ModelDecisions;
  onDecisionsChange(decisions: ModelDecisions): void;
  /** How to lay out; by default elkjs in a Web Worker. */
  layout?: LayoutFunction;
  /** Height of the drawing area in pixels. */
  height?: number;
}

export type DiagramSelection = { kind: 'entity' | 'association'; id: string } | null;

/** The entity diagram: the shared SVG drawing with pan, zoom, fit, selection, hover highlight, edits and export. */
export function EntityDiagramView({
  model,
  decisions,
  onDecisionsChange,
  layout = defaultLayout,
  height = 560,
}: EntityDiagramViewProps) {
  const [laidOut, setLaidOut] = useState<{ model: EntityModel; layout: DiagramLayout } | null>(
    null,
  );
  // The error belongs to the model it was raised for, so a new model is laid out afresh.
  const [error, setError] = useState<{ model: EntityModel; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [selection, setSelection] = useState<DiagramSelection>(null);
  const [hovered, setHovered] = useState<{ id: string; ends: string[] } | null>(null);
  const drawing = useRef<HTMLDivElement>(null);
  const hasFitted = useRef(false);
  const { viewport, view, zoomBy, fit, consumeDrag, handlers } = usePanZoom();

  useEffect(() => {
    let isCurrent = true;
    layout(model).then(
      (result) => {
        if (!isCurrent) return;
        setLaidOut({ model, layout: result });
        setError(null);
        if (!hasFitted.current) fit(result);
        hasFitted.current = true;
      },
      (failure: unknown) => {
        if (!isCurrent) return;
        setError({
          model,
          message: failure instanceof Error ? failure.message : 'The layout failed.',
        });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [model, layout, fit, attempt]);
  const failed = error?.model === model ? error.message : null;

  const svg = useMemo(() => (laidOut ? renderDiagramSvg(laidOut.layout) : ''), [laidOut]);

  useEffect(() => {
    const root = drawing.current;
    if (!root) return;
    const selectedEntities = selection?.kind === 'entity' ? [selection.id] : [];
    const selectedAssociations = selection?.kind === 'association' ? [selection.id] : [];
    markElements(root, 'cs-selected', {
      entities: selectedEntities,
      associations: selectedAssociations,
    });
    markElements(root, 'cs-highlight', {
      entities: hovered?.ends ?? [],
      associations: hovered ? [hovered.id] : [],
    });
  }, [svg, selection, hovered]);

  const exportAs = (format: 'svg' | 'png' | 'mermaid') => {
    const stem = fileStem(model.actions);
    if (format === 'mermaid')
      downloadText(`${stem}.mmd`, toMermaidClassDiagram(model), 'text/plain');
    else if (laidOut && format === 'svg') downloadText(`${stem}.svg`, svg, 'image/svg+xml');
    else if (laidOut)
      svgToPng(svg, laidOut.layout).then(
        (png) => downloadBlob(`${stem}.png`, png),
        (e: unknown) =>
          setError({ model, message: e instanceof Error ? e.message : 'PNG export failed.' }),
      );
  };

  return (
    <div className="entity-diagram" style={{ display: 'flex', gap: 8, minHeight: 0 }}>
      <div style={{ flex: 1, display: 'flex', flexDirection: 'column', gap: 6, minWidth: 0 }}>
        <DiagramToolbar
          zoom={view.scale}
          isBusy={laidOut?.model !== model && failed === null}
          canExport={laidOut?.model === model}
          onZoomIn={() => zoomBy(1.25)}
          onZoomOut={() => zoomBy(0.8)}
          onFit={() => laidOut && fit(laidOut.layout)}
          onExport={exportAs}
        />
        {failed && (
          <p role="alert">
            {failed}{' '}
            <button type="button" onClick={() => setAttempt((n) => n + 1)}>
              Lay out again
            </button>
          </p>
        )}
        <div
          ref={viewport}
          {...handlers}
          onClick={(event) => {
            if (consumeDrag()) return;
            const hit = hitOf(event.target);
            setSelection(hit ? { kind: hit.kind, id: hit.id } : null);
          }}
          onMouseOver={(event) => {
            const hit = hitOf(event.target);
            setHovered(hit?.kind === 'association' ? { id: hit.id, ends: hit.ends } : null);
          }}
          onMouseLeave={() => setHovered(null)}
          style={{
            position: 'relative',
            overflow: 'hidden',
            height,
            border: '1px solid var(--border)',
            cursor: 'grab',
            touchAction: 'none',
          }}
        >
          <div
            ref={drawing}
            data-testid="entity-diagram-drawing"
            style={{
              position: 'absolute',
              left: 0,
              top: 0,
              transformOrigin: '0 0',
              transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})`,
            }}
            dangerouslySetInnerHTML={{ __html: svg }}
          />
        </div>
      </div>
      <DiagramSidePanel
        model={model}
        decisions={decisions}
        onDecisionsChange={onDecisionsChange}
        selection={selection}
        onSelect={setSelection}
      />
    </div>
  );
}
