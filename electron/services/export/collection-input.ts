import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sampleFileSchema, toRequestSpec } from '../../../shared/domain/collection';
import type { SampleFile } from '../../../shared/domain/collection';
import type { ModelDecisions } from '../../../shared/domain/entity-model/decisions';
import type { RecordedOperation } from '../../../shared/domain/plan/build-connector';
import type { PlanSettings } from '../../../shared/domain/plan/types';
import { toSentRequest } from '../../../shared/domain/plan/sent-request';
import { StudioError } from '../../../shared/ipc/errors';
import { xmlToJson } from '../http/xml-json';
import { confinedPath, isInsideCollection } from '../storage/confine';
import { loadCollection } from '../storage/collection-store';
import { listSamples } from '../storage/sample-store';

/** What a collection folder gives the plan: its recorded operations, module settings, and why some requests were left out. */
export interface CollectionInput {
  operations: RecordedOperation[];
  settings: PlanSettings;
  notes: string[];
}

async function sampleText(
  dir: string,
  path: string,
  file: SampleFile,
): Promise<string | undefined> {
  const body = file.body;
  if (body.kind === 'text') return body.text;
  // body.file comes from the collection: it may only name a file inside the collection folder.
  if (body.kind === 'file')
    return readFile(await confinedPath(dir, dirname(path), body.file), 'utf8');
  return undefined;
}

/** A saved response as JSON text for the pipeline (XML in its JSON form), or undefined when it cannot be modelled. */
async function readSample(dir: string, path: string): Promise<string | undefined> {
  if (!(await isInsideCollection(dir, path)))
    throw new StudioError(
      'invalid-input',
      `${path} leads outside the collection folder; it was not read.`,
    );
  const file = sampleFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!file.success || file.data.status < 200 || file.data.status > 299) return undefined;
  const text = await sampleText(dir, path, file.data);
  if (text === undefined) return undefined;
  return /^\s*</.test(text) ? xmlToJson(text) : text;
}

/** Reads a collection folder (the collections format: `collection.json`, `requests/`, `samples/`) into recorded operations. */
export async function readCollectionInput(dir: string): Promise<CollectionInput> {
  const { data, problems } = await loadCollection(dir);
  const notes = problems.map((p) => `${p.path}: ${p.reason}`);
  const operations: RecordedOperation[] = [];
  for (const { slug, request } of data.requests) {
    const result = toRequestSpec(data.collection, request, data.collection.environments[0]);
    if (!result.ok) {
      notes.push(
        `${request.name}: left out, variables without a value: ${result.unresolved.join(', ')}`,
      );
      continue;
    }
    const samples: string[] = [];
    for (const path of await listSamples(dir, slug)) {
      const text = await readSample(dir, path).catch((error: unknown) => {
        // A path that leaves the collection is named; other unreadable samples are skipped as before.
        if (error instanceof StudioError)
          notes.push(`${request.name}: sample ${path}: ${error.message}`);
        return undefined;
      });
      if (text !== undefined) samples.push(text);
    }
    if (samples.length === 0) {
      notes.push(`${request.name}: left out, no successful response saved as a sample`);
      continue;
    }
    const recorded: RecordedOperation = { request: toSentRequest(result.spec), samples };
    if (request.structureDecisions) recorded.structureDecisions = request.structureDecisions;
    if (request.modelDecisions) recorded.modelDecisions = request.modelDecisions as ModelDecisions;
    operations.push(recorded);
  }
  const module = data.collection.module;
  const settings: PlanSettings = {
    ...(module?.name ? { moduleName: module.name } : {}),
    ...(module?.version ? { version: module.version } : {}),
  };
  return { operations, settings, notes };
}
