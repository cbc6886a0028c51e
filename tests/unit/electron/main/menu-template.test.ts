import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../../electron/main/menu-template';

const none = { openDataFolder() {}, openLogFile() {}, goBack() {}, goForward() {} };

const roles = (template: ReturnType<typeof buildMenuTemplate>) =>
  template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu.map((i) => i.role).filter(Boolean) : []));

describe('the native menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('on %s offers the usual editing shortcuts and quit', (platform) => {
    const r = roles(buildMenuTemplate(platform, 'Afterword', none));
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'zoomIn', 'zoomOut', 'resetZoom']) expect(r).toContain(role);
  });

  it('has an app menu on macOS only', () => {
    expect(buildMenuTemplate('darwin', 'Afterword', none)[0]!.label).toBe('Afterword');
    expect(buildMenuTemplate('linux', 'Afterword', none)[0]!.label).toBe('&File');
  });

  it('lets a user find the log file to send when something goes wrong', () => {
    const openLogFile = vi.fn();
    const file = buildMenuTemplate('linux', 'Afterword', { ...none, openLogFile })[0]!;
    const item = (file.submenu as Array<{ label?: string; click?: () => void }>).find((i) => i.label === 'Show Log File');
    item!.click!();
    expect(openLogFile).toHaveBeenCalled();
  });

  it.each([
    ['linux', 'Alt+Left', 'Alt+Right'],
    ['darwin', 'Cmd+[', 'Cmd+]'],
  ] as const)('on %s has Back and Forward under Go, with the keys the page itself answers to', (platform, back, forward) => {
    const goBack = vi.fn();
    const goForward = vi.fn();
    const go = buildMenuTemplate(platform, 'Afterword', { ...none, goBack, goForward }).find((m) => m.label === '&Go')!;
    const items = go.submenu as Array<{ label?: string; accelerator?: string; registerAccelerator?: boolean; click?: () => void }>;
    expect(items.map((i) => [i.label, i.accelerator, i.registerAccelerator])).toEqual([
      ['Back', back, false],
      ['Forward', forward, false],
    ]);
    items[0]!.click!();
    items[1]!.click!();
    expect(goBack).toHaveBeenCalledOnce();
    expect(goForward).toHaveBeenCalledOnce();
  });
});
