import { shell } from 'electron';
import type { App, Session, WebContents } from 'electron';

/** Hosts whose https pages (documentation) may open in the system browser. */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'docs.aws.amazon.com',
  'aws.amazon.com',
  'docs.mendix.com',
  'marketplace.mendix.com',
  'github.com',
]);

/** Whether a link may leave the app: https only, to an allow-listed host, without credentials in it. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      EXTERNAL_HOSTS.has(parsed.hostname) &&
      !parsed.username &&
      !parsed.password &&
      !parsed.port
    );
  } catch {
    return false;
  }
}

/** Opens an allow-listed documentation link in the system browser; anything else is dropped. */
export function openExternalIfAllowed(url: string): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}

/** Denies every navigation, new window and webview of a web contents; doc links go to the system browser. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternalIfAllowed(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
}

/** Applies `hardenWebContents` to every web contents the app ever creates. */
export function hardenApp(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

/** Denies every permission request and check (camera, microphone, notifications, geolocation, ...). */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
