import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { Handlers } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/method-names';
import type { Person } from '../../../shared/api/people-schemas';
import type { PrintQueueItem, QueueItemData, QueueRecipient, recipient as recipientSchema } from '../../../shared/api/print-schemas';
import type { Note } from '../../../shared/api/note-schemas';
import type { Settings } from '../../../shared/api/settings-schemas';
import { isEmptyAddress } from '../../../shared/domain/postal-address-format';
import { letterParts } from '../../../shared/notes/letter-parts';
import { layoutCalibrationPage } from '../../../shared/print/calibration-page';
import { labelSheet } from '../../../shared/print/label-sheet';
import { mediaSize, type Page } from '../../../shared/print/page-model';
import { pagesForItem } from '../../../shared/print/queue-pages';
import { safeFileName } from '../../../shared/domain/safe-file-name';
import { unprintableMessage } from '../../../shared/print/unprintable';
import { InvalidInputError, NotFoundError } from '../core-errors';
import type { DialogPort } from '../os-ports';
import { measureText, uncoveredCharacters, writePdf } from '../pdf/pdf-writer';
import { mediaFor } from '../print/media';
import { PrintError, type PrintSystem } from '../print/print-system';
import { withSpoolFile } from '../print/spool-file';
import type { PrintJobs } from './print-jobs';
import type { Repositories } from '../repositories';

type Methods = Extract<MethodName, `printQueue.${string}` | `printers.${string}`>;

export interface PrintPorts {
  printSystem: PrintSystem;
  dialogs: DialogPort;
  /** The user's today (YYYY-MM-DD) in their own zone: the date a letter carries. */
  userToday: () => string;
  /** Sends items and follows their jobs until they are on paper. */
  jobs: PrintJobs;
}

export function snapshotOf(person: Person): QueueRecipient {
  return { personId: person.id, fullName: person.fullName, title: person.title, company: person.company, address: person.address };
}


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

