import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import path from 'node:path';
import { openCore, type Core } from '../core/core';
import { resolveDataDir } from '../core/data-dir';
import { LOG_FILE } from '../core/logger';
import { APP_SCHEME } from './app-protocol';
import { createAppWindow } from './app-window';
import { registerApi } from './ipc';
import { electronOsPorts } from './os-ports';
import { buildMenuTemplate } from './menu-template';
import { serveAppProtocol } from './serve-app-protocol';
import { denyAllPermissions } from './web-contents-guard';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// The data folder doubles as Chromium's profile, so two data folders never share a lock.
const dataDir = resolveDataDir(process.env, app.getPath('userData'));
app.setPath('userData', dataDir);

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  mainWindow = createAppWindow(dataDir, path.join(__dirname, '../preload'));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  try {
    core = openCore(dataDir, { appVersion: app.getVersion(), locale: app.getSystemLocale(), ...electronOsPorts() });
  } catch (error) {
    dialog.showErrorBox('Afterword cannot open its data', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  denyAllPermissions(session.defaultSession);
  serveAppProtocol(protocol, path.join(__dirname, '../renderer'));
  registerApi(ipcMain, core.dispatch);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(process.platform, app.getName(), {
        openDataFolder: () => void shell.openPath(dataDir),
        openLogFile: () => void shell.openPath(path.join(dataDir, LOG_FILE)),
        // Every view has its address in the window's history: Back and Forward walk it.
        goBack: () => {
          const history = mainWindow?.webContents.navigationHistory;
          if (history?.canGoBack()) history.goBack();
        },
        goForward: () => {
          const history = mainWindow?.webContents.navigationHistory;
          if (history?.canGoForward()) history.goForward();
        },
      }),
    ),
  );
  showMainWindow();
  app.on('activate', showMainWindow);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core?.close());
  process.on('uncaughtException', (error) => core?.logger.error('uncaught exception', error));
  void start();
}
