import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from './menu';

vi.mock('electron', () => import('../../test/fake-electron'));

function roles(template: ReturnType<typeof menuTemplate>): string[] {
  return template.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu)
      ? item.submenu.flatMap((sub) => (sub.role ? [sub.role] : []))
      : []),
  ]);
}

describe('menuTemplate', () => {
  it('has the standard roles, with the app menu on macOS only and devtools only in development', () => {
    const mac = roles(menuTemplate({ platform: 'darwin', isPackaged: true }));
    expect(mac).toEqual(
      expect.arrayContaining(['appMenu', 'fileMenu', 'editMenu', 'windowMenu', 'reload', 'zoomIn']),
    );
    expect(mac).not.toContain('toggleDevTools');
    const linux = roles(menuTemplate({ platform: 'linux', isPackaged: false }));
    expect(linux).not.toContain('appMenu');
    expect(linux).toContain('toggleDevTools');
  });
});
