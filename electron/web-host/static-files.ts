import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The MIME type the UI's files are served with; unknown kinds are opaque bytes. */
export function contentTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** A file of the built UI, ready to stream. */
export interface StaticFile {
  filePath: string;
  contentType: string;
  size: number;
}

/**
 * Splits a URL path into safe segments, or undefined when it tries to leave the folder
 * (`..`, encoded or not, backslashes, NUL, malformed escapes).
 */
export function safeSegments(urlPath: string): string[] | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\'))
    return undefined;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..' || segment.includes(':'))) return undefined;
  return segments;
}

// Symlinks must not lead out of the folder; where realpath is unsupported (Electron's ASAR archive
// has no symlinks) the segment checks above already keep the path inside.
function realOrSelf(path: string): Promise<string> {
  return realpath(path).catch(() => path);
}

async function fileInside(root: string, candidate: string): Promise<StaticFile | undefined> {
  try {
    const real = await realOrSelf(candidate);
    if (!real.startsWith(root + sep)) return undefined;
    const info = await stat(real);
    if (!info.isFile()) return undefined;
    return { filePath: real, contentType: contentTypeFor(real), size: info.size };
  } catch {
    return undefined;
  }
}

/**
 * Finds the file a URL path names inside the UI folder. A path without a file extension that
 * names no file is a route of the single-page app and gets index.html; traversal gets nothing.
 */
export async function resolveStaticFile(
  rootDir: string,
  urlPath: string,
): Promise<StaticFile | undefined> {
  const segments = safeSegments(urlPath);
  if (!segments) return undefined;
  const root = await realOrSelf(resolve(rootDir));
  const found = segments.length > 0 ? await fileInside(root, join(root, ...segments)) : undefined;
  if (found) return found;
  const last = segments[segments.length - 1];
  if (last !== undefined && extname(last) !== '') return undefined;
  return fileInside(root, join(root, 'index.html'));
}
