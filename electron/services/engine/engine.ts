import { randomUUID } from 'node:crypto';
import { awsCatalog } from '../../../shared/aws/catalog';
import type { Catalog } from '../../../shared/aws/catalog';
import { StudioError } from '../../../shared/ipc/errors';
import type {
  RequestSpec,
  ResponseSummary,
  SignedRequestView,
} from '../../../shared/ipc/operations/request';
import type { BodyStore } from '../http/body-store';
import type { HttpResponse, SendHttpOptions } from '../http/send';
import type { SigningCredentials } from '../signing';
import { authKeyAsSecretVariable } from './request-auth';
import { signSpec } from './sign-spec';
import type { Signed } from './sign-spec';
import type { BodyRange } from './read-range';
import { ResponseRegistry } from './response-registry';
import { hideInError, hideInSummary, noSecrets } from './secret-variables';
import { scrubBody } from './scrub-body';
import type { SecretSource } from './secret-variables';
import { planSecretUses, requireSecretApproval } from './secret-uses';
import type { SecretUsePlan } from './secret-uses';
import { describeFailure, recordedSpec } from './sent-record';
import type { SentRequest } from './sent-record';

/** Where the engine gets credentials (the credential service fits): by id, or the default chain when none is given. */
export interface CredentialResolver {
  resolve(id?: string): Promise<{ credentials: SigningCredentials }>;
}

export interface EngineDeps {
  credentials: CredentialResolver;
  /** Where secret variables' values come from and where they may go; none are filled when not given. */
  secrets?: SecretSource;
  /** XML-to-JSON for summaries and modelling (a worker in the hosts); `xmlToJson` in-thread when not given. */
  xmlToJson?: (xml: string) => Promise<string>;
  /** The injected clock: signing time (unless the spec fixes one) and clock-skew detection. */
  clock: () => Date;
  /** Where proxy settings are read. */
  env: NodeJS.ProcessEnv;
  catalog?: Catalog;
  /** The HTTP exchange; Node's own stack by default (tests inject a recorder). */
  sendImpl?: (options: SendHttpOptions) => Promise<HttpResponse>;
  /** How many response bodies to keep for paging and saving. */
  maxKeptResponses?: number;
}

export interface SendOptions {
  requestId: string;
  signal?: AbortSignal;
  /** Told once about every request that went on the wire (answered or failed), without secrets: for history. */
  onSent?: (sent: SentRequest) => void;
}

/** Signs, sends and keeps responses; the one implementation behind the desktop app, browser mode and CLI. */
export interface Engine {
  dryRun(spec: RequestSpec): Promise<SignedRequestView>;
  /** Where the spec's secret variables would go and whether that host is approved (no values). */
  secretPlan(spec: RequestSpec): Promise<SecretUsePlan | undefined>;
  send(spec: RequestSpec, options: SendOptions): Promise<ResponseSummary>;
  /** Aborts a request in flight; false when no request has that id. */
  cancel(requestId: string): boolean;
  readRange(input: { responseId: string; offset: number; length: number }): Promise<BodyRange>;
  saveToFile(responseId: string, path: string): Promise<void>;
  /** The full kept body of a response (for downloads and the CLI's `--output`). */
  body(responseId: string): BodyStore;
  /** The whole body as text for the modelling pipeline: XML bodies converted to JSON. */
  readModelText(responseId: string): Promise<string>;
  /** Releases every kept body. */
  dispose(): Promise<void>;
}

// The body is kept only once its summary is built; a failure releases it.
async function keep(options: {
  response: HttpResponse;
  view: SignedRequestView;
  signedAt: Date;
  registry: ResponseRegistry;
  xmlToJson: (xml: string) => Promise<string>;
}): Promise<ResponseSummary> {
  const { response, view, signedAt, registry, xmlToJson } = options;
  const responseId = randomUUID();
  try {
    const { summarizeResponse } = await import('./summarize');
    const summary = await summarizeResponse({
      responseId,
      response,
      signed: view,
      signedAt,
      xmlToJson,
    });
    registry.add(
      { body: response.body, kind: summary.bodyKind, contentType: summary.contentType },
      responseId,
    );
    return summary;
  } catch (error) {
    await response.body.dispose();
    throw error;
  }
}

type Reporter = (outcome: { status?: number; error?: unknown; durationMs: number }) => void;

