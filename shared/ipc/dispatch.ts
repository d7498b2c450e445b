import { contract, isOperationName } from './contract';
import type { OperationName, OperationOutput, ParsedOperationInput } from './contract';
import { StudioError } from './errors';
import type { Result } from './errors';

/** The privileged side's implementation of every operation, transport-free; each gets its input already parsed. */
export type Handlers<Ctx = void> = {
  [K in OperationName]: (
    input: ParsedOperationInput<K>,
    context: Ctx,
  ) => Promise<OperationOutput<K>>;
};

/** Validates the input against the contract (the only place it is parsed), runs the handler, and turns any failure into a value. */
export async function invokeOperation<Ctx>(
  handlers: Handlers<Ctx>,
  call: { name: string; input: unknown; context: Ctx },
  onUnexpected?: (name: string, error: unknown) => void,
): Promise<Result<unknown>> {
  const { name, input: rawInput, context } = call;
  if (!isOperationName(name)) {
    return { ok: false, error: { code: 'not-found', message: `Unknown operation "${name}".` } };
  }
  const parsed = contract[name].input.safeParse(rawInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `Invalid input for ${name}${where}: ${issue?.message ?? 'rejected'}.`,
      },
    };
  }
  try {
    const handler = handlers[name] as (input: unknown, context: Ctx) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data, context) };
  } catch (error) {
    if (error instanceof StudioError) return { ok: false, error: error.toValue() };
    // Unknown failures never carry their raw text across: it may quote a secret from a config file.
    onUnexpected?.(name, error);
    return {
      ok: false,
      error: { code: 'internal', message: 'The operation failed unexpectedly; see the host log.' },
    };
  }
}
