export interface DiagramToolbarProps {
  zoom: number;
  isBusy: boolean;
  /** A drawing of the current model exists to export. */
  canExport: boolean;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  onExport(format: 'svg' | 'png' | 'mermaid'): void;
}

/** Zoom, fit and export buttons above the diagram. */
export function DiagramToolbar({
  zoom,
  isBusy,
  canExport,
  onZoomIn,
  onZoomOut,
  onFit,
  onExport,
}: DiagramToolbarProps) {
  return (
    <div
      role="toolbar"
      aria-label="Diagram"
      style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}
    >
      <button type="button" onClick={onZoomOut} aria-label="Zoom out">
        −
      </button>
      <output aria-label="Zoom level" style={{ minWidth: 44, textAlign: 'center' }}>
        {Math.round(zoom * 100)}%
      </output>
      <button type="button" onClick={onZoomIn} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={onFit}>
        Fit
      </button>
      <span style={{ flex: 1 }} />
      {isBusy && <span role="status">Laying out…</span>}
      <button type="button" onClick={() => onExport('svg')} disabled={!canExport}>
        Export SVG
      </button>
      <button type="button" onClick={() => onExport('png')} disabled={!canExport}>
        Export PNG
      </button>
      <button type="button" onClick={() => onExport('mermaid')}>
        Export Mermaid
      </button>
    </div>
  );
}
