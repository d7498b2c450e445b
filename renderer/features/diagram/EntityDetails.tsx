import {
  withAttributeType,
  withDocumentation,
  withExcluded,
  withName,
} from '../../../shared/domain/entity-model/decisions';
import type { ModelDecisions } from '../../../shared/domain/entity-model/decisions';
import type { Entity, EntityModel } from '../../../shared/domain/entity-model/types';
import { AttributeRow } from './AttributeRow';
import { DocumentationField } from './DocumentationField';
import { NameField } from './NameField';

export interface EntityDetailsProps {
  entity: Entity;
  model: EntityModel;
  decisions: ModelDecisions;
  onDecisionsChange(decisions: ModelDecisions): void;
}

/** The selected entity: rename, documentation, exclude, and its attributes. External entities are read-only. */
export function EntityDetails({ entity, model, decisions, onDecisionsChange }: EntityDetailsProps) {
  const findings = model.findings.filter(
    (f) =>
      entity.sourceIds.includes(f.element) || entity.attributes.some((a) => a.id === f.element),
  );
  if (entity.external) {
    return (
      <section aria-label={`Entity ${entity.name}`}>
        <h3>
          {entity.module}.{entity.name}
        </h3>
        <p>{entity.documentation}</p>
        <p style={{ color: 'var(--muted)' }}>
          This entity comes from the {entity.module} module: the connector uses it as it is.
        </p>
      </section>
    );
  }
  const otherEntities = model.entities
    .filter((e) => e.id !== entity.id && !e.external)
    .map((e) => e.name);
  return (
    <section
      aria-label={`Entity ${entity.name}`}
      style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      <NameField
        label="Entity name"
        name={entity.name}
        taken={otherEntities}
        onRename={(name) => onDecisionsChange(withName(decisions, entity.sourceIds, name))}
      />
      {entity.generalization && <p>Generalization: {entity.generalization}</p>}
      <p style={{ color: 'var(--muted)', margin: 0 }}>
        Maps {entity.sourcePath ?? 'no JSON element (the request has no body)'}
      </p>
      <DocumentationField
        label="Documentation"
        text={entity.documentation}
        onChange={(text) => onDecisionsChange(withDocumentation(decisions, entity.sourceIds, text))}
      />
      {entity.sourcePath !== null && entity.sourcePath !== '(Object)' && (
        <button
          type="button"
          onClick={() => onDecisionsChange(withExcluded(decisions, entity.sourceIds, true))}
        >
          Exclude entity
        </button>
      )}
      {findings.length > 0 && (
        <ul aria-label="Findings">
          {findings.map((f) => (
            <li key={`${f.kind}:${f.element}`}>
              {f.severity}: {f.message}
            </li>
          ))}
        </ul>
      )}
      <ul aria-label="Attributes" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {entity.attributes.map((attribute) => (
          <AttributeRow
            key={attribute.id}
            attribute={attribute}
            siblings={entity.attributes.filter((a) => a.id !== attribute.id).map((a) => a.name)}
            suggestion={
              findings.find((f) => f.element === attribute.id && f.suggestion)?.suggestion
            }
            onRename={(name) => onDecisionsChange(withName(decisions, [attribute.id], name))}
            onTypeChange={(type) =>
              onDecisionsChange(withAttributeType(decisions, attribute.id, type))
            }
            onExclude={() => onDecisionsChange(withExcluded(decisions, [attribute.id], true))}
          />
        ))}
      </ul>
    </section>
  );
}
