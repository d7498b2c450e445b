interface StructureToolbarProps {
  query: string;
  onQueryChange(query: string): void;
  studioProVersion: 9 | 10;
  onStudioProVersionChange(version: 9 | 10): void;
  onExpandAll(): void;
  onCollapseAll(): void;
  onApplyHowTo(): void;
  shown: number;
  total: number;
}

/** Search, expand/collapse all, the Studio Pro version switch and the how-to exclusions. */
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
    </div>
  );
}
