import type http from 'node:http';
import { StudioError } from '../../../shared/ipc/errors';

/** The error for a request the caller cancelled. */
export function cancelled(): StudioError {
  return new StudioError('cancelled', 'The request was cancelled.');
}

function timedOut(ms: number, where: string, phase: string): StudioError {
  return new StudioError('timeout', `No answer from ${where} within ${ms} ms ${phase}.`, {
    timeoutMs: ms,
  });
}

/**
 * Ends a request on timeout or cancellation and remembers why, so the socket error that follows
 * is reported as the timeout or cancellation it really is.
 */
export class RequestGuard {
  failure: StudioError | undefined;
  private readonly headTimer: NodeJS.Timeout;
  private readonly onAbort = (): void => this.fail(cancelled());

  constructor(
    private readonly req: http.ClientRequest,
    private readonly signal: AbortSignal | undefined,
    private readonly limits: { timeoutMs: number; where: string },
  ) {
    this.headTimer = setTimeout(
      () => this.fail(timedOut(limits.timeoutMs, limits.where, 'for a response')),
      limits.timeoutMs,
    );
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  /** Switches from the deadline for the response head to an idle limit while the body streams. */
  headersArrived(res: http.IncomingMessage): void {
    clearTimeout(this.headTimer);
    const { timeoutMs, where } = this.limits;
    res.setTimeout(timeoutMs, () =>
      this.fail(timedOut(timeoutMs, where, 'while the body was arriving')),
    );
  }

  /** Stops watching once the exchange is over, either way. */
  release(): void {
    clearTimeout(this.headTimer);
    this.signal?.removeEventListener('abort', this.onAbort);
  }

  private fail(error: StudioError): void {
    this.failure ??= error;
    this.req.destroy(this.failure);
  }
}
