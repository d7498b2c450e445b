import { withExcluded } from '../../../shared/domain/entity-model/decisions';
import type {
  ModelConventions,
  ModelDecisions,
} from '../../../shared/domain/entity-model/decisions';
import type { EntityModel } from '../../../shared/domain/entity-model/types';

export interface ModelSettingsProps {
  model: EntityModel;
  decisions: ModelDecisions;
  onDecisionsChange(decisions: ModelDecisions): void;
}

/** The connector conventions as switches, and what the model leaves out, each with Restore. */
export function ModelSettings({ model, decisions, onDecisionsChange }: ModelSettingsProps) {
  const set = (change: Partial<ModelConventions>) =>
    onDecisionsChange({ ...decisions, conventions: { ...decisions.conventions, ...change } });
  const { conventions } = decisions;
  return (
    <section aria-label="Conventions" style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
      <label>
        <input
          type="checkbox"
          checked={conventions.renameRoot}
          onChange={(e) => set({ renameRoot: e.target.checked })}
        />{' '}
        Root → {'{Action}'}Response
      </label>
      <label>
        <input
          type="checkbox"
          checked={conventions.dropPrimitiveWrappers}
          onChange={(e) => set({ dropPrimitiveWrappers: e.target.checked })}
        />{' '}
        Leave out wrappers of value lists
      </label>
      <label>
        Reserved names{' '}
        <select
          value={conventions.reservedNames}
          onChange={(e) =>
            set({ reservedNames: e.target.value as ModelConventions['reservedNames'] })
          }
        >
          <option value="entity-prefix">Entity name first (VoiceId)</option>
          <option value="underscore">Underscore (_Id, as Studio Pro)</option>
        </select>
      </label>
      {model.excluded.length > 0 && (
        <ul aria-label="Left out" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {model.excluded.map((item) => (
            <li key={item.id} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
              <span style={{ flex: 1 }} title={item.id}>
                {item.kind} {item.name} ({item.reason})
              </span>
              <button
                type="button"
                onClick={() => onDecisionsChange(withExcluded(decisions, [item.id], false))}
              >
                Restore {item.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
