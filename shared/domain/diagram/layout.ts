import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { EntityModel } from '../entity-model/types';
import { diagramGraph } from './graph';
import { metrics, textWidth } from './metrics';
import type { DiagramEdge, DiagramLayout, DiagramNode, DiagramPoint } from './types';

const layoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '70',
  'elk.spacing.edgeLabel': '4',
  'elk.spacing.componentComponent': '60',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.randomSeed': '1',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.considerModelOrder.components': 'MODEL_ORDER',
};

let engine: InstanceType<typeof ELK> | undefined;

function elkGraph(nodes: DiagramNode[], edges: DiagramEdge[]): ElkNode {
  const index = new Map(nodes.map((n, i) => [n.id, `n${i}`]));
  const elkEdges: ElkExtendedEdge[] = [];
  edges.forEach((edge, i) => {
    const source = index.get(edge.from);
    const target = index.get(edge.to);
    if (!source || !target) return;
    const labels = edge.name
      ? [
          {
            id: `l${i}`,
            text: edge.name,
            width: textWidth(edge.name),
            height: metrics.fontSize + 4,
          },
        ]
      : [];
    elkEdges.push({ id: `e${i}`, sources: [source], targets: [target], labels });
  });
  return {
    id: 'root',
    layoutOptions,
    children: nodes.map((n, i) => ({ id: `n${i}`, width: n.width, height: n.height })),
    edges: elkEdges,
  };
}

function edgePoints(edge: ElkExtendedEdge | undefined): DiagramPoint[] {
  const section = edge?.sections?.[0];
  if (!section) return [];
  return [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({
    x: p.x + metrics.margin,
    y: p.y + metrics.margin,
  }));
}

function middle(points: DiagramPoint[]): DiagramPoint {
  const a = points[Math.floor((points.length - 1) / 2)] ?? { x: 0, y: 0 };
  const b = points[Math.ceil((points.length - 1) / 2)] ?? a;
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/**
 * Lays out an entity model with elkjs (layered, top-down): containers above their items, the
 * generalized `AbstractRequest` above each request entity. Same input, same drawing.
 */
export async function layoutEntityModel(model: EntityModel): Promise<DiagramLayout> {
  const { nodes, edges } = diagramGraph(model);
  engine ??= new ELK();
  const result = await engine.layout(elkGraph(nodes, edges));
  const placed = nodes.map((node, i) => {
    const child = result.children?.[i];
    return { ...node, x: (child?.x ?? 0) + metrics.margin, y: (child?.y ?? 0) + metrics.margin };
  });
  const byId = new Map((result.edges ?? []).map((e) => [e.id, e]));
  const laidEdges = edges.map((edge, i) => {
    const elkEdge = byId.get(`e${i}`);
    const points = edgePoints(elkEdge);
    const label = elkEdge?.labels?.[0];
    const labelAt =
      label?.x !== undefined && label.y !== undefined
        ? {
            x: label.x + (label.width ?? 0) / 2 + metrics.margin,
            y: label.y + (label.height ?? 0) / 2 + metrics.margin,
          }
        : middle(points);
    return { ...edge, points, labelAt };
  });
  return {
    title: `${[model.serviceName, ...model.actions].filter(Boolean).join(' ')} entity diagram`,
    width: Math.ceil((result.width ?? 0) + metrics.margin * 2),
    height: Math.ceil((result.height ?? 0) + metrics.margin * 2),
    nodes: placed,
    edges: laidEdges,
  };
}
