/**
 * The dialogs and shell the electron target scripts inside the app's main process. Playwright
 * sends the function's source text to the main process, so here it runs from its text too:
 * anything it borrowed from this module instead of its arguments would fail.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createPortFiles, enqueueAnswer, openedUrls, scriptMainProcessPorts, type MainProcessPorts, type PortFiles } from '../../e2e/main-process-ports';
import { sandboxed } from '../../e2e/electron-target';

const made: PortFiles[] = [];
afterEach(() => {
  for (const files of made.splice(0)) fs.rmSync(files.dir, { recursive: true, force: true });
});

/** Electron's dialog and shell as the main process has them, before the script replaces them. */
function mainProcess() {
  const real = () => Promise.reject(new Error('a real dialog or browser would have opened'));
  return { dialog: { showSaveDialog: real, showOpenDialog: real }, shell: { openExternal: real } } as unknown as MainProcessPorts;
}

function scripted() {
  const files = createPortFiles();
  made.push(files);
  const electron = mainProcess();
  const fromSource = new Function(`return (${scriptMainProcessPorts.toString()})`)() as typeof scriptMainProcessPorts;
  fromSource(electron, { save: files.save, open: files.open, opened: files.opened });
  return { files, electron };
}

describe('the main process, scripted', () => {
  it('answers save and open dialogs in the order the test queued them, cancel included', async () => {
    const { files, electron } = scripted();
    enqueueAnswer(files.save, '/tmp/Letter to José.pdf');
    enqueueAnswer(files.save, null);
    enqueueAnswer(files.open, ['/tmp/a.vcf', '/tmp/b.vcf']);
    const save = electron.dialog.showSaveDialog as unknown as () => Promise<{ canceled: boolean; filePath: string }>;
    const open = electron.dialog.showOpenDialog as unknown as () => Promise<{ canceled: boolean; filePaths: string[] }>;
    expect(await save()).toEqual({ canceled: false, filePath: '/tmp/Letter to José.pdf' });
    expect(await save()).toEqual({ canceled: true, filePath: '' });
    expect(await open()).toEqual({ canceled: false, filePaths: ['/tmp/a.vcf', '/tmp/b.vcf'] });
  });

  it('fails a dialog the test did not answer, loudly', async () => {
    const { electron } = scripted();
    const save = electron.dialog.showSaveDialog as unknown as () => Promise<unknown>;
    await expect(save()).rejects.toThrow('The test did not answer this dialog');
  });

  it('records what the app opened, readable as soon as openExternal has returned', async () => {
    const { files, electron } = scripted();
    expect(openedUrls(files.opened)).toEqual([]);
    await electron.shell.openExternal('mailto:ana.lima@northwind.example?subject=Thank%20you');
    await electron.shell.openExternal('https://www.northwind.example/careers');
    expect(openedUrls(files.opened)).toEqual(['mailto:ana.lima@northwind.example?subject=Thank%20you', 'https://www.northwind.example/careers']);
  });
});

describe("Chromium's sandbox", () => {
  it('is on for a packaged app, as a person starts it, except as root on Linux; off for the checkout', () => {
    expect(sandboxed({ executablePath: '/opt/Afterword/afterword' }, 'linux', 1001)).toBe(true);
    expect(sandboxed({ executablePath: 'C:\\Afterword.exe' }, 'win32', undefined)).toBe(true);
    expect(sandboxed({ executablePath: '/opt/Afterword/afterword' }, 'linux', 0)).toBe(false);
    expect(sandboxed({}, 'darwin', 501)).toBe(false);
  });
});
