import { BrowserWindow, screen, shell } from 'electron';
import path from 'node:path';
import { APP_ENTRY_URL } from './app-protocol';
import { guardWebContents } from './web-contents-guard';
import { mainWindowOptions } from './window-options';
import { loadWindowState, placeOnScreens, saveWindowState } from './window-state';

/** Creates the one main window where it was last left, and remembers where it is left. */
export function createAppWindow(dataDir: string, preloadDir: string): BrowserWindow {
  const state = loadWindowState(dataDir);
  const bounds = placeOnScreens(
    state,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow(mainWindowOptions(path.join(preloadDir, 'index.js'), bounds));
  guardWebContents(win.webContents, (url) => shell.openExternal(url));
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    saveWindowState(dataDir, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
