/** Short options that take a value (`-X POST`, `-XPOST`); every other letter is a flag and may be clustered (`-sSL`). */
export const SHORT_WITH_VALUE = new Set('XHdubeAoxmwFTErKYyzCcPQtU'.split(''));

/** The data options and how curl treats their value. */
export const DATA_OPTIONS = new Set([
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-ascii',
  '--data-urlencode',
  '--json',
]);

/** Long options that take a value; others are flags. */
export const LONG_WITH_VALUE = new Set([
  '--request',
  '--header',
  ...DATA_OPTIONS,
  '--user',
  '--aws-sigv4',
  '--url',
  '--url-query',
  '--output',
  '--user-agent',
  '--max-time',
  '--connect-timeout',
  '--proxy',
  '--cookie',
  '--cookie-jar',
  '--referer',
  '--write-out',
  '--form',
  '--form-string',
  '--upload-file',
  '--cert',
  '--key',
  '--cacert',
  '--capath',
  '--resolve',
  '--connect-to',
  '--retry',
  '--retry-delay',
  '--retry-max-time',
  '--limit-rate',
  '--config',
  '--oauth2-bearer',
  '--proxy-user',
  '--interface',
  '--local-port',
  '--max-filesize',
  '--range',
  '--dump-header',
  '--trace',
  '--trace-ascii',
  '--stderr',
  '--unix-socket',
  '--cert-type',
  '--key-type',
  '--pass',
  '--max-redirs',
  '--keepalive-time',
  '--expect100-timeout',
  '--happy-eyeballs-timeout-ms',
  '--variable',
  '--expand-url',
  '--expand-data',
  '--expand-header',
]);

/** Short option letters as the long option they abbreviate. */
export const SHORT_NAMES: Record<string, string> = {
  X: '--request',
  H: '--header',
  d: '--data',
  u: '--user',
  G: '--get',
  I: '--head',
  F: '--form',
  T: '--upload-file',
  A: '--user-agent',
  e: '--referer',
  b: '--cookie',
  o: '--output',
  x: '--proxy',
  m: '--max-time',
  w: '--write-out',
};

/** Encodes like curl's --data-urlencode: `content`, `=content`, `name=content` (files are not read). */
export function dataUrlencode(value: string): string | undefined {
  const encode = (text: string): string =>
    encodeURIComponent(text).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  const eq = value.indexOf('=');
  const at = value.indexOf('@');
  if (at >= 0 && (eq < 0 || at < eq)) return undefined;
  if (eq < 0) return encode(value);
  if (eq === 0) return encode(value.slice(1));
  return `${value.slice(0, eq)}=${encode(value.slice(eq + 1))}`;
}
