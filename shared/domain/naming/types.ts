/** Rule ids of docs/rules/naming.md. */
export type RuleId =
  | 'N01'
  | 'N02'
  | 'N03'
  | 'N04'
  | 'N06'
  | 'N07'
  | 'N08'
  | 'N09'
  | 'N10'
  | 'N11'
  | 'N12'
  | 'C01'
  | 'C02'
  | 'C03'
  | 'C04'
  | 'C05'
  | 'C06'
  | 'C07'
  | 'C08'
  | 'C10'
  | 'C11'
  | 'C12'
  | 'C13'
  | 'C14'
  | 'C15'
  | 'C16';

export type ElementKind =
  | 'module'
  | 'entity'
  | 'attribute'
  | 'association'
  | 'microflow'
  | 'document'
  | 'enumeration'
  | 'operation'
  | 'folder'
  | 'readme';

/** The element a finding is about: its kind, stable id and current name. */
export interface FindingElement {
  kind: ElementKind;
  id: string;
  name: string;
}

/** A change that repairs a finding; applied to the plan and the model together. */
export type PlanFix =
  | { kind: 'rename-module'; to: string }
  | { kind: 'rename-entity'; entityId: string; to: string }
  | { kind: 'rename-attribute'; attributeId: string; to: string }
  | { kind: 'rename-association'; associationId: string; to: string }
  | { kind: 'rename-microflow'; operationId: string; to: string }
  | { kind: 'rename-document'; operationId: string; documentId: string; to: string }
  | { kind: 'rename-enumeration'; enumeration: string; to: string }
  | { kind: 'rename-enumeration-value'; enumeration: string; value: string; to: string }
  | { kind: 'set-action'; operationId: string; to: string }
  | { kind: 'set-exposed'; operationId: string; caption: string; category: string }
  | { kind: 'restore-steps'; operationId: string }
  | { kind: 'restore-folders' }
  | { kind: 'draft-use-cases' };

export interface QuickFix {
  /** What the fix does, as a button label (`Rename to VoiceId`). */
  label: string;
  fix: PlanFix;
}

export type Severity = 'error' | 'warning';

/** One broken rule: `error` where Studio Pro would refuse the model, `warning` for a broken convention. */
export interface NamingFinding {
  rule: RuleId;
  severity: Severity;
  element: FindingElement;
  message: string;
  quickFix?: QuickFix;
}
