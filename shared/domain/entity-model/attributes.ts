import type { PrimitiveType, StructureElement } from '../json-structure/types';
import { isReservedWord } from '../naming/reserved-words';
import { allowedTypeChanges, isEpochConversion } from './decisions';
import type { ModelDecisions } from './decisions';
import type { AttributeType, EntityAttribute, ModelFinding } from './types';
import { fitName, validateName } from './validate-name';

function sanitizeKey(key: string): string {
  const replaced = key.replace(/[^A-Za-z0-9_]/g, '_');
  const prefixed = /^[0-9]/.test(replaced) ? `_${replaced}` : replaced;
  return prefixed.charAt(0).toUpperCase() + prefixed.slice(1);
}

function derivedType(primitive: PrimitiveType): AttributeType {
  return primitive === 'Unknown' ? 'String' : primitive;
}

/** The attribute name after the reserved-word convention: `VoiceId` or Studio Pro's `_Id`. */
function conventionalName(
  element: StructureElement,
  entityName: string,
  decisions: ModelDecisions,
): string {
  if (element.key === null) return element.name;
  const clean = sanitizeKey(element.key);
  if (!isReservedWord(clean)) return element.name;
  if (decisions.conventions.reservedNames === 'underscore') return `_${clean}`;
  // An entity escaped as `_Owner` (Owner is reserved) prefixes `OwnerID`, not `_OwnerID`.
  const prefixed = fitName(entityName.replace(/^_+(?=[A-Za-z])/, ''), clean);
  // The composed name can itself be reserved (entity `Gu` + `Id` = `GuId`, i.e. `guid`): fall back to `_Id`.
  return isReservedWord(prefixed) ? `_${clean}` : prefixed;
}

interface AttributeContext {
  id: string;
  entityName: string;
  decisions: ModelDecisions;
  findings: ModelFinding[];
}

function attributeName(element: StructureElement, context: AttributeContext): string {
  const { id, entityName, decisions, findings } = context;
  const automatic = conventionalName(element, entityName, decisions);
  const custom = decisions.names[id];
  if (automatic !== element.name && custom === undefined) {
    const other =
      decisions.conventions.reservedNames === 'entity-prefix'
        ? `_${sanitizeKey(element.key ?? '')}`
        : fitName(entityName.replace(/^_+(?=[A-Za-z])/, ''), sanitizeKey(element.key ?? ''));
    findings.push({
      kind: 'reserved-name',
      severity: 'info',
      element: id,
      message: `"${element.key}" is a reserved word in Mendix: named ${automatic}; the alternative is ${other}.`,
      suggestion: other,
    });
  }
  if (custom === undefined) return automatic;
  const check = validateName(custom);
  if (check.isValid) return custom;
  findings.push({
    kind: 'invalid-name',
    severity: 'error',
    element: id,
    message: `${custom}: ${check.problems.map((p) => p.message).join(' ')} Kept ${automatic}.`,
  });
  return automatic;
}

function attributeType(
  element: StructureElement,
  context: AttributeContext,
  notes: string[],
): AttributeType {
  const { id, decisions, findings } = context;
  const derived = derivedType(element.primitiveType);
  if (element.primitiveType === 'Unknown') {
    findings.push({
      kind: 'unknown-type',
      severity: 'warning',
      element: id,
      message: `${element.path} only had null samples: mapped as String. Add a sample with a real value.`,
    });
  }
  const wanted = decisions.attributeTypes[id];
  if (wanted === undefined || wanted === derived) return derived;
  if (!allowedTypeChanges(derived).includes(wanted)) {
    findings.push({
      kind: 'invalid-type-change',
      severity: 'warning',
      element: id,
      message: `A ${derived} value cannot become ${wanted}; kept ${derived}.`,
    });
    return derived;
  }
  if (isEpochConversion(derived, wanted)) {
    notes.push(
      'The service sends an epoch number: the microflow must convert it to a Date and time.',
    );
  }
  return wanted;
}

/** Builds the attribute for one Value element of the structure. */
export function deriveAttribute(
  element: StructureElement,
  context: AttributeContext,
): EntityAttribute {
  const notes = [...element.notes];
  const type = attributeType(element, context, notes);
  const attribute: EntityAttribute = {
    id: context.id,
    name: attributeName(element, context),
    type,
    derivedType: derivedType(element.primitiveType),
    required: element.minOccurs === 1,
    documentation: '',
    sourcePath: element.path,
    jsonKey: element.key,
    notes,
  };
  if (type === 'String') attribute.length = 0;
  if (element.documentation !== undefined) attribute.modelDocumentation = element.documentation;
  return attribute;
}

/** Makes attribute names unique within an entity (`Name`, `Name_2`), ignoring case. */
export function uniquifyAttributes(attributes: EntityAttribute[], findings: ModelFinding[]): void {
  const used = new Set<string>();
  for (const attribute of attributes) {
    let candidate = attribute.name;
    for (let n = 2; used.has(candidate.toLowerCase()); n++)
      candidate = fitName(attribute.name, `_${n}`);
    if (candidate !== attribute.name) {
      findings.push({
        kind: 'duplicate-name',
        severity: 'warning',
        element: attribute.id,
        message: `Another attribute is named ${attribute.name}: renamed to ${candidate}.`,
      });
      attribute.name = candidate;
    }
    used.add(candidate.toLowerCase());
  }
}
