import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelFor, methodNames } from '../../shared/api/method-names';
import { fail } from '../../shared/result';
import type { Dispatch } from '../core/dispatch';
import { isAppUrl } from './app-protocol';

/** Only the app's own top-level page may call the core; an injected frame gets nothing. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url);
}

/** Registers every contract method through the one dispatch; no channel is written by hand. */
export function registerApi(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const method of methodNames) {
    ipcMain.handle(channelFor(method), (event, input: unknown) =>
      isTrustedSender(event) ? dispatch(method, input) : fail('invalid-input', 'This request did not come from Afterword.'),
    );
  }
}
