import { ModelCompleteSwitch } from './ModelCompleteSwitch';

interface StructureToolbarProps {
  query: string;
  onQueryChange(query: string): void;
  studioProVersion: 9 | 10;
  onStudioProVersionChange(version: 9 | 10): void;
  /** Model-complete mode: on unless switched off; `unavailable` says why no AWS model is known. */
  modelComplete: boolean;
  modelUnavailable?: string | undefined;
  model?: { service: string; operation: string } | undefined;
  /** While the structure is inferred again: true, or the fraction of a large body scanned. */
  updating?: boolean | number;
  onModelCompleteChange(modelComplete: boolean): void;
  onExpandAll(): void;
  onCollapseAll(): void;
  onApplyHowTo(): void;
  shown: number;
  total: number;
}

/** Search, expand/collapse all, the Studio Pro version switch, the how-to exclusions and model-complete mode. */
export function StructureToolbar(props: StructureToolbarProps) {
  return (
    <div className="structure-toolbar inline" role="toolbar" aria-label="Structure tools">
      <input
        type="search"
        value={props.query}
        placeholder="Search name or path"
        aria-label="Search elements"
        onChange={(event) => props.onQueryChange(event.target.value)}
      />
      <button type="button" onClick={props.onExpandAll}>
        Expand all
      </button>
      <button type="button" onClick={props.onCollapseAll}>
        Collapse all
      </button>
      <label>
        Item names{' '}
        <select
          aria-label="Studio Pro version"
          value={props.studioProVersion}
          onChange={(event) => props.onStudioProVersionChange(event.target.value === '9' ? 9 : 10)}
        >
          <option value="10">Studio Pro 10+ (singular of the array)</option>
          <option value="9">Studio Pro 9 (JsonObject)</option>
        </select>
      </label>
      <button
        type="button"
        onClick={props.onApplyHowTo}
        title="Uncheck Root when it only wraps one list, and the wrappers of value arrays"
      >
        Apply how-to exclusions
      </button>
      <span className="badge" aria-live="polite">
        {props.shown === props.total
          ? `${props.total} elements`
          : `${props.shown} of ${props.total} elements`}
      </span>
      <ModelCompleteSwitch
        checked={props.modelComplete}
        unavailable={props.modelUnavailable}
        model={props.model}
        updating={props.updating ?? false}
        onChange={props.onModelCompleteChange}
      />
    </div>
  );
}
