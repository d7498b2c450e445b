import { describe, expect, it } from 'vitest';
import { inferJsonStructure } from '../json-structure';
import { defaultModelDecisions } from '../entity-model/decisions';
import { deriveEntityModel } from '../entity-model/derive';
import { wideResponseJson } from '../entity-model/testing/wide-response';
import { layoutEntityModel } from './layout';
import type { DiagramNode } from './types';

function overlaps(a: DiagramNode, b: DiagramNode): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function wideModel(entities: number) {
  const structure = inferJsonStructure([wideResponseJson(entities)], {
    studioProVersion: 10,
    protocol: 'rest-json',
  });
  return deriveEntityModel(
    structure,
    { action: 'ListResources', serviceName: 'AWS Example' },
    defaultModelDecisions,
  );
}

describe('layoutEntityModel', () => {
  it('places containers above their items and AbstractRequest above the request, without overlaps', async () => {
    const layout = await layoutEntityModel(wideModel(6));
    const byName = new Map(layout.nodes.map((n) => [n.name, n]));
    const response = byName.get('ListResourcesResponse');
    const resource = byName.get('Resource');
    const request = byName.get('ListResourcesRequest');
    const abstract = byName.get('AbstractRequest');
    expect(response && resource && response.y < resource.y).toBe(true);
    expect(abstract && request && abstract.y < request.y).toBe(true);
    for (const [i, a] of layout.nodes.entries())
      for (const b of layout.nodes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
    for (const node of layout.nodes) expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
  });

  it('lays out 300 entities', async () => {
    const model = wideModel(300);
    expect(model.entities.length).toBeGreaterThanOrEqual(300);
    const layout = await layoutEntityModel(model);
    expect(layout.nodes).toHaveLength(model.entities.length);
    expect(layout.edges.every((e) => e.points.length >= 2)).toBe(true);
  });
});
