import { inferJsonStructure } from '../../shared/domain/json-structure/index';
import { defaultModelDecisions, deriveEntityModel } from '../../shared/domain/entity-model/index';
import type { EntityModel } from '../../shared/domain/entity-model/index';
import { layoutEntityModel, renderDiagramSvg } from '../../shared/domain/diagram/index';
import type { DiagramLayout } from '../../shared/domain/diagram/index';
import type { JsonStructure } from '../../shared/domain/json-structure/index';
import { wideResponseJson } from '../../shared/domain/entity-model/testing/wide-response';
import type { BenchCase, BenchSuite } from '../suite';

const sizes = [10, 100, 300];
const operation = { action: 'ListResources', serviceName: 'AWS Example' };

/** Each stage's input, built once in setup from the previous stage's output. */
interface Stages {
  structure: JsonStructure;
  model: EntityModel;
  layout: DiagramLayout;
}

const built = new Map<number, Stages>();

function stagesOf(entities: number): Stages {
  const stages = built.get(entities);
  if (stages === undefined)
    throw new Error(`No inputs for ${entities} entities: setup did not run.`);
  return stages;
}

function casesFor(entities: number): BenchCase[] {
  // Layout of hundreds of entities takes seconds under load: those cases run one at a time.
  const slow = entities >= 100 ? 1 : 4;
  return [
    {
      name: `${entities} entities: derive`,
      run: () => deriveEntityModel(stagesOf(entities).structure, operation, defaultModelDecisions),
      batch: 16,
    },
    {
      name: `${entities} entities: layout (elkjs)`,
      run: () => layoutEntityModel(stagesOf(entities).model),
      batch: slow,
    },
    {
      name: `${entities} entities: SVG render`,
      run: () => renderDiagramSvg(stagesOf(entities).layout),
      batch: 16,
    },
  ];
}

/** Entity model stages (derive, layout, SVG) on wide AWS-shaped responses of 10, 100 and 300 entities, in ms per operation. */
export const modelSuite: BenchSuite = {
  name: 'entity model: derive, layout and SVG of wide responses',
  baseline: 'none',
  unit: 'ms',
  cases: sizes.flatMap(casesFor),
  async setup() {
    const counts: string[] = [];
    for (const entities of sizes) {
      const structure = inferJsonStructure([wideResponseJson(entities)], {
        studioProVersion: 10,
        protocol: 'rest-json',
      });
      const model = deriveEntityModel(structure, operation, defaultModelDecisions);
      const layout = await layoutEntityModel(model);
      built.set(entities, { structure, model, layout });
      counts.push(
        `${entities} → ${model.entities.length} entities, ${model.associations.length} associations`,
      );
    }
    console.log(`\nentity model inputs: ${counts.join('; ')}`);
  },
  // The warm-up is setup's own pass; three rounds give a median without running the 300 layout more.
  warmupMs: 0,
  measureMs: 600,
  rounds: 3,
};
