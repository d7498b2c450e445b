import {
  allowedTypeChanges,
  isEpochConversion,
} from '../../../shared/domain/entity-model/decisions';
import { attributeTypeLabel } from '../../../shared/domain/entity-model/documentation';
import type { AttributeType, EntityAttribute } from '../../../shared/domain/entity-model/types';
import { NameField } from './NameField';

export interface AttributeRowProps {
  attribute: EntityAttribute;
  siblings: readonly string[];
  /** Another name a finding suggests (the `_Id` alternative of a reserved word). */
  suggestion?: string;
  onRename(name: string): void;
  onTypeChange(type: AttributeType | undefined): void;
  onExclude(): void;
}

/** One attribute in the details panel: name, type (where a change makes sense), exclude. */
export function AttributeRow({
  attribute,
  siblings,
  suggestion,
  onRename,
  onTypeChange,
  onExclude,
}: AttributeRowProps) {
  const choices = allowedTypeChanges(attribute.derivedType);
  return (
    <li
      style={{
        display: 'flex',
        flexDirection: 'column',
        gap: 4,
        padding: '6px 0',
        borderTop: '1px solid var(--border)',
      }}
    >
      <NameField
        label={`Attribute ${attribute.name}`}
        name={attribute.name}
        taken={siblings}
        onRename={onRename}
      />
      <div style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        <label>
          Type{' '}
          <select
            value={attribute.type}
            disabled={choices.length < 2}
            onChange={(event) => {
              const type = event.target.value as AttributeType;
              onTypeChange(type === attribute.derivedType ? undefined : type);
            }}
          >
            {choices.map((type) => (
              <option key={type} value={type}>
                {attributeTypeLabel(type)}
                {isEpochConversion(attribute.derivedType, type) ? ' (from epoch)' : ''}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={onExclude}>
          Exclude
        </button>
        {suggestion && suggestion !== attribute.name && (
          <button type="button" onClick={() => onRename(suggestion)}>
            Use {suggestion}
          </button>
        )}
      </div>
      {attribute.notes.map((note) => (
        <small key={note} style={{ color: 'var(--muted)' }}>
          {note}
        </small>
      ))}
    </li>
  );
}
