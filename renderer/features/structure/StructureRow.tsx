import type { CSSProperties } from 'react';
import type {
  StructureElement,
  StructureFinding,
} from '../../../shared/domain/json-structure/types';
import { formatOccurrence, formatType } from '../../../shared/domain/json-structure/text-tree';
import { CustomNameInput } from './CustomNameInput';

export const rowHeight = 30;

/** Column widths shared by the header and the rows. */
export const gridColumns =
  '28px minmax(180px, 2fr) minmax(140px, 1.4fr) 90px 60px minmax(100px, 1fr) minmax(160px, 2fr)';

/** What the origin badges mean (model-complete structures only; elements in both need no badge). */
const originTitles = {
  model: 'Only the AWS model knows this element: no sample shows it.',
  sample:
    'Only the samples show this element: the AWS model (2024) does not have it. It may be newer than the model, or part of the response envelope.',
} as const;

interface StructureRowProps {
  element: StructureElement;
  findings: readonly StructureFinding[];
  isCollapsed: boolean;
  style: CSSProperties;
  onToggleCollapsed(index: number): void;
  onIncludedChange(element: StructureElement, included: boolean): void;
  onCustomName(element: StructureElement, name: string): void;
}

/** One element of the structure as a tree-grid row: include box, name, custom name, type, occurrence, sample, path. */
export function StructureRow({
  element,
  findings,
  isCollapsed,
  style,
  onToggleCollapsed,
  onIncludedChange,
  onCustomName,
}: StructureRowProps) {
  const hasChildren = element.children.length > 0;
  const custom = element.name !== element.defaultName ? element.name : '';
  // Names repeat across a structure (two "Value" elements); the path keeps every control's name unique.
  const severity = findings.some((f) => f.severity === 'error')
    ? 'error'
    : findings.some((f) => f.severity === 'warning')
      ? 'warning'
      : 'info';
  return (
    <div
      role="row"
      aria-level={element.depth + 1}
      aria-expanded={hasChildren ? !isCollapsed : undefined}
      className={`structure-row${element.included ? '' : ' structure-row-excluded'}`}
      style={{
        ...style,
        display: 'grid',
        gridTemplateColumns: gridColumns,
        alignItems: 'center',
        gap: 6,
        opacity: element.included ? 1 : 0.55,
      }}
    >
      <span role="gridcell">
        <input
          type="checkbox"
          checked={element.included}
          aria-label={`Include ${element.name} at ${element.path}`}
          onChange={(event) => onIncludedChange(element, event.target.checked)}
        />
      </span>
      <span
        role="gridcell"
        style={{
          paddingLeft: Math.min(element.depth, 40) * 14,
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
        }}
      >
        {hasChildren ? (
          <button
            type="button"
            className="structure-toggle"
            aria-label={`${isCollapsed ? 'Expand' : 'Collapse'} ${element.name} at ${element.path}`}
            onClick={() => onToggleCollapsed(element.index)}
          >
            {isCollapsed ? '▸' : '▾'}
          </button>
        ) : (
          <span aria-hidden="true" style={{ display: 'inline-block', width: '1.5em' }} />
        )}
        <span
          className="structure-name"
          title={
            element.documentation
              ? `${element.defaultName}\n${element.documentation}`
              : element.defaultName
          }
        >
          {element.defaultName}
        </span>
        {element.origin === 'model' || element.origin === 'sample' ? (
          <span
            className={`origin-badge origin-${element.origin}`}
            title={originTitles[element.origin]}
          >
            {element.origin === 'model' ? 'model' : 'sample only'}
          </span>
        ) : null}
        {findings.length > 0 && (
          <span
            className={
              severity === 'error' ? 'error-text' : severity === 'warning' ? 'warning' : 'muted'
            }
            role="note"
            aria-label={`${findings.length} finding${findings.length > 1 ? 's' : ''} on ${element.name}`}
            title={findings.map((f) => f.message).join('\n')}
          >
            {' '}
            {/* A circled "i" drawn by CSS: U+24D8 is missing from common Linux fonts (it showed as a box). */}
            {severity === 'info' ? <span className="info-mark">i</span> : '⚠'}
          </span>
        )}
        {element.notes.length > 0 && (
          <span className="note" title={element.notes.join('\n')}>
            {' '}
            {element.notes[0]}
          </span>
        )}
      </span>
      <span role="gridcell">
        <CustomNameInput
          value={custom}
          placeholder={element.defaultName}
          label={`Custom name for ${element.path}`}
          onCommit={(name) => onCustomName(element, name)}
        />
      </span>
      <span role="gridcell">
        {formatType(element)}
        {element.nillable ? '?' : ''}
      </span>
      <span role="gridcell">{formatOccurrence(element)}</span>
      <span
        role="gridcell"
        style={{
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          fontFamily: 'ui-monospace, monospace',
        }}
        title={element.sample}
      >
        {element.sample ?? ''}
      </span>
      <span
        role="gridcell"
        style={{
          whiteSpace: 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          fontFamily: 'ui-monospace, monospace',
        }}
        title={element.path}
      >
        {element.path}
      </span>
    </div>
  );
}
