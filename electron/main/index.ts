import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import path from 'node:path';
import { openCoreHost, type CoreHost } from '../core/core-host';
import { resolveDataDir } from '../core/data-dir';
import { LOG_FILE } from '../core/logger';
import { APP_SCHEME } from './app-protocol';
import { createAppWindow } from './app-window';
import { registerApi } from './ipc';
import { electronOsPorts } from './os-ports';
import { buildMenuTemplate } from './menu-template';
import { serveAppProtocol } from './serve-app-protocol';
import { denyAllPermissions } from './web-contents-guard';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

// The data folder doubles as Chromium's profile, so two data folders never share a lock.
const dataDir = resolveDataDir(process.env, app.getPath('userData'));
app.setPath('userData', dataDir);

let host: CoreHost | null = null;
let closing: Promise<void> | null = null;
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
  // Data that cannot be opened does not stop the app: the host answers with a recovery screen.
  // Only a failure outside the data (the folder cannot be written at all) ends here.
  try {
    host = await openCoreHost(dataDir, { appVersion: app.getVersion(), locale: app.getSystemLocale(), ...electronOsPorts() });
  } catch (error) {
    dialog.showErrorBox('Afterword cannot start', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  denyAllPermissions(session.defaultSession);
  serveAppProtocol(protocol, path.join(__dirname, '../renderer'));
  registerApi(ipcMain, host.dispatch);
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
  // The quit waits for the last backup and a clean close, then goes on.
  app.on('will-quit', (event) => {
    if (!host) return;
    event.preventDefault();
    if (closing) return;
    closing = host.close().finally(() => {
      host = null;
      app.quit();
    });
  });
  process.on('uncaughtException', (error) => host?.logger.error('uncaught exception', error));
  void start();
}
