import type { Handlers } from '../../../shared/ipc/dispatch';
import type { OperationOutput } from '../../../shared/ipc/contract';
import type { SignedRequestView } from '../../../shared/ipc/operations/request';
import type { Engine } from './engine';
import type { SentRequest } from './sent-record';
import { testCredential } from './test-credential';
import type { CredentialTester } from './test-credential';

/** How `response.saveToFile` gets the body to the user: a save dialog, or a browser download. */
export type SaveStrategy = (input: {
  responseId: string;
  suggestedName?: string;
}) => Promise<OperationOutput<'response.saveToFile'>>;

/** Desktop: asks where to save (undefined means the user cancelled), then writes the whole body there. */
export function saveWithDialog(
  engine: Engine,
  chooseSavePath: (suggestedName: string) => Promise<string | undefined>,
): SaveStrategy {
  return async ({ responseId, suggestedName }) => {
    engine.body(responseId);
    const path = await chooseSavePath(suggestedName ?? 'response');
    if (!path) return { cancelled: true };
    await engine.saveToFile(responseId, path);
    return { savedTo: path, cancelled: false };
  };
}

/** Browser mode: the web host serves the kept body at this URL (`GET /api/download/<id>?name=`). */
export function saveAsDownload(engine: Engine): SaveStrategy {
  return async ({ responseId, suggestedName }) => {
    engine.body(responseId);
    const name = suggestedName ? `?name=${encodeURIComponent(suggestedName)}` : '';
    return {
      downloadUrl: `/api/download/${encodeURIComponent(responseId)}${name}`,
      cancelled: false,
    };
  };
}

/** The request body echoed back to the renderer is cut here: the renderer already holds what it sent. */
export const ECHOED_BODY_LIMIT = 1024 * 1024;

/** Cuts the request body of a signed view that crosses to the renderer (a multiple of 4 keeps base64 valid). */
export function boundedView(view: SignedRequestView): SignedRequestView {
  return view.body.length <= ECHOED_BODY_LIMIT
    ? view
    : { ...view, body: view.body.slice(0, ECHOED_BODY_LIMIT), bodyTruncated: true };
}

type EngineOperationName =
  | 'request.send'
  | 'request.cancel'
  | 'request.dryRun'
  | 'request.secretPlan'
  | 'response.readRange'
  | 'response.saveToFile'
  | 'credentials.test';

/** The contract operations the engine serves; `recordSent` (history) hears of every request sent. */
export function engineHandlers(
  services: {
    engine: Engine;
    credentials: CredentialTester;
    recordSent?: (sent: SentRequest) => void;
  },
  save: SaveStrategy,
): Pick<Handlers<unknown>, EngineOperationName> {
  const { engine, recordSent } = services;
  return {
    'request.send': async ({ requestId, spec }) => {
      const summary = await engine.send(spec, {
        requestId,
        ...(recordSent ? { onSent: recordSent } : {}),
      });
      return { ...summary, signed: boundedView(summary.signed) };
    },
    'request.cancel': async ({ requestId }) => ({ cancelled: engine.cancel(requestId) }),
    'request.dryRun': async (spec) => boundedView(await engine.dryRun(spec)),
    'request.secretPlan': async (spec) => (await engine.secretPlan(spec)) ?? null,
    'response.readRange': (input) => engine.readRange(input),
    'response.saveToFile': (input) => save(input),
    'credentials.test': (input) => testCredential(services, input),
  };
}
