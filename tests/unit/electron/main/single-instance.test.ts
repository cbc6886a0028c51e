/**
 * The entry point's start-up decisions, with only the 'electron' module replaced:
 * a second copy hands over to the first and quits; the data folder becomes the profile.
 */
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
const on = vi.fn();
let haveLock = true;

vi.mock('electron', () => ({
  app: {
    getPath: () => '/home/user/.config/Afterword',
    setPath: (name: string, value: string) => calls.push(`setPath ${name} ${value}`),
    requestSingleInstanceLock: () => haveLock,
    quit: () => calls.push('quit'),
    on: (event: string, listener: unknown) => on(event, listener),
    whenReady: () => new Promise(() => {}),
  },
  protocol: { registerSchemesAsPrivileged: () => calls.push('registerSchemesAsPrivileged') },
  BrowserWindow: class {},
  dialog: {},
  ipcMain: {},
  Menu: {},
  session: {},
  shell: {},
  screen: {},
}));

describe('start-up', () => {
  beforeEach(() => {
    vi.resetModules();
    calls.length = 0;
    on.mockClear();
  });

  it('a second copy quits and leaves the running one in charge', async () => {
    haveLock = false;
    await import('../../../../electron/main/index');
    expect(calls).toContain('quit');
    expect(on).not.toHaveBeenCalledWith('window-all-closed', expect.anything());
  });

  it('the first copy keeps its data folder (AFTERWORD_DATA_DIR) as its profile and listens for others', async () => {
    haveLock = true;
    vi.stubEnv('AFTERWORD_DATA_DIR', '/tmp/afterword-portable');
    await import('../../../../electron/main/index');
    vi.unstubAllEnvs();
    // Resolved as the app resolves it: on Windows this is a drive path.
    expect(calls).toContain(`setPath userData ${path.resolve('/tmp/afterword-portable')}`);
    expect(calls).not.toContain('quit');
    expect(on).toHaveBeenCalledWith('second-instance', expect.any(Function));
  });
});
