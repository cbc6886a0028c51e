import { BrowserWindow, dialog, shell } from 'electron';
import type { OsPorts } from '../core/os-ports';
import { openExternalSafely } from './external-links';

/** Electron's native dialogs and shell behind the core's ports. */
export function electronOsPorts(): OsPorts {
  const parent = () => BrowserWindow.getFocusedWindow() ?? undefined;
  return {
    dialogs: {
      async showSaveDialog(options) {
        const win = parent();
        const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      async showOpenDialog({ multiple, ...options }) {
        const properties: Array<'openFile' | 'multiSelections'> = multiple ? ['openFile', 'multiSelections'] : ['openFile'];
        const win = parent();
        const result = win ? await dialog.showOpenDialog(win, { ...options, properties }) : await dialog.showOpenDialog({ ...options, properties });
        return result.canceled ? null : result.filePaths;
      },
    },
    async openExternal(url) {
      if (!(await openExternalSafely(url, (u) => shell.openExternal(u)))) throw new Error('Afterword only opens mailto: and https: links.');
    },
    // Only folders the core names inside the data folder (the backups) come here.
    async openFolder(folder) {
      const problem = await shell.openPath(folder);
      if (problem) throw new Error(problem);
    },
  };
}
