import type { DialogPort, FileFilter } from './os-ports';

/**
 * Asks for one file of a kind (with "All files" beside it, since people keep files under any
 * name): its path, or null when the person cancelled.
 */
export async function chooseOneFile(dialogs: DialogPort, title: string, kind: FileFilter): Promise<string | null> {
  const files = await dialogs.showOpenDialog({ title, filters: [kind, { name: 'All files', extensions: ['*'] }] });
  return files?.[0] ?? null;
}