export function printHandlers(
  repos: Pick<Repositories, 'printQueue' | 'printerOffsets' | 'settings' | 'people' | 'participants' | 'notes'>,
  deps: PrintPorts,
): Pick<Handlers, Methods> {
  const { printQueue: queue, printerOffsets: offsets, settings, people, participants, notes } = repos;
  const { printSystem, dialogs, jobs } = deps;
  // The same day the follow-up plan calls today, so a letter and its plan never disagree.
  const today = deps.userToday;

  /** The note as it is now; null when it is gone. */
  function noteNow(noteId: string): Note | null {
    try {
      return notes.get(noteId);
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  /** Letters written in the note studio and marked ready to print. */
  function readyLetters(interviewId: string): Array<{ noteId: string; personId: string; body: string }> {
    return notes
      .listForInterview(interviewId)
      .filter((n) => n.kind === 'letter' && n.status === 'ready' && n.body.trim() !== '')
      .map((n) => ({ noteId: n.id, personId: n.personId, body: n.body }));
  }

  /** The person's current details when they are still on record, else what was queued. */
  function fresh(r: QueueRecipient): QueueRecipient {
    if (!r.personId) return r;
    try {
      return snapshotOf(people.get(r.personId));
    } catch (error) {
      if (error instanceof NotFoundError) return r;
      throw error;
    }
  }

  /** A letter written in the note studio prints as the note reads now, not as it was queued. */
  function freshLetter(data: Extract<QueueItemData, { kind: 'letter' }>): Extract<QueueItemData, { kind: 'letter' }> {
    // On card size a note prints its card draft, not the letter: the card is a different text.
    if (data.format !== 'letter' && data.noteId) {
      const draft = noteNow(data.noteId)?.cardDraft;
      if (draft === undefined) return data;
      const parts = letterParts(draft);
      return { ...data, salutation: parts.salutation ?? '', body: parts.body };
    }
    const body = data.noteId ? noteNow(data.noteId)?.body : null;
    if (!body?.trim()) return data;
    const parts = letterParts(body);
    return { ...data, salutation: parts.salutation ?? '', body: parts.body };
  }

  function refreshed(data: QueueItemData): QueueItemData {
    if (data.kind === 'labels') return { ...data, recipients: data.recipients.map(fresh) };
    if (data.kind === 'letter') return { ...freshLetter(data), recipient: fresh(data.recipient) };
    return { ...data, recipient: fresh(data.recipient) };
  }

  /** Why a card-size item cannot print: its note's card draft is empty. */
  function emptyCardDraft(data: QueueItemData): string | null {
    if (data.kind !== 'letter' || data.format === 'letter' || data.body.trim()) return null;
    return `The card draft to ${data.recipient.fullName} is empty: write it under "Handwritten card draft" in the note studio, or print this item as a letter.`;
  }

  function selected(ids: string[] | undefined): PrintQueueItem[] {
    if (!ids) return queue.list().filter((i) => i.status === 'queued');
    const byId = new Map(queue.list().map((i) => [i.id, i]));
    return ids.map((id) => {
      const item = byId.get(id);
      if (!item) throw new NotFoundError('That print queue item');
      return item;
    });
  }

  function pagesOf(item: PrintQueueItem, s: Settings, printer: string | null): Page[] {
    const offset = printer ? offsets.get(printer) : { xMm: 0, yMm: 0 };
    return pagesForItem(refreshed(item.data), s, offset, measureText);
  }

  /** What will not print as it should: characters no font has, text a layout could not fit. */
  function warningsOf(item: PrintQueueItem, pages: Page[]): string[] {
    const data = refreshed(item.data);
    const warnings: string[] = [];
    const recipients = data.kind === 'labels' ? data.recipients : [data.recipient];
    for (const r of recipients) {
      const missing = uncoveredCharacters([r.fullName, r.title, r.company, ...(r.address ? [...r.address.lines, r.address.city, r.address.region, r.address.postalCode] : [])].join(' '));
      if (missing.length > 0) warnings.push(unprintableMessage(missing, `the name or address of ${r.fullName}`));
    }
    const empty = emptyCardDraft(data);
    if (empty) warnings.push(empty);
    if (data.kind === 'letter') {
      const missing = uncoveredCharacters(`${data.salutation} ${data.body}`, 'serif');
      if (missing.length > 0) warnings.push(unprintableMessage(missing, `the letter to ${data.recipient.fullName}`));
    }
    for (const page of pages) for (const problem of page.problems ?? []) if (!warnings.includes(problem)) warnings.push(problem);
    return warnings;
  }

  async function pdfOf(items: PrintQueueItem[], printer: string | null = null): Promise<{ bytes: Buffer; pageCount: number; warnings: Array<{ id: string; message: string }> }> {
    if (items.length === 0) throw new InvalidInputError('ids', 'The print queue is empty.');
    const s = settings.get();
    const warnings: Array<{ id: string; message: string }> = [];
    const pages = items.flatMap((item) => {
      const own = pagesOf(item, s, printer);
      for (const message of warningsOf(item, own)) warnings.push({ id: item.id, message });
      return own;
    });
    return { bytes: await writePdf(pages, { title: items.length === 1 ? items[0]!.title : 'Afterword print queue' }), pageCount: pages.length, warnings };
  }

  /** Who already has an envelope or a label waiting, so adding again never doubles them. */
  function alreadyQueued(): { envelopes: Set<string>; labels: Set<string>; notes: Set<string> } {
    const envelopes = new Set<string>();
    const labels = new Set<string>();
    const notes = new Set<string>();
    for (const { status, data } of queue.list()) {
      if (status !== 'queued') continue;
      if (data.kind === 'envelope' && data.recipient.personId) envelopes.add(data.recipient.personId);
      if (data.kind === 'labels') for (const r of data.recipients) if (r.personId) labels.add(r.personId);
      if (data.kind === 'letter' && data.format === 'letter' && data.noteId) notes.add(data.noteId);
    }
    return { envelopes, labels, notes };
  }

  return {
    // What is shown is what will print: addresses as they are on record now.
    'printQueue.list': () => queue.list().map((item) => (item.status === 'queued' ? { ...item, data: refreshed(item.data) } : item)),

    'printQueue.addLetter': (input) => {
      const r: QueueRecipient = input.personId ? snapshotOf(people.get(input.personId)) : (input.recipient as z.output<typeof recipientSchema>);
      const date = input.date ?? today();
      const letter = freshLetter({ kind: 'letter', recipient: r, interviewId: input.interviewId, noteId: input.noteId, date, salutation: input.salutation ?? '', body: input.body, format: input.format });
      if (input.format !== 'letter' && !letter.body.trim()) {
        throw new InvalidInputError('format', 'The card draft is empty: write it under "Handwritten card draft" before adding it to the print queue.');
      }
      // A note queued again replaces its queued letter (or its queued card) rather than printing twice.
      const isCard = input.format !== 'letter';
      const already = input.noteId
        ? queue.list().find((i) => i.status === 'queued' && i.data.kind === 'letter' && i.data.noteId === input.noteId && (i.data.format !== 'letter') === isCard)
        : undefined;
      if (already) return [queue.update(already.id, letter)];
      const items: QueueItemData[] = [letter];
      if (input.withEnvelope) items.push({ kind: 'envelope', recipient: r, interviewId: input.interviewId, envelope: null });
      return queue.add(items);
    },

    'printQueue.addForInterview': ({ interviewId, personIds, letters, envelopes, labels }) => {
      const all = participants.listForInterview(interviewId).map((p) => p.person);
      if (all.length === 0) throw new InvalidInputError('interviewId', 'This interview has no interviewers yet.');
      const everyone = personIds ? all.filter((p) => personIds.includes(p.id)) : all;
      if (everyone.length === 0) throw new InvalidInputError('personIds', 'None of the chosen people took part in this interview.');
      const waiting = alreadyQueued();
      const byId = new Map(everyone.map((p) => [p.id, p]));
      const ready = letters ? readyLetters(interviewId).filter((l) => byId.has(l.personId)) : [];
      const date = today();
      const items: QueueItemData[] = [];
      const skipped: string[] = [];
      for (const l of ready) {
        const person = byId.get(l.personId)!;
        if (waiting.notes.has(l.noteId)) {
          skipped.push(`Letter to ${person.fullName}`);
          continue;
        }
        // The note is written whole; the layout adds closing and name from Settings.
        const parts = letterParts(l.body);
        items.push({ kind: 'letter', recipient: snapshotOf(person), interviewId, noteId: l.noteId, date, salutation: parts.salutation ?? '', body: parts.body, format: 'letter' });
      }
      // With letters (queued now or before), envelopes and labels go to the people written to;
      // only when none of them has a letter do they go to everyone chosen.
      const writtenTo = new Set(ready.map((l) => l.personId));
      const recipients = (writtenTo.size > 0 ? everyone.filter((p) => writtenTo.has(p.id)) : everyone).map(snapshotOf);
      if (envelopes) {
        for (const r of recipients) {
          if (r.personId && waiting.envelopes.has(r.personId)) skipped.push(`Envelope to ${r.fullName}`);
          else items.push({ kind: 'envelope', recipient: r, interviewId, envelope: null });
        }
      }
      if (labels) {
        const fresh = recipients.filter((r) => !(r.personId && waiting.labels.has(r.personId)));
        for (const r of recipients) if (!fresh.includes(r)) skipped.push(`Label for ${r.fullName}`);
        if (fresh.length > 0) items.push({ kind: 'labels', recipients: fresh, interviewId, sheet: null, startAt: 1 });
      }
      if (items.length === 0 && skipped.length === 0) {
        throw new InvalidInputError('letters', letters ? 'No letters are marked ready for this interview.' : 'Choose letters, envelopes or labels.');
      }
      return { added: items.length > 0 ? queue.add(items) : [], skipped };
    },

    'printQueue.update': ({ id, startAt, envelope, sheet, format }) => {
      const { data } = queue.get(id);
      let next: QueueItemData;
      if (data.kind === 'labels') {
        next = { ...data, ...(startAt !== undefined ? { startAt } : {}), ...(sheet !== undefined ? { sheet } : {}) };
        const s = settings.get();
        const onSheet = labelSheet(next.sheet ?? s.labelSheet, s.customLabelSheet);
        const perSheet = onSheet.columns * onSheet.rows;
        if (next.startAt > perSheet) {
          throw new InvalidInputError(startAt !== undefined ? 'startAt' : 'sheet', `Start at label must be between 1 and ${perSheet}: a sheet of ${onSheet.name} has ${perSheet} labels.`);
        }
      }
      else if (data.kind === 'envelope') next = { ...data, ...(envelope !== undefined ? { envelope } : {}) };
      else {
        next = { ...data, ...(format !== undefined ? { format } : {}) };
        if (format !== undefined && format !== 'letter' && emptyCardDraft(freshLetter(next))) {
          throw new InvalidInputError('format', `The card draft to ${data.recipient.fullName} is empty: write it under "Handwritten card draft" in the note studio first.`);
        }
      }
      return queue.update(id, next);
    },

    'printQueue.move': ({ id, toIndex }) => queue.move(id, toIndex),

    'printQueue.remove': ({ id }) => {
      queue.remove(id);
      return { removed: true as const };
    },

    'printQueue.preview': async ({ ids }) => {
      const { bytes, pageCount, warnings } = await pdfOf(selected(ids));
      return { pdfBase64: bytes.toString('base64'), pageCount, warnings };
    },

    'printQueue.exportPdf': async ({ ids, perItem }) => {
      const items = selected(ids);
      if (items.length === 0) throw new InvalidInputError('ids', 'The print queue is empty.');
      const stamp = today();
      if (!perItem) {
        const chosen = await dialogs.showSaveDialog({ title: 'Export PDF', defaultPath: `Afterword letters ${stamp}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
        if (!chosen) return { cancelled: true, files: [] };
        // The dialog asked before replacing the name as chosen; a name we add ".pdf" to was
        // never asked about, so it gets a free name instead of replacing a file.
        const target = chosen.toLowerCase().endsWith('.pdf') ? chosen : freePath(`${chosen}.pdf`);
        fs.writeFileSync(target, (await pdfOf(items)).bytes);
        return { cancelled: false, files: [target] };
      }
      // One file per item in a new folder of the chosen name, numbered in queue order: a
      // folder that exists already is never written into, so no file is ever replaced.
      const chosen = await dialogs.showSaveDialog({ title: 'Export PDF: name a new folder for one file per item', defaultPath: `Afterword ${stamp}` });
      if (!chosen) return { cancelled: true, files: [] };
      const base = safeFileName(path.basename(chosen).replace(/\.pdf$/i, ''));
      const dir = freePath(path.join(path.dirname(chosen), base), true);
      fs.mkdirSync(dir);
      const files: string[] = [];
      for (const [i, item] of items.entries()) {
        const file = path.join(dir, `${String(i + 1).padStart(2, '0')} ${safeFileName(item.title)}.pdf`);
        fs.writeFileSync(file, (await pdfOf([item])).bytes, { flag: 'wx' });
        files.push(file);
      }
      return { cancelled: false, files };
    },

    'printQueue.print': async ({ ids, printer, allowMissingAddresses }) => {
      // An item already with a printer is not sent twice; a printed one is sent again only when chosen.
      const items = selected(ids).filter((item) => item.status !== 'printing');
      if (items.length === 0) throw new InvalidInputError('ids', ids ? 'Those items are already printing.' : 'The print queue is empty.');
      // An envelope or label without an address wastes an envelope or a sheet: only when asked.
      const blank = items.flatMap((item) => {
        const data = refreshed(item.data);
        if (data.kind === 'letter') return [];
        return (data.kind === 'labels' ? data.recipients : [data.recipient]).filter((r) => isEmptyAddress(r.address)).map((r) => r.fullName);
      });
      if (blank.length > 0 && !allowMissingAddresses) {
        throw new InvalidInputError('allowMissingAddresses', `No postal address yet for ${[...new Set(blank)].join(', ')}: their envelope or label would print blank. Add the address, remove the item, or choose to print anyway.`);
      }
      const s = settings.get();
      // One job per item, so each goes on its own paper or envelope size.
      return jobs.send(items, printer, async (item) => {
        const empty = emptyCardDraft(refreshed(item.data));
        if (empty) throw new PrintError(empty);
        const pages = pagesOf(item, s, printer);
        const media = mediaSize(pages[0]!);
        return { bytes: await writePdf(pages, { title: item.title }), media: mediaFor(media.width, media.height) };
      });
    },

    'printQueue.checkJobs': () => jobs.check(),

    'printers.list': async () => {
      try {
        const problem = await printSystem.serviceProblem();
        if (problem) return { printers: [], problem };
        const printers = await printSystem.listPrinters();
        return { printers, problem: printers.length === 0 ? 'No printers are set up on this computer. You can still use "Export PDF".' : null };
      } catch (error) {
        return { printers: [], problem: error instanceof Error ? error.message : String(error) };
      }
    },

    'printers.getOffset': ({ printer }) => ({ printer, ...offsets.get(printer) }),

    'printers.setOffset': ({ printer, xMm, yMm }) => {
      offsets.set(printer, xMm, yMm);
      return { printer, ...offsets.get(printer) };
    },

    'printers.calibrationPreview': async ({ printer, sheet }) => {
      const s = settings.get();
      const page = layoutCalibrationPage(labelSheet(sheet ?? s.labelSheet, s.customLabelSheet), printer, offsets.get(printer));
      return { pdfBase64: (await writePdf([page], { title: 'Calibration page' })).toString('base64'), pageCount: 1 };
    },

    'printers.printCalibration': async ({ printer, sheet }) => {
      const s = settings.get();
      const page = layoutCalibrationPage(labelSheet(sheet ?? s.labelSheet, s.customLabelSheet), printer, offsets.get(printer));
      try {
        const problem = await printSystem.serviceProblem();
        if (problem) throw new PrintError(problem);
        const bytes = await writePdf([page], { title: 'Calibration page' });
        const title = 'Afterword calibration page';
        await withSpoolFile(bytes, title, randomUUID(), (file) => printSystem.print({ file, printer, media: mediaFor(page.width, page.height), title }));
      } catch (error) {
        if (error instanceof PrintError) throw new InvalidInputError('printer', error.message);
        throw error;
      }
      return { printed: true as const };
    },
  };
}
