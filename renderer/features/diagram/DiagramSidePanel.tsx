import type { ModelDecisions } from '../../../shared/domain/entity-model/decisions';
import type { EntityModel } from '../../../shared/domain/entity-model/types';
import { AssociationDetails } from './AssociationDetails';
import type { DiagramSelection } from './EntityDiagramView';
import { EntityDetails } from './EntityDetails';
import { ModelSettings } from './ModelSettings';

export interface DiagramSidePanelProps {
  model: EntityModel;
  decisions: ModelDecisions;
  onDecisionsChange(decisions: ModelDecisions): void;
  selection: DiagramSelection;
  onSelect(selection: DiagramSelection): void;
}

/** The panel beside the diagram: pick an entity (also by keyboard), edit it, and the conventions. */
export function DiagramSidePanel({
  model,
  decisions,
  onDecisionsChange,
  selection,
  onSelect,
}: DiagramSidePanelProps) {
  const entity =
    selection?.kind === 'entity' ? model.entities.find((e) => e.id === selection.id) : undefined;
  const association =
    selection?.kind === 'association'
      ? model.associations.find((a) => a.id === selection.id)
      : undefined;
  const edits = { model, decisions, onDecisionsChange };
  return (
    <aside
      aria-label="Diagram details"
      style={{
        width: 320,
        flex: 'none',
        display: 'flex',
        flexDirection: 'column',
        gap: 10,
        overflow: 'auto',
      }}
    >
      <label style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <span>Entity</span>
        <select
          value={entity?.id ?? ''}
          onChange={(event) =>
            onSelect(event.target.value ? { kind: 'entity', id: event.target.value } : null)
          }
        >
          <option value="">(none selected)</option>
          {model.entities.map((e) => (
            <option key={e.id} value={e.id}>
              {e.external ? `${e.module}.${e.name}` : e.name}
            </option>
          ))}
        </select>
      </label>
      {entity && <EntityDetails key={entity.id} entity={entity} {...edits} />}
      {association && (
        <AssociationDetails key={association.id} association={association} {...edits} />
      )}
      <ModelSettings {...edits} />
    </aside>
  );
}
