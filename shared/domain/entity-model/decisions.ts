import type { AttributeType } from './types';

/** How an attribute whose AWS name is reserved (`Id`, `Type`) is renamed. */
export type ReservedNameStyle = 'entity-prefix' | 'underscore';

/** The connector conventions applied after "Map automatically"; each one can be switched off. */
export interface ModelConventions {
  /** Root → `{Action}Response` (and the request root → `{Action}Request`). */
  renameRoot: boolean;
  /** Drop the entities of primitive-array wrappers (`SupportedEngines`) unless restored. */
  dropPrimitiveWrappers: boolean;
  /** `Id` → `VoiceId` (`entity-prefix`) or `_Id` (`underscore`, what Studio Pro does). */
  reservedNames: ReservedNameStyle;
}

/** The user's edits of a model, stored with the operation so a new sample keeps them. */
export interface ModelDecisions {
  /** Custom names by entity, attribute or association id. */
  names: Record<string, string>;
  /** Ids the user excluded. */
  excluded: string[];
  /** Ids the user restored after a convention or the structure left them out. */
  restored: string[];
  /** Attribute type changes by attribute id. */
  attributeTypes: Record<string, AttributeType>;
  /** Documentation edits by entity or attribute id. */
  documentation: Record<string, string>;
  conventions: ModelConventions;
}

export const defaultModelConventions: ModelConventions = {
  renameRoot: true,
  dropPrimitiveWrappers: true,
  reservedNames: 'entity-prefix',
};

/** Studio Pro's own result: no connector conventions applied. */
export const mapAutomaticallyConventions: ModelConventions = {
  renameRoot: false,
  dropPrimitiveWrappers: false,
  reservedNames: 'underscore',
};

export const defaultModelDecisions: ModelDecisions = {
  names: {},
  excluded: [],
  restored: [],
  attributeTypes: {},
  documentation: {},
  conventions: defaultModelConventions,
};

const numeric: AttributeType[] = ['Integer', 'Long', 'Decimal'];

/** The types an attribute of a derived type may be changed to (widening, epoch → DateTime, anything → String). */
export function allowedTypeChanges(derived: AttributeType): AttributeType[] {
  switch (derived) {
    case 'Integer':
      return ['Integer', 'Long', 'Decimal', 'DateTime', 'String'];
    case 'Long':
      return ['Long', 'Decimal', 'DateTime', 'String'];
    case 'Decimal':
      return ['Decimal', 'DateTime', 'String'];
    case 'DateTime':
      return ['DateTime', 'String'];
    case 'Boolean':
      return ['Boolean', 'String'];
    case 'String':
      return ['String'];
  }
}

/** Whether changing `from` to `to` turns an epoch number into a date (the microflow must convert). */
export function isEpochConversion(from: AttributeType, to: AttributeType): boolean {
  return to === 'DateTime' && numeric.includes(from);
}

/** Sets (or, with an empty name, clears) the custom name of every id of one element. */
export function withName(
  decisions: ModelDecisions,
  ids: readonly string[],
  name: string,
): ModelDecisions {
  const names = { ...decisions.names };
  for (const id of ids) {
    if (name === '') delete names[id];
    else names[id] = name;
  }
  return { ...decisions, names };
}

/** Excludes or restores every id of one element. */
export function withExcluded(
  decisions: ModelDecisions,
  ids: readonly string[],
  isExcluded: boolean,
): ModelDecisions {
  const drop = new Set(ids);
  const excluded = decisions.excluded.filter((id) => !drop.has(id));
  const restored = decisions.restored.filter((id) => !drop.has(id));
  return isExcluded
    ? { ...decisions, excluded: [...excluded, ...ids], restored }
    : { ...decisions, excluded, restored: [...restored, ...ids] };
}

/** Sets (or, with undefined, clears) an attribute's type change. */
export function withAttributeType(
  decisions: ModelDecisions,
  id: string,
  type: AttributeType | undefined,
): ModelDecisions {
  const attributeTypes = { ...decisions.attributeTypes };
  if (type === undefined) delete attributeTypes[id];
  else attributeTypes[id] = type;
  return { ...decisions, attributeTypes };
}

/** Sets (or, with an empty text, clears) the documentation of every id of one element. */
export function withDocumentation(
  decisions: ModelDecisions,
  ids: readonly string[],
  text: string,
): ModelDecisions {
  const documentation = { ...decisions.documentation };
  for (const id of ids) {
    if (text === '') delete documentation[id];
    else documentation[id] = text;
  }
  return { ...decisions, documentation };
}
