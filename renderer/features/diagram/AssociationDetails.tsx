import { withName } from '../../../shared/domain/entity-model/decisions';
import type { ModelDecisions } from '../../../shared/domain/entity-model/decisions';
import type { Association, EntityModel } from '../../../shared/domain/entity-model/types';
import { NameField } from './NameField';

export interface AssociationDetailsProps {
  association: Association;
  model: EntityModel;
  decisions: ModelDecisions;
  onDecisionsChange(decisions: ModelDecisions): void;
}

/** The selected association: its ends, type, owner, multiplicity, and a rename (empty name follows the entities again). */
export function AssociationDetails({
  association,
  model,
  decisions,
  onDecisionsChange,
}: AssociationDetailsProps) {
  const nameOf = (id: string) => model.entities.find((e) => e.id === id)?.name ?? id;
  const isFixed = association.id.startsWith('AWSAuthentication.');
  const others = model.associations.filter((a) => a.id !== association.id).map((a) => a.name);
  return (
    <section
      aria-label={`Association ${association.name}`}
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      {isFixed ? (
        <h3>{association.name}</h3>
      ) : (
        <NameField
          label="Association name"
          name={association.name}
          taken={others}
          onRename={(name) => onDecisionsChange(withName(decisions, [association.id], name))}
        />
      )}
      <dl style={{ margin: 0 }}>
        <dt>Owner (parent)</dt>
        <dd>{nameOf(association.parent)}</dd>
        <dt>Child</dt>
        <dd>{nameOf(association.child)}</dd>
        <dt>Type, owner, multiplicity</dt>
        <dd>
          {association.type}, {association.owner}, {association.multiplicity}
        </dd>
      </dl>
      {association.customName !== undefined && (
        <button
          type="button"
          onClick={() => onDecisionsChange(withName(decisions, [association.id], ''))}
        >
          Name after the entities again
        </button>
      )}
    </section>
  );
}
