import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  applyStructureDecisions,
  suggestHowToExclusions,
} from '../../../shared/domain/json-structure/decisions';
import type {
  JsonStructure,
  StructureDecisions,
  StructureElement,
  StructureFinding,
} from '../../../shared/domain/json-structure/types';
import { withCustomName, withIncluded, withModelComplete } from './decision-edits';
import { StructureFindings } from './StructureFindings';
import { gridColumns, rowHeight, StructureRow } from './StructureRow';
import { StructureToolbar } from './StructureToolbar';
import { expandableElements, visibleRows } from './visible-rows';

export interface StructureViewProps {
  structure: JsonStructure;
  decisions: StructureDecisions;
  onDecisionsChange(decisions: StructureDecisions): void;
  /** Height of the scrolling tree in pixels. */
  height?: number;
  /** While the structure is inferred again (model-complete switched): true, or the fraction scanned. */
  updating?: boolean | number;
}

const headers = ['Include', 'Name', 'Custom name', 'Type', 'Occurs', 'Sample value', 'Path'];

/** The JSON structure editor: a virtualized tree table with decisions, search and findings. */
export function StructureView({
  structure,
  decisions,
  onDecisionsChange,
  height = 480,
  updating = false,
}: StructureViewProps) {
  const shown = useMemo(
    () => applyStructureDecisions(structure, decisions),
    [structure, decisions],
  );
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(() => new Set());
  const [query, setQuery] = useState('');
  const rows = useMemo(
    () => visibleRows(shown.elements, collapsed, query),
    [shown.elements, collapsed, query],
  );
  const findingsByPath = useMemo(() => groupByPath(shown.findings), [shown.findings]);
  const modelUnavailable = structure.findings.find(
    (finding) => finding.kind === 'model-unavailable',
  )?.message;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- read during render only; no memoized value holds its functions.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    initialRect: { width: 900, height },
  });

  const toggle = useCallback((index: number) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(index)) next.add(index);
      return next;
    });
  }, []);
  const onIncludedChange = useCallback(
    (element: StructureElement, included: boolean) =>
      onDecisionsChange(withIncluded(decisions, element.path, included)),
    [decisions, onDecisionsChange],
  );
  const onCustomName = useCallback(
    (element: StructureElement, name: string) =>
      onDecisionsChange(withCustomName(decisions, element, name)),
    [decisions, onDecisionsChange],
  );
  const reveal = (path: string) => {
    const target = shown.elements.find((element) => element.path === path);
    if (target === undefined) return;
    const open = new Set(collapsed);
    for (let at = target.parent; at >= 0; at = (shown.elements[at] as StructureElement).parent)
      open.delete(at);
    setCollapsed(open);
    setQuery('');
    const row = visibleRows(shown.elements, open, '').indexOf(target.index);
    if (row >= 0) virtualizer.scrollToIndex(row, { align: 'center' });
  };

  return (
    <div
      className="structure-view"
      style={{ display: 'flex', flexDirection: 'column', gap: 6, minHeight: 0 }}
    >
      <StructureToolbar
        query={query}
        onQueryChange={setQuery}
        studioProVersion={decisions.studioProVersion}
        onStudioProVersionChange={(studioProVersion) =>
          onDecisionsChange({ ...decisions, studioProVersion })
        }
        onExpandAll={() => setCollapsed(new Set())}
        onCollapseAll={() => setCollapsed(expandableElements(shown.elements))}
        onApplyHowTo={() =>
          onDecisionsChange({
            ...decisions,
            excluded: [...new Set([...decisions.excluded, ...suggestHowToExclusions(shown)])],
          })
        }
        modelComplete={decisions.sampleOnly !== true}
        modelUnavailable={modelUnavailable}
        model={structure.model}
        updating={updating}
        onModelCompleteChange={(modelComplete) =>
          onDecisionsChange(withModelComplete(decisions, modelComplete))
        }
        shown={rows.length}
        total={shown.elements.length}
      />
      <div
        role="treegrid"
        aria-label="JSON structure"
        aria-rowcount={rows.length + 1}
        style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}
      >
        <div
          role="row"
          style={{
            display: 'grid',
            gridTemplateColumns: gridColumns,
            gap: 6,
            fontWeight: 600,
            fontSize: 12,
          }}
        >
          {headers.map((header) => (
            <span role="columnheader" key={header}>
              {header === 'Include' ? <span className="visually-hidden">{header}</span> : header}
            </span>
          ))}
        </div>
        <div
          ref={scrollRef}
          className="structure-scroll"
          style={{ height, overflow: 'auto', contain: 'strict' }}
        >
          <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const element = shown.elements[rows[item.index] as number] as StructureElement;
              return (
                <StructureRow
                  key={element.index}
                  element={element}
                  findings={findingsByPath.get(element.path) ?? noFindings}
                  isCollapsed={collapsed.has(element.index)}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: rowHeight,
                    transform: `translateY(${item.start}px)`,
                  }}
                  onToggleCollapsed={toggle}
                  onIncludedChange={onIncludedChange}
                  onCustomName={onCustomName}
                />
              );
            })}
          </div>
        </div>
      </div>
      <StructureFindings findings={shown.findings} onSelect={reveal} />
    </div>
  );
}

const noFindings: readonly StructureFinding[] = [];

function groupByPath(findings: readonly StructureFinding[]): Map<string, StructureFinding[]> {
  const byPath = new Map<string, StructureFinding[]>();
  for (const finding of findings) {
    const list = byPath.get(finding.path);
    if (list) list.push(finding);
    else byPath.set(finding.path, [finding]);
  }
  return byPath;
}
