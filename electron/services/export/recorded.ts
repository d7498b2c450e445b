import type { RecordedOperation } from '../../../shared/domain/plan/build-connector';
import { toSentRequest } from '../../../shared/domain/plan/sent-request';
import type { ParsedOperationInput } from '../../../shared/ipc/contract';

/** A recorded operation as the contract carries it, after the dispatcher parsed it. */
export type RecordedInput = ParsedOperationInput<'plan.build'>['operations'][number];

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
        samples: [...kept, ...input.samples],
      };
      if (input.structureDecisions) recorded.structureDecisions = input.structureDecisions;
      if (input.modelDecisions) recorded.modelDecisions = input.modelDecisions;
      return recorded;
    }),
  );
}
