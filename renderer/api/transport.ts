import type { Result } from '../../shared/ipc/errors';
import type { StudioBridge } from './bridge';

/** Carries one contract call to the privileged side and brings back its result value. */
export type Transport = (name: string, input: unknown) => Promise<Result<unknown>>;

/** The Electron transport: the preload's `window.studio[operation](input)`. */
export function createBridgeTransport(bridge: StudioBridge): Transport {
  return async (name, input) => {
    const method = (
      bridge as unknown as Record<
        string,
        ((input: unknown) => Promise<Result<unknown>>) | undefined
      >
    )[name];
    if (typeof method !== 'function') {
      return {
        ok: false,
        error: { code: 'not-found', message: `The host does not offer "${name}".` },
      };
    }
    return method(input);
  };
}

/** The browser-mode transport: `POST /api/<operation>` authenticated by the host's same-site cookie. */
export function createFetchTransport(
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): Transport {
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
        credentials: 'same-origin',
      });
    } catch {
      return {
        ok: false,
        error: { code: 'network', message: 'The Connector Studio host cannot be reached.' },
      };
    }
    const parsed = await readJson(response);
    if (isResult(parsed)) return parsed;
    return {
      ok: false,
      error: {
        code: 'network',
        message: `The host answered HTTP ${response.status} without a result.`,
      },
    };
  };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const ok = (value as { ok?: unknown }).ok;
  if (ok === true) return 'value' in value;
  if (ok !== false) return false;
  const error = (value as { error?: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/** Picks the Electron bridge when the preload exposed one, else the browser host's HTTP API. */
export function createDefaultTransport(): Transport {
  return window.studio ? createBridgeTransport(window.studio) : createFetchTransport();
}