// A listener's failure must not turn a sent request into a failed one.
function reporter(
  spec: RequestSpec,
  redact: (text: string) => string,
  onSent: (sent: SentRequest) => void,
): Reporter {
  const base = {
    spec: recordedSpec(spec, redact),
    ...(spec.operation ? { name: spec.operation } : {}),
  };
  return ({ status, error, durationMs }) => {
    try {
      const sent: SentRequest = { ...base, durationMs };
      if (status !== undefined) sent.status = status;
      if (error !== undefined) sent.error = describeFailure(error, redact);
      onSent(sent);
    } catch {
      // History is a convenience; the response still reaches the user.
    }
  };
}

/** Creates an engine; nothing is sent unsigned: a credentials failure stops the request. */
export function createEngine(deps: EngineDeps): Engine {
  const catalog = deps.catalog ?? awsCatalog;
  // Sending, reading responses and the XML parser load on first use: `send --dry-run` and the
  // start-up of every host need none of them (see the start-up bench).
  const send =
    deps.sendImpl ??
    (async (options: SendHttpOptions) => (await import('../http/send')).sendHttp(options));
  const registry = new ResponseRegistry(deps.maxKeptResponses);
  const convertXml =
    deps.xmlToJson ?? (async (xml: string) => (await import('../http/xml-json')).xmlToJson(xml));
  const inFlight = new Map<string, AbortController>();

  const sign = (spec: RequestSpec): Promise<Signed> => signSpec(spec, { catalog, deps });

  async function exchange(spec: RequestSpec, options: SendOptions): Promise<ResponseSummary> {
    const { requestId, signal } = options;
    if (inFlight.has(requestId))
      throw new StudioError(
        'invalid-input',
        `A request with id "${requestId}" is already in flight.`,
      );
    const controller = new AbortController();
    const onAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) controller.abort();
    inFlight.set(requestId, controller);
    const startedAt = deps.clock().getTime();
    let report: Reporter | undefined;
    let redact = (text: string): string => text;
    try {
      const approvedHost = await requireSecretApproval(authKeyAsSecretVariable(spec), {
        catalog,
        source: deps.secrets ?? noSecrets,
      });
      const signedSpec = await sign(spec);
      const { date, prepared, signed, view, forms } = signedSpec;
      redact = signedSpec.redact;
      // A secret value can change how an endpoint parses; the request goes only where it was approved.
      if (approvedHost !== undefined && new URL(prepared.endpoint.url).host !== approvedHost)
        throw new StudioError(
          'credentials',
          'A secret value changed the request host; the request was not sent.',
        );
      if (controller.signal.aborted)
        throw new StudioError('cancelled', 'The request was cancelled.');
      report = options.onSent && reporter(spec, redact, options.onSent);
      const response = await send({
        url: prepared.endpoint.url,
        method: prepared.wire.method,
        path: signed.path,
        query: signed.wireQuery,
        headers: signed.headers,
        body: prepared.wire.body,
        timeoutMs: spec.timeoutMs,
        signal: controller.signal,
        env: deps.env,
      });
      // A server may echo a secret (an S3 error's canonical request holds the session token): the
      // body is scrubbed before anything reads it, and every text of the summary is redacted.
      const clean = { ...response, body: await scrubBody(response.body, forms) };
      const summary = hideInSummary(
        await keep({ response: clean, view, signedAt: date, registry, xmlToJson: convertXml }),
        redact,
      );
      report?.({ status: summary.status, durationMs: summary.timing.totalMs });
      return summary;
    } catch (error) {
      report?.({ error, durationMs: deps.clock().getTime() - startedAt });
      throw hideInError(error, redact);
    } finally {
      inFlight.delete(requestId);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    dryRun: async (spec) => (await sign(spec)).view,
    secretPlan: (spec) =>
      planSecretUses(authKeyAsSecretVariable(spec), {
        catalog,
        source: deps.secrets ?? noSecrets,
      }),
    send: (spec, options) => exchange(spec, options),
    cancel(requestId) {
      const controller = inFlight.get(requestId);
      controller?.abort();
      return controller !== undefined;
    },
    readRange: async (input) =>
      (await import('./read-range')).readBodyRange(registry.get(input.responseId), input),
    saveToFile: (responseId, path) => registry.get(responseId).body.saveTo(path),
    body: (responseId) => registry.get(responseId).body,
    readModelText: async (responseId) =>
      (await import('./read-range')).readModelText(registry.get(responseId), convertXml),
    dispose: () => registry.clear(),
  };
}
