/** A difference between this machine's signing time and the server's clock, explained. */
export interface ClockSkew {
  /** Server time minus signing time: positive when this machine's clock is behind. */
  skewMs: number;
  message: string;
}

/** AWS rejects a signature whose time is more than five minutes from its own clock. */
export const MAX_SKEW_MS = 5 * 60 * 1000;

const SKEW_CODES = new Set([
  'RequestTimeTooSkewed',
  'RequestExpired',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
]);

/**
 * Compares the response's `Date` header with the time the request was signed. Reported when the
 * difference is over five minutes, or when the error says the time was wrong (RequestTimeTooSkewed,
 * "Signature expired") and the Date header gives the size.
 */
export function detectClockSkew(
  dateHeader: string | undefined,
  sentAt: Date,
  error?: { code: string; message: string },
): ClockSkew | undefined {
  if (!dateHeader) return undefined;
  const serverMs = Date.parse(dateHeader);
  if (Number.isNaN(serverMs) || Number.isNaN(sentAt.getTime())) return undefined;
  const skewMs = serverMs - sentAt.getTime();
  const blamed = error !== undefined && blamesTime(error);
  if (Math.abs(skewMs) <= MAX_SKEW_MS && !blamed) return undefined;
  const direction = skewMs > 0 ? 'behind' : 'ahead of';
  const size = describeDuration(Math.abs(skewMs));
  const why = blamed ? `AWS rejected the request time (${error.code}). ` : '';
  const advice =
    Math.abs(skewMs) > MAX_SKEW_MS
      ? "AWS accepts at most 5 minutes of difference: correct this computer's clock (or the fixed signing date) and send again."
      : "The difference is within AWS's 5 minutes, so check a fixed signing date or a proxy that delays requests.";
  return {
    skewMs,
    message: `${why}The signing time is ${size} ${direction} the server's clock (server Date: ${dateHeader}). ${advice}`,
  };
}

function blamesTime(error: { code: string; message: string }): boolean {
  if (error.code === 'RequestTimeTooSkewed' || error.code === 'RequestExpired') return true;
  return (
    SKEW_CODES.has(error.code) && /signature (?:has )?expired|request time/i.test(error.message)
  );
}

function describeDuration(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts = [
    hours ? `${hours} h` : '',
    minutes ? `${minutes} min` : '',
    seconds || (!hours && !minutes) ? `${seconds} s` : '',
  ];
  return parts.filter(Boolean).join(' ');
}
