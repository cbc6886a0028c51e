import fs from 'node:fs';
import path from 'node:path';
import type { Settings } from '../../../shared/api/settings/schemas';
import { safeFileName } from '../../../shared/domain/safe-file-name';
import { InvalidInputError } from '../core-errors';
import type { DialogPort } from '../os-ports';
import type { ItemNow } from './queue-items';
import type { QueuePdfWriter } from './queue-pdf';

/** The path itself when nothing is there, else the first free "name-2", "name-3"… beside it. */
export function freePath(target: string, isFolder = false): string {
  if (!fs.existsSync(target)) return target;
  const ext = isFolder ? '' : path.extname(target);
  const stem = target.slice(0, target.length - ext.length);
  for (let n = 2; ; n++) {
    const candidate = `${stem}-${n}${ext}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/**
 * "Export PDF": one file for everything, or one file per item in a new folder, to print
 * elsewhere. Nothing that exists is ever replaced without the save dialog having asked.
 */
export async function exportPdf(
  deps: { dialogs: DialogPort; pdf: QueuePdfWriter; settings: Settings; today: string },
  items: ItemNow[],
  perItem: boolean,
): Promise<{ cancelled: boolean; files: string[] }> {
  const { dialogs, pdf, settings, today } = deps;
  if (items.length === 0) throw new InvalidInputError('ids', 'The print queue is empty.');
  if (!perItem) {
    const chosen = await dialogs.showSaveDialog({
      title: 'Export PDF',
      defaultPath: `Afterword letters ${today}.pdf`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (!chosen) return { cancelled: true, files: [] };
    // The dialog asked before replacing the name as chosen; a name we add ".pdf" to was
    // never asked about, so it gets a free name instead of replacing a file.
    const target = chosen.toLowerCase().endsWith('.pdf') ? chosen : freePath(`${chosen}.pdf`);
    fs.writeFileSync(target, (await pdf.write(items, settings)).bytes);
    return { cancelled: false, files: [target] };
  }
  // One file per item in a new folder of the chosen name, numbered in queue order: a
  // folder that exists already is never written into, so no file is ever replaced.
  const chosen = await dialogs.showSaveDialog({ title: 'Export PDF: name a new folder for one file per item', defaultPath: `Afterword ${today}` });
  if (!chosen) return { cancelled: true, files: [] };
  const base = safeFileName(path.basename(chosen).replace(/\.pdf$/i, ''));
  const dir = freePath(path.join(path.dirname(chosen), base), true);
  fs.mkdirSync(dir);
  const files: string[] = [];
  for (const [i, one] of items.entries()) {
    const file = path.join(dir, `${String(i + 1).padStart(2, '0')} ${safeFileName(one.item.title)}.pdf`);
    fs.writeFileSync(file, (await pdf.write([one], settings)).bytes, { flag: 'wx' });
    files.push(file);
  }
  return { cancelled: false, files };
}
