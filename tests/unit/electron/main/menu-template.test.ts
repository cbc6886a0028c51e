import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../../electron/main/menu-template';

const roles = (template: ReturnType<typeof buildMenuTemplate>) =>
  template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu.map((i) => i.role).filter(Boolean) : []));

describe('the native menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('on %s offers the usual editing shortcuts and quit', (platform) => {
    const r = roles(buildMenuTemplate(platform, 'Afterword', { openDataFolder() {}, openLogFile() {} }));
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'zoomIn', 'zoomOut', 'resetZoom']) expect(r).toContain(role);
  });

  it('has an app menu on macOS only', () => {
    expect(buildMenuTemplate('darwin', 'Afterword', { openDataFolder() {}, openLogFile() {} })[0]!.label).toBe('Afterword');
    expect(buildMenuTemplate('linux', 'Afterword', { openDataFolder() {}, openLogFile() {} })[0]!.label).toBe('&File');
  });

  it('lets a user find the log file to send when something goes wrong', () => {
    const openLogFile = vi.fn();
    const file = buildMenuTemplate('linux', 'Afterword', { openDataFolder() {}, openLogFile })[0]!;
    const item = (file.submenu as Array<{ label?: string; click?: () => void }>).find((i) => i.label === 'Show Log File');
    item!.click!();
    expect(openLogFile).toHaveBeenCalled();
  });
});
