import type { z } from 'zod';
import type { ModelDecisions } from '../../../shared/domain/entity-model/decisions';
import { modelDecisionsSchema } from '../../../shared/domain/entity-model/decisions-schema';
import type { RecordedOperation } from '../../../shared/domain/plan/build-connector';
import { toSentRequest } from '../../../shared/domain/plan/sent-request';
import type { StructureDecisions } from '../../../shared/domain/json-structure/types';
import type { RequestSpecInput } from '../../../shared/ipc/operations/request';

/** A recorded operation as the contract carries it. */
export interface RecordedInput {
  spec: RequestSpecInput;
  samples?: string[] | undefined;
  responseId?: string | undefined;
  structureDecisions?: StructureDecisions | undefined;
  modelDecisions?: z.input<typeof modelDecisionsSchema> | undefined;
}

/** Turns contract input into the pipeline's recordings: credentials dropped, kept responses read as samples. */
export async function toRecordedOperations(
  inputs: readonly RecordedInput[],
  readBody: (responseId: string) => Promise<string>,
): Promise<RecordedOperation[]> {
  return Promise.all(
    inputs.map(async (input) => {
      const kept = input.responseId !== undefined ? [await readBody(input.responseId)] : [];
      const recorded: RecordedOperation = {
        request: toSentRequest(input.spec),
        samples: [...kept, ...(input.samples ?? [])],
      };
      if (input.structureDecisions) recorded.structureDecisions = input.structureDecisions;
      if (input.modelDecisions)
        recorded.modelDecisions = modelDecisionsSchema.parse(
          input.modelDecisions,
        ) as ModelDecisions;
      return recorded;
    }),
  );
}
