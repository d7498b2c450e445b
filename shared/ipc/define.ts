import type { z } from 'zod';

/** One operation of the contract: what the renderer sends and what it gets back. */
export interface OperationSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  readonly summary: string;
}

/** Declares an operation; the helper only exists so the schemas' types are kept exactly. */
export function defineOperation<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  summary: string,
): OperationSpec<I, O> {
  return { input, output, summary };
}
