import { spawn as nodeSpawn } from 'node:child_process';

/** The command that opens a URL in the default browser on each platform. */
export function browserCommand(
  platform: NodeJS.Platform,
  url: string,
): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in; its first quoted argument is a window title, hence the empty one.
  if (platform === 'win32')
    return { command: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')] };
  return { command: 'xdg-open', args: [url] };
}

/** Opens the default browser on a URL; a missing opener is logged, never thrown. */
export function openBrowser(
  url: string,
  options: { log: (message: string) => void; platform?: NodeJS.Platform; spawn?: typeof nodeSpawn },
): void {
  const { command, args } = browserCommand(options.platform ?? process.platform, url);
  const spawn = options.spawn ?? nodeSpawn;
  const fallback = 'Could not open a browser; open the URL above yourself.';
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.once('error', () => options.log(fallback));
    child.unref();
  } catch {
    options.log(fallback);
  }
}
