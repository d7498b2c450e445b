import type { FindingSeverity } from '../json-structure/types';
import { attributeTypeLabel } from '../entity-model/documentation';
import type { Entity, EntityModel, ModelFinding } from '../entity-model/types';
import { headerHeight, metrics, textWidth } from './metrics';
import type { DiagramEdge, DiagramNode } from './types';

const rank: Record<FindingSeverity, number> = { error: 3, warning: 2, info: 1 };

/** The most severe of some findings, or undefined. */
export function worstSeverity(
  findings: readonly { severity: FindingSeverity }[],
): FindingSeverity | undefined {
  let worst: FindingSeverity | undefined;
  for (const finding of findings)
    if (!worst || rank[finding.severity] > rank[worst]) worst = finding.severity;
  return worst;
}

function groupFindings(findings: readonly ModelFinding[]): Map<string, ModelFinding[]> {
  const byElement = new Map<string, ModelFinding[]>();
  for (const finding of findings) {
    const list = byElement.get(finding.element) ?? [];
    list.push(finding);
    byElement.set(finding.element, list);
  }
  return byElement;
}

function sizedNode(entity: Entity, byElement: Map<string, ModelFinding[]>): DiagramNode {
  const attributes = entity.attributes.map((a) => {
    const severity = worstSeverity(byElement.get(a.id) ?? []);
    return {
      id: a.id,
      name: a.name,
      type: attributeTypeLabel(a.type, a.length),
      ...(severity ? { severity } : {}),
    };
  });
  const secondLine =
    entity.generalization ?? (entity.module ? `${entity.module} (external)` : undefined);
  const widest = Math.max(
    textWidth(entity.name) + 24,
    secondLine ? textWidth(secondLine) + 16 : 0,
    ...attributes.map((a) => textWidth(a.name) + textWidth(a.type) + 24),
  );
  const own = entity.sourceIds.flatMap((id) => byElement.get(id) ?? []);
  const attributeFindings = entity.attributes.flatMap((a) => byElement.get(a.id) ?? []);
  return {
    id: entity.id,
    name: entity.name,
    ...(entity.module ? { module: entity.module } : {}),
    external: entity.external,
    ...(secondLine ? { generalization: secondLine } : {}),
    attributes,
    findings: [...own, ...attributeFindings].map((f) => ({
      severity: f.severity,
      message: f.message,
    })),
    documentation: entity.documentation,
    x: 0,
    y: 0,
    width: Math.max(metrics.minWidth, widest + metrics.padding * 2),
    height:
      headerHeight(secondLine !== undefined) +
      Math.max(1, attributes.length) * metrics.attributeLine +
      metrics.padding,
  };
}

/** The diagram's nodes and edges, sized but not yet placed. */
export function diagramGraph(model: EntityModel): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
  const byElement = groupFindings(model.findings);
  const nodes = model.entities.map((e) => sizedNode(e, byElement));
  const placeholder = { points: [], labelAt: { x: 0, y: 0 } };
  const edges: DiagramEdge[] = model.associations.map((a) => {
    const isList = a.multiplicity === '1-*';
    const severity = worstSeverity(byElement.get(a.id) ?? []);
    return {
      id: a.id,
      kind: 'association',
      name: a.name,
      from: isList ? a.child : a.parent,
      to: isList ? a.parent : a.child,
      fromLabel: '1',
      toLabel: isList ? '*' : '1',
      ...placeholder,
      ...(severity ? { severity } : {}),
    };
  });
  for (const g of model.generalizations) {
    edges.push({
      id: `generalization:${g.child}`,
      kind: 'generalization',
      name: '',
      from: g.parent,
      to: g.child,
      fromLabel: '',
      toLabel: '',
      ...placeholder,
    });
  }
  return { nodes, edges };
}
