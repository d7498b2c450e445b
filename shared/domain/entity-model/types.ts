import type { FindingSeverity } from '../json-structure/types';

/** Attribute types an import mapping creates; DateTime is shown as "Date and time". */
export type AttributeType = 'String' | 'Integer' | 'Long' | 'Decimal' | 'Boolean' | 'DateTime';

/** Which part of the connector an entity belongs to. */
export type EntitySide = 'response' | 'request' | 'external';

export interface EntityAttribute {
  /** Stable id: `{side}:{element path}`; decisions are keyed by it. */
  id: string;
  name: string;
  type: AttributeType;
  /** The type "Map automatically" gives; `type` differs when the user changed it. */
  derivedType: AttributeType;
  /** String length; 0 means unlimited. Only for String. */
  length?: number;
  required: boolean;
  documentation: string;
  /** Path of the JSON structure element the attribute maps, or null for external attributes. */
  sourcePath: string | null;
  /** The JSON key the attribute maps, or null for the value of a primitive list item. */
  jsonKey: string | null;
  notes: string[];
  /** AWS's documentation of the member (model-complete structures), added to the drafted documentation. */
  modelDocumentation?: string;
}

export interface Entity {
  /** Stable id: `{side}:{element path}`, or the qualified name for external entities. */
  id: string;
  /** Ids of entities merged into this one (same name, compatible); decisions apply to all. */
  sourceIds: string[];
  name: string;
  /** Module of an external entity (`AWSAuthentication`); absent for the connector's own. */
  module?: string;
  external: boolean;
  side: EntitySide;
  /** Qualified name of the generalization, e.g. `AWSAuthentication.AbstractRequest`. */
  generalization?: string;
  attributes: EntityAttribute[];
  documentation: string;
  sourcePath: string | null;
  /** Whether the entity is one item of a list (an array item) in its parent. */
  isList: boolean;
}

export type AssociationType = 'Reference' | 'ReferenceSet';
export type AssociationOwner = 'Default' | 'Both';
export type Multiplicity = '1-1' | '1-*';

export interface Association {
  /** Stable id: `assoc:{child entity id}` for structure associations. */
  id: string;
  name: string;
  /** The user's name, when set; otherwise the name follows the entities. */
  customName?: string;
  /** The owner entity (Mendix "parent"): the item for a list, the container for a single object. */
  parent: string;
  child: string;
  type: AssociationType;
  owner: AssociationOwner;
  multiplicity: Multiplicity;
}

export interface Generalization {
  /** The specializing entity's id. */
  child: string;
  /** The generalized entity's id (e.g. `AWSAuthentication.AbstractRequest`). */
  parent: string;
}

export interface ModelFinding {
  /** Stable kind: `unknown-type`, `reserved-name`, `dropped-wrapper`, `invalid-name`, ... */
  kind: string;
  severity: FindingSeverity;
  /** Id of the entity, attribute or association the finding is about. */
  element: string;
  message: string;
  /** A name the user may pick instead (the `_Id` alternative of a reserved word). */
  suggestion?: string;
}

/** Something the model leaves out (by convention or by the user), listed so it can be restored. */
export interface ExcludedElement {
  id: string;
  kind: 'entity' | 'attribute';
  name: string;
  reason: 'user' | 'convention' | 'structure';
}

export interface EntityModel {
  serviceName: string;
  actions: string[];
  entities: Entity[];
  associations: Association[];
  generalizations: Generalization[];
  findings: ModelFinding[];
  excluded: ExcludedElement[];
}
