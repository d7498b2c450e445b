import type { StructureFinding } from '../../../shared/domain/json-structure/types';

interface StructureFindingsProps {
  findings: readonly StructureFinding[];
  onSelect(path: string): void;
}

const order = { error: 0, warning: 1, info: 2 } as const;
const shownAtMost = 500;

/** Every finding of the structure, errors first; choosing one reveals its element. */
export function StructureFindings({ findings, onSelect }: StructureFindingsProps) {
  if (findings.length === 0)
    return <p className="muted">No findings: Studio Pro derives this structure as shown.</p>;
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  return (
    <section aria-label="Structure findings">
      <ul
        className="structure-findings"
        style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 180, overflow: 'auto' }}
      >
        {sorted.slice(0, shownAtMost).map((finding, i) => (
          <li key={`${finding.kind}-${finding.path}-${i}`}>
            <button
              type="button"
              className="link-button"
              aria-label={`Show ${finding.path}`}
              onClick={() => onSelect(finding.path)}
            >
              <span
                className={
                  finding.severity === 'error'
                    ? 'error-text'
                    : finding.severity === 'warning'
                      ? 'warning'
                      : 'muted'
                }
              >
                {finding.severity}
              </span>
            </button>{' '}
            <span>{finding.message}</span> <code className="muted">{finding.path}</code>
          </li>
        ))}
      </ul>
      {sorted.length > shownAtMost && (
        <p className="note">{sorted.length - shownAtMost} more findings not listed.</p>
      )}
    </section>
  );
}
