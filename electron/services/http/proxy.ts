import { getProxyForUrl } from 'proxy-from-env';

const PROXY_KEYS = ['http_proxy', 'https_proxy', 'all_proxy', 'no_proxy'].flatMap((key) => [
  key,
  key.toUpperCase(),
]);

/** The proxy URL `HTTPS_PROXY`/`HTTP_PROXY`/`NO_PROXY` in `env` choose for `target`, or '' for none. */
export function proxyForUrl(target: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env === process.env) return getProxyForUrl(target);
  // proxy-from-env only reads process.env; the swap is synchronous, so no other code observes it.
  const saved = PROXY_KEYS.map((key) => [key, process.env[key]] as const);
  try {
    for (const key of PROXY_KEYS) {
      if (env[key] === undefined) delete process.env[key];
      else process.env[key] = env[key];
    }
    return getProxyForUrl(target);
  } finally {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The proxy's address without any user name or password, for messages. */
export function describeProxy(proxy: string): string {
  try {
    const url = new URL(proxy);
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'the configured proxy';
  }
}
