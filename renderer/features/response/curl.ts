import type { SignedRequestView } from '../../../shared/ipc/operations/request';

// curl signs on its own and sets these; a session token is passed by variable, never by value.
const droppedHeaders = new Set([
  'authorization',
  'x-amz-date',
  'x-amz-security-token',
  'host',
  'content-length',
]);

/** Quotes a word for a POSIX shell with single quotes. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * A `curl --aws-sigv4` command that repeats a signed request; credentials appear only as the
 * `$AWS_ACCESS_KEY_ID`, `$AWS_SECRET_ACCESS_KEY` and `$AWS_SESSION_TOKEN` variables.
 */
export function buildCurlCommand(view: SignedRequestView): string {
  const parts = [
    'curl',
    `--aws-sigv4 "aws:amz:${view.region}:${view.signingName}"`,
    '--user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"',
  ];
  const hasSessionToken = view.headers.some(
    ([name]) => name.toLowerCase() === 'x-amz-security-token',
  );
  if (hasSessionToken) parts.push('-H "x-amz-security-token: $AWS_SESSION_TOKEN"');
  if (view.method !== 'GET') parts.push(`-X ${view.method}`);
  for (const [name, value] of view.headers) {
    if (!droppedHeaders.has(name.toLowerCase()))
      parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  }
  if (view.body !== '') {
    // A cut body would send different bytes than were signed, so it is read from a file like binary ones.
    const inline = view.bodyEncoding === 'utf8' && view.bodyTruncated !== true;
    parts.push(
      inline ? `--data-binary ${shellQuote(view.body)}` : '--data-binary @request-body.bin',
    );
  }
  parts.push(shellQuote(view.url));
  return parts.join(' \\\n  ');
}
