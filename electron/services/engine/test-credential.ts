import { randomUUID } from 'node:crypto';
import { StudioError } from '../../../shared/ipc/errors';
import type { OperationOutput } from '../../../shared/ipc/contract';
import type { CredentialDescription } from '../../../shared/ipc/operations/credentials';
import { requestSpecSchema } from '../../../shared/ipc/operations/request';
import type { CredentialResolver, Engine } from './engine';

type TestResult = OperationOutput<'credentials.test'>;

function element(xml: string, name: string): string | undefined {
  return new RegExp(`<${name}>([^<]+)</${name}>`).exec(xml)?.[1];
}

/** A credential source that also describes what it resolved. */
export type CredentialTester = {
  resolve(id?: string): Promise<{ description?: CredentialDescription }>;
} & CredentialResolver;

/** Resolves a credential and calls STS GetCallerIdentity with it through the engine. */
export async function testCredential(
  services: { engine: Engine; credentials: CredentialTester },
  input: { id: string; region?: string; endpoint?: string },
): Promise<TestResult> {
  const { engine } = services;
  const spec = requestSpecSchema.parse({
    region: input.region ?? 'us-east-1',
    service: 'sts',
    operation: 'GetCallerIdentity',
    method: 'POST',
    path: '/',
    credentialId: input.id,
    ...(input.endpoint ? { endpoint: input.endpoint } : {}),
  });
  try {
    const { description } = await services.credentials.resolve(input.id);
    const credential = description ? { credential: description } : {};
    const summary = await engine.send(spec, { requestId: `credentials.test-${randomUUID()}` });
    if (summary.awsError)
      return {
        ok: false,
        message: `${summary.awsError.code}: ${summary.awsError.message}`,
        ...credential,
      };
    const account = element(summary.preview, 'Account');
    const arn = element(summary.preview, 'Arn');
    if (summary.status !== 200 || !account)
      return {
        ok: false,
        message: `STS answered HTTP ${summary.status} without an identity.`,
        ...credential,
      };
    return { ok: true, account, ...(arn ? { arn } : {}), ...credential };
  } catch (error) {
    if (error instanceof StudioError) return { ok: false, message: error.message };
    throw error;
  }
}
