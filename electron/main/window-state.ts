import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Rectangle } from 'electron';

/** Where and how big the window was when it last closed. */
export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const MIN_SIZE = 400;
const MAX_SIZE = 20_000;

function isRectangle(value: unknown): value is Rectangle {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y, width, height } = value as Record<string, unknown>;
  return (
    [x, y, width, height].every((n) => Number.isInteger(n)) &&
    (width as number) >= MIN_SIZE &&
    (height as number) >= MIN_SIZE &&
    (width as number) <= MAX_SIZE &&
    (height as number) <= MAX_SIZE
  );
}

/** Reads the remembered window state; anything missing or odd gives undefined (default placement). */
export function readWindowState(file: string): WindowState | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { bounds, maximized } = parsed as Record<string, unknown>;
    return isRectangle(bounds) ? { bounds, maximized: maximized === true } : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the window state; a failure to write only loses the placement, so it is ignored. */
export function writeWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(state));
  } catch {
    // Placement is a convenience: a read-only profile must not stop the app from closing.
  }
}

/** Whether a rectangle overlaps one of the displays' work areas (a display may have been unplugged). */
export function isVisibleOn(bounds: Rectangle, workAreas: Rectangle[]): boolean {
  return workAreas.some(
    (area) =>
      bounds.x < area.x + area.width &&
      bounds.x + bounds.width > area.x &&
      bounds.y < area.y + area.height &&
      bounds.y + bounds.height > area.y,
  );
}
