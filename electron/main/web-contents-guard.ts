import type { Session, WebContents } from 'electron';
import { isAppUrl } from './app-protocol';
import { openExternalSafely, type OpenExternal } from './external-links';

/**
 * The page may never leave the app: navigation elsewhere is stopped, new windows are
 * denied (an allowed link goes to the system browser or mail app through the one gate),
 * and <webview> cannot be attached.
 */
export function guardWebContents(contents: WebContents, openExternal: OpenExternal): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url, openExternal);
    return { action: 'deny' };
  });
}

/** Afterword needs no camera, microphone, location or notifications: every request is refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
