import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { openExternalIfAllowed } from './security';

const DOCS_URL = 'https://docs.mendix.com/appstore/aws-modules/';

/** The application menu: the platform's standard roles and their shortcuts. */
export function menuTemplate(options: {
  platform: NodeJS.Platform;
  isPackaged: boolean;
}): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    ...(options.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        {
          label: 'Mendix AWS connectors documentation',
          click: () => openExternalIfAllowed(DOCS_URL),
        },
      ],
    },
  ];
}

/** Installs the application menu. */
export function installMenu(options: { platform: NodeJS.Platform; isPackaged: boolean }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
