import type { Catalog } from '../../../shared/aws/catalog';
import { findVariables } from '../../../shared/domain/collection/variables';
import { StudioError } from '../../../shared/ipc/errors';
import { authTexts } from '../../../shared/ipc/operations/auth';
import type { RequestSpec } from '../../../shared/ipc/operations/request';
import { prepareRequest } from './prepare-request';
import { fillSecretVariables } from './secret-variables';
import type { SecretSource } from './secret-variables';

/** One place a secret variable is put into a request: which variable, which request field. */
export interface SecretUse {
  variable: string;
  /** `path`, `query "name"`, `header "X-Api-Key"`, `body`, `endpoint` or `bearer auth` (the auth type). */
  field: string;
}

/** The fields of a spec that secret variables are filled into, labelled for the user. */
function labelledTexts(spec: RequestSpec): Array<[string, string]> {
  const texts: Array<[string, string]> = [['path', spec.path]];
  for (const [key, value] of spec.query) texts.push([`query "${key}"`, `${key}=${value ?? ''}`]);
  for (const [name, value] of spec.headers) texts.push([`header "${name}"`, `${name}: ${value}`]);
  if (spec.body?.kind === 'text') texts.push(['body', spec.body.text]);
  if (spec.endpoint !== undefined) texts.push(['endpoint', spec.endpoint]);
  for (const text of authTexts(spec.auth)) texts.push([`${spec.auth?.type ?? ''} auth`, text]);
  return texts;
}

/** Every use of the spec's secret variables, each variable and field once, in request order. */
export function secretUses(spec: RequestSpec): SecretUse[] {
  const secret = new Set((spec.secretVariables ?? []).map((v) => v.name));
  const seen = new Set<string>();
  const uses: SecretUse[] = [];
  for (const [field, text] of labelledTexts(spec))
    for (const { name } of findVariables(text, new Map())) {
      const key = `${name}\u0000${field}`;
      if (!secret.has(name) || seen.has(key)) continue;
      seen.add(key);
      uses.push({ variable: name, field });
    }
  return uses;
}

/**
 * The host (with a non-default port) the spec's request connects to, found with stand-ins for the
 * secret values so it never depends on them. A secret variable inside the host name is refused: the
 * host would carry the secret in DNS look-ups before anything could be approved.
 */
export function secretTargetHost(spec: RequestSpec, catalog: Catalog): string {
  const standIns = new Map<string, string>();
  (spec.secretVariables ?? []).forEach(({ name }, index) =>
    standIns.set(name, `secretstandin${index}x`),
  );
  const host = new URL(prepareRequest(fillSecretVariables(spec, standIns), catalog).endpoint.url)
    .host;
  const inHost = [...standIns].find(([, standIn]) => host.includes(standIn));
  if (inHost)
    throw new StudioError(
      'credentials',
      `The secret variable {{${inHost[0]}}} is part of the host name; secret variables may not choose where a request goes. The request was not sent.`,
    );
  return host;
}

/** What the user is asked to approve before a collection's secrets first go to a host; no secret values. */
export interface SecretUsePlan {
  collection: string;
  host: string;
  uses: SecretUse[];
  approved: boolean;
}

/** The secret uses of a spec and whether their host is approved; undefined when it uses no secret variable. */
export async function planSecretUses(
  spec: RequestSpec,
  context: { catalog: Catalog; source: SecretSource },
): Promise<SecretUsePlan | undefined> {
  if (!spec.secretVariables?.length) return undefined;
  if (!spec.collection)
    throw new StudioError(
      'credentials',
      'Secret variables are filled only for a request of an open collection; the request was not sent.',
    );
  const host = secretTargetHost(spec, context.catalog);
  const approved = await context.source.isApproved(spec.collection, host);
  return { collection: spec.collection, host, uses: secretUses(spec), approved };
}

/** Refuses to send secret variables to a host the user has not approved for the collection; the approved host otherwise. */
export async function requireSecretApproval(
  spec: RequestSpec,
  context: { catalog: Catalog; source: SecretSource },
): Promise<string | undefined> {
  const plan = await planSecretUses(spec, context);
  if (!plan || plan.approved) return plan?.host;
  const list = plan.uses.map((use) => `{{${use.variable}}} in ${use.field}`).join(', ');
  throw new StudioError(
    'credentials',
    `This request would send secret variables to ${plan.host} (${list}), a host you have not approved for this collection; the request was not sent.`,
    { secretApproval: plan },
  );
}
