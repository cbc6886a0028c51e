/**
 * The window's security settings, asserted one by one. Only the 'electron' module is
 * replaced: it cannot load outside the Electron binary.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers/temp-dir';

type Listener = (...args: unknown[]) => void;

const created: Array<{
  options: Record<string, unknown>;
  url?: string;
  listeners: Map<string, Listener>;
  openHandler?: (d: { url: string }) => { action: string };
}> = [];
const openExternal = vi.fn(async (_url: string) => {});

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: { on(event: string, l: Listener): void; setWindowOpenHandler(h: (d: { url: string }) => { action: string }): void };
    constructor(options: Record<string, unknown>) {
      const record: (typeof created)[number] = { options, listeners: new Map() };
      created.push(record);
      this.webContents = {
        on: (event, l) => void record.listeners.set(event, l),
        setWindowOpenHandler: (h) => {
          record.openHandler = h;
        },
      };
    }
    loadURL(url: string) {
      created[created.length - 1]!.url = url;
      return Promise.resolve();
    }
    once() {}
    on() {}
    maximize() {}
  }
  return {
    BrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    shell: { openExternal: (url: string) => openExternal(url) },
  };
});

const { createAppWindow } = await import('../../../../electron/main/app-window');
const { denyAllPermissions } = await import('../../../../electron/main/web-contents-guard');
const { CONTENT_SECURITY_POLICY } = await import('../../../../electron/main/csp');
const { serveAppProtocol } = await import('../../../../electron/main/serve-app-protocol');
const { registerApi } = await import('../../../../electron/main/ipc');

function newWindow() {
  created.length = 0;
  createAppWindow(tempDir(), '/app/out/preload');
  return created[0]!;
}

describe('the main window', () => {
  beforeEach(() => openExternal.mockClear());

  it('isolates the page: contextIsolation, sandbox, no Node, web security on', () => {
    const prefs = newWindow().options.webPreferences as Record<string, unknown>;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe(path.join('/app/out/preload', 'index.js'));
  });

  it('loads the app from the app:// protocol, never from the network or a file path', () => {
    expect(newWindow().url).toBe('app://afterword/index.html');
  });

  it('blocks navigation away from the app', () => {
    const win = newWindow();
    const navigate = win.listeners.get('will-navigate')!;
    const away = { preventDefault: vi.fn() };
    navigate(away, 'https://evil.example/phish');
    expect(away.preventDefault).toHaveBeenCalled();
    const fileNav = { preventDefault: vi.fn() };
    navigate(fileNav, 'file:///etc/passwd');
    expect(fileNav.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    navigate(inside, 'app://afterword/index.html');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const redirect = { preventDefault: vi.fn() };
    win.listeners.get('will-redirect')!(redirect, 'https://evil.example/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    win.listeners.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window; an allowed link goes to the system through the gate', async () => {
    const win = newWindow();
    expect(win.openHandler!({ url: 'https://www.linkedin.com/in/jane' })).toEqual({ action: 'deny' });
    expect(win.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(win.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(openExternal.mock.calls).toEqual([['https://www.linkedin.com/in/jane']]);
  });
});

describe('permissions', () => {
  it('refuses every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (h: typeof request) => void (request = h),
      setPermissionCheckHandler: (h: typeof check) => void (check = h),
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check!()).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows scripts only from the app itself, with no eval and no inline code', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    expect(directives['object-src']).toEqual(["'none'"]);
  });

  it('is sent with every app:// response, and paths outside the app are not served', async () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Afterword</title>');
    let handler: ((r: Request) => Promise<Response>) | undefined;
    serveAppProtocol({ handle: (_scheme: string, h: typeof handler) => void (handler = h) } as never, root);
    const ok = await handler!(new Request('app://afterword/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(ok.headers.get('content-type')).toMatch(/text\/html/);
    const escape = await handler!(new Request('app://afterword/%2e%2e/%2e%2e/etc/passwd'));
    expect(escape.status).toBe(404);
  });

  it('is the one written into the built index.html', () => {
    const built = path.resolve(__dirname, '../../../../out/renderer/index.html');
    if (!fs.existsSync(built)) return expect.fail('Build the app first (npm run build) so the shipped index.html can be checked');
    const html = fs.readFileSync(built, 'utf8').replaceAll('&#39;', "'");
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
  });
});

describe('IPC registration', () => {
  function register() {
    const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
    const dispatch = vi.fn(async (method: string, input: unknown) => ({ ok: true as const, value: { method, input } }));
    registerApi({ handle: (channel: string, h: (event: unknown, input: unknown) => unknown) => void handlers.set(channel, h) } as never, dispatch);
    return { handlers, dispatch };
  }

  it('registers every contract method through the one dispatch', async () => {
    const { methodNames } = await import('../../../../shared/api/method-names');
    const { handlers } = register();
    expect([...handlers.keys()].sort()).toEqual(methodNames.map((m) => `afterword:${m}`).sort());
  });

  it('answers only the app’s own top-level page', async () => {
    const { handlers, dispatch } = register();
    const call = handlers.get('afterword:opportunities.list')!;
    expect(await call({ senderFrame: { url: 'app://afterword/index.html', parent: null } }, {})).toMatchObject({ ok: true });
    expect(dispatch).toHaveBeenCalledWith('opportunities.list', {});
    dispatch.mockClear();
    for (const senderFrame of [
      { url: 'app://afterword/index.html', parent: {} },
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///tmp/x.html', parent: null },
      null,
    ]) {
      expect(await call({ senderFrame }, {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });
});
