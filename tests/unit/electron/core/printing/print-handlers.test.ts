import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../../electron/core/core';
import type { Logger } from '../../../../../electron/core/logger';
import type { PrintOutcome, PrintQueueItem } from '../../../../../shared/api/printing/schemas';
import type { Result } from '../../../../../shared/result';
import {
  cupsPdfOutputDir,
  ensureCupsPdfQueue,
  expectSchedulerAlive,
  jobFilesFor,
  pdfsIn,
  PDF_QUEUE,
  removePrintedJobs,
  waitForNewPdfs,
} from '../../../helpers/cups';
import { pdfFile, pdfInfo, pdfText } from '../../../helpers/poppler';
import { tempDir } from '../../../helpers/temp-dir';
import { checkedCore } from '../../../helpers/checked-outputs';

const quietLogger: Logger = { info() {}, warn() {}, error() {} };

let core: Core | null = null;
afterEach(() => {
  core?.close();
  removePrintedJobs();
});

function open(saveAnswers: Array<string | null> = [], now?: string) {
  const c = checkedCore(
    openCore(tempDir(), {
      ...(now ? { clock: { now: () => new Date(now) } } : {}),
      appVersion: '0.0.0-test',
      logger: quietLogger,
      locale: 'en-US',
      dialogs: { showSaveDialog: async () => saveAnswers.shift() ?? null, showOpenDialog: async () => null },
      openExternal: async () => {},
    }),
  );
  core = c;
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = (await c.dispatch(method, input)) as Result<T>;
    if (!r.ok) throw new Error(`${method}: ${r.error.message} (${r.error.field ?? ''})`);
    return r.value;
  };
  return { c, call };
}

const PEOPLE = [
  {
    fullName: 'José Martínez',
    title: 'Engineering Manager',
    company: 'Acme Corp',
    address: { lines: ['500 Market Street'], city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US' },
  },
  {
    fullName: 'Zoë Ångström',
    title: 'Designer',
    company: 'Acme Corp',
    address: { lines: ['12 Pine Ave'], city: 'Oakland', region: 'CA', postalCode: '94607', country: 'US' },
  },
  {
    fullName: 'Дмитрий Иванов',
    title: 'Team Lead',
    company: 'Acme Corp',
    address: { lines: ['9 Elm St'], city: 'Berkeley', region: 'CA', postalCode: '94704', country: 'US' },
  },
];

async function interviewWithThree(call: ReturnType<typeof open>['call']) {
  await call('settings.update', { yourName: 'Sam Rivera', returnAddress: '742 Evergreen Terrace\nSpringfield, IL 62704' });
  const opp = await call<{ id: string }>('opportunities.create', { company: 'Acme Corp', role: 'Platform Engineer' });
  const interview = await call<{ id: string }>('interviews.create', { opportunityId: opp.id, date: '2026-03-03' });
  const ids: string[] = [];
  for (const person of PEOPLE) {
    const p = await call<{ person: { id: string } }>('participants.add', { interviewId: interview.id, person });
    ids.push(p.person.id);
  }
  return { interviewId: interview.id, personIds: ids };
}

type Added = { added: PrintQueueItem[]; skipped: string[] };

const decode = (b64: string) => pdfFile(Buffer.from(b64, 'base64'));

describe('print queue', () => {
  it('queues letters and envelopes, reorders, removes, previews and exports one PDF', async () => {
    const out = path.join(tempDir(), 'letters.pdf');
    const { call } = open([out]);
    const { interviewId, personIds } = await interviewWithThree(call);
    for (const [i, personId] of personIds.entries()) {
      await call('printQueue.addLetter', {
        personId,
        interviewId,
        date: '2026-03-04',
        body: `Thank you for your time, ${PEOPLE[i]!.fullName}.\nI remain interested.`,
      });
    }
    let items = await call<PrintQueueItem[]>('printQueue.list', {});
    expect(items.map((i) => i.kind)).toEqual(['letter', 'envelope', 'letter', 'envelope', 'letter', 'envelope']);
    expect(items[0]!.title).toBe('Letter to José Martínez');

    items = await call<PrintQueueItem[]>('printQueue.move', { id: items[5]!.id, toIndex: 0 });
    expect(items[0]!.title).toBe('Envelope to Дмитрий Иванов');
    const { added: labels } = await call<Added>('printQueue.addForInterview', { interviewId, envelopes: false, labels: true });
    expect(labels).toHaveLength(1);
    await call('printQueue.update', { id: labels[0]!.id, startAt: 30 });
    // Avery 5160 has 30 labels a sheet: 31 is refused, not quietly printed at label 30.
    await expect(call('printQueue.update', { id: labels[0]!.id, startAt: 31 })).rejects.toThrow(
      'printQueue.update: Start at label must be between 1 and 30: a sheet of Avery 5160 has 30 labels. (startAt)',
    );
    await expect(call('printQueue.update', { id: labels[0]!.id, sheet: 'avery-l7160' })).rejects.toThrow(/between 1 and 21.*\(sheet\)/);
    await call('printQueue.update', { id: labels[0]!.id, startAt: 4 });
    await call('printQueue.remove', { id: labels[0]!.id });
    expect(await call<PrintQueueItem[]>('printQueue.list', {})).toHaveLength(6);

    const preview = await call<{ pdfBase64: string; pageCount: number }>('printQueue.preview', {});
    expect(preview.pageCount).toBe(6);
    expect(pdfInfo(decode(preview.pdfBase64)).pages).toBe(6);

    const exported = await call<{ files: string[] }>('printQueue.exportPdf', {});
    expect(exported.files).toEqual([out]);
    const info = pdfInfo(out);
    expect(info.pages).toBe(6);
    expect(info.sizes.filter((s) => Math.round(s.width) === 612 && Math.round(s.height) === 792)).toHaveLength(3);
    expect(info.sizes.filter((s) => Math.round(s.width) === 684 && Math.round(s.height) === 297)).toHaveLength(3);
    const text = pdfText(out);
    for (const p of PEOPLE) expect(text.split(p.fullName).length - 1).toBeGreaterThanOrEqual(3); // inside address, salutation, envelope
  });

  it('exports one file per item with safe names into a new folder, and does nothing when the dialog is cancelled', async () => {
    const dir = tempDir();
    const { call } = open([null, path.join(dir, 'Acme: round 2'), path.join(dir, 'Acme: round 2')]);
    const { interviewId } = await interviewWithThree(call);
    await call('printQueue.addForInterview', { interviewId, envelopes: true, labels: true });
    expect(await call('printQueue.exportPdf', { perItem: true })).toEqual({ cancelled: true, files: [] });
    expect(fs.readdirSync(dir)).toEqual([]);
    const { files } = await call<{ files: string[] }>('printQueue.exportPdf', { perItem: true });
    expect(files.map((f) => path.relative(dir, f))).toEqual([
      path.join('Acme round 2', '01 Envelope to José Martínez.pdf'),
      path.join('Acme round 2', '02 Envelope to Zoë Ångström.pdf'),
      path.join('Acme round 2', '03 Envelope to Дмитрий Иванов.pdf'),
      path.join('Acme round 2', '04 Labels for José Martínez, Zoë Ångström, Дмитрий Иванов.pdf'),
    ]);
    expect(pdfText(files[3]!)).toContain('Дмитрий Иванов');
    // The same name again: a second folder beside the first, nothing replaced.
    const before = fs.readFileSync(files[0]!);
    const again = await call<{ files: string[] }>('printQueue.exportPdf', { perItem: true });
    expect(path.relative(dir, path.dirname(again.files[0]!))).toBe('Acme round 2-2');
    expect(fs.readFileSync(files[0]!).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['Acme round 2', 'Acme round 2-2']);
  });

  it('never replaces a file the save dialog did not ask about', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'letters.pdf'), 'keep me');
    const { call } = open([path.join(dir, 'letters')]);
    const { personIds } = await interviewWithThree(call);
    await call('printQueue.addLetter', { personId: personIds[0], body: 'Thank you.' });
    const { files } = await call<{ files: string[] }>('printQueue.exportPdf', {});
    expect(files).toEqual([path.join(dir, 'letters-2.pdf')]);
    expect(fs.readFileSync(path.join(dir, 'letters.pdf'), 'utf8')).toBe('keep me');
    expect(pdfInfo(files[0]!).pages).toBe(2);
  });

  it('adds the letters marked ready for an interview with an envelope each, once, and marks the note printed', async () => {
    const { call } = open();
    const { interviewId, personIds } = await interviewWithThree(call);
    const notes: string[] = [];
    for (const personId of personIds.slice(0, 2)) {
      const body = 'Dear Friend,\n\nThank you for the conversation about the billing migration.\n\nBest regards,\nSam Rivera';
      const note = await call<{ id: string }>('notes.save', { interviewId, personId, kind: 'letter', body });
      await call('notes.setStatus', { id: note.id, status: 'ready' });
      notes.push(note.id);
    }
    const { added } = await call<Added>('printQueue.addForInterview', { interviewId });
    expect(added.map((i) => i.title)).toEqual(['Letter to José Martínez', 'Letter to Zoë Ångström', 'Envelope to José Martínez', 'Envelope to Zoë Ångström']);
    // The greeting and sign-off typed in the note are not printed twice.
    expect(added[0]!.data).toMatchObject({ salutation: 'Dear Friend,', body: 'Thank you for the conversation about the billing migration.' });
    // A second "Add to print queue" adds nothing twice and says what it left out.
    const again = await call<Added>('printQueue.addForInterview', { interviewId });
    expect(again.added).toEqual([]);
    expect(again.skipped).toEqual(['Letter to José Martínez', 'Letter to Zoë Ångström', 'Envelope to José Martínez', 'Envelope to Zoë Ångström']);
    const justOne = await call<Added>('printQueue.addForInterview', { interviewId, personIds: [personIds[2]], letters: false, labels: true });
    expect(justOne.added.map((i) => i.title)).toEqual(['Envelope to Дмитрий Иванов', 'Labels for Дмитрий Иванов']);
    const everyone = await call<Added>('printQueue.addForInterview', { interviewId, letters: false, labels: true });
    expect(everyone.added.map((i) => i.title)).toEqual(['Labels for José Martínez, Zoë Ångström']);
    expect(everyone.skipped).toEqual(['Envelope to José Martínez', 'Envelope to Zoë Ångström', 'Envelope to Дмитрий Иванов', 'Label for Дмитрий Иванов']);
    expect((await call<PrintQueueItem[]>('printQueue.list', {})).filter((i) => i.kind === 'envelope')).toHaveLength(3);
    ensureCupsPdfQueue();
    const before = pdfsIn(cupsPdfOutputDir());
    const printed = await call<{ printed: string[] }>('printQueue.print', { printer: PDF_QUEUE, ids: [added[0]!.id] });
    expect(printed.printed).toEqual([added[0]!.id]);
    await waitForNewPdfs(cupsPdfOutputDir(), before, 1);
    const [first] = await call<Array<{ id: string; status: string }>>('notes.listForInterview', { interviewId }).then((list) =>
      list.filter((n) => n.id === notes[0]),
    );
    expect(first!.status).toBe('printed');
  }, 60_000);

  it('prints the letter as it is written now, when the note changes after queueing', async () => {
    const { call } = open();
    const { interviewId, personIds } = await interviewWithThree(call);
    const first = 'Dear José,\n\nThank you for the chat about billing.\n\nBest regards,\nSam Rivera';
    const note = await call<{ id: string }>('notes.save', { interviewId, personId: personIds[0], kind: 'letter', body: first });
    await call('notes.setStatus', { id: note.id, status: 'ready' });
    await call('printQueue.addForInterview', { interviewId, envelopes: false });
    await call('notes.save', {
      interviewId,
      personId: personIds[0],
      kind: 'letter',
      body: 'Hello José,\n\nThank you for the talk about the ledger rewrite.\n\nBest regards,\nSam Rivera',
    });
    const [letter] = await call<PrintQueueItem[]>('printQueue.list', {});
    expect(letter!.data).toMatchObject({ salutation: 'Hello José,', body: 'Thank you for the talk about the ledger rewrite.' });
    const text = pdfText(decode((await call<{ pdfBase64: string }>('printQueue.preview', {})).pdfBase64)).replace(/\s+/g, ' ');
    expect(text).toContain('Thank you for the talk about the ledger rewrite.');
    expect(text).toContain('Hello José,');
    expect(text).not.toContain('billing');
  });

  it("prints the note's card draft, not the letter, on A2 or A7, and refuses an empty card draft", async () => {
    const { c, call } = open();
    const { interviewId, personIds } = await interviewWithThree(call);
    const letterText = 'Dear José,\n\nThank you for the chat about billing.\n\nBest regards,\nSam Rivera';
    const note = await call<{ id: string }>('notes.save', { interviewId, personId: personIds[0], kind: 'letter', body: letterText });
    const refused = await c.dispatch('printQueue.addLetter', {
      personId: personIds[0],
      interviewId,
      noteId: note.id,
      body: '',
      format: 'card-a7',
      withEnvelope: false,
    });
    expect(refused).toMatchObject({ ok: false, error: { field: 'format', message: expect.stringContaining('card draft is empty') } });
    expect(await call<PrintQueueItem[]>('printQueue.list', {})).toEqual([]);
    await call('notes.save', {
      interviewId,
      personId: personIds[0],
      kind: 'letter',
      body: letterText,
      cardDraft: 'Dear José,\n\nThe whiteboard session on ledgers stayed with me.',
    });
    const [letter] = await call<PrintQueueItem[]>('printQueue.addLetter', {
      personId: personIds[0],
      interviewId,
      noteId: note.id,
      body: letterText,
      withEnvelope: false,
    });
    const [card] = await call<PrintQueueItem[]>('printQueue.addLetter', {
      personId: personIds[0],
      interviewId,
      noteId: note.id,
      body: 'ignored',
      format: 'card-a7',
      withEnvelope: false,
    });
    // The card sits beside the letter rather than replacing it.
    expect((await call<PrintQueueItem[]>('printQueue.list', {})).map((i) => i.title)).toEqual(['Letter to José Martínez', 'Card draft to José Martínez']);
    for (const [format, w, h] of [
      ['card-a7', 360, 504],
      ['card-a2', 306, 396],
    ] as const) {
      await call('printQueue.update', { id: card!.id, format });
      const file = decode((await call<{ pdfBase64: string }>('printQueue.preview', { ids: [card!.id] })).pdfBase64);
      expect(pdfInfo(file).sizes.map((s) => [Math.round(s.width), Math.round(s.height)])).toEqual([[w, h]]);
      const text = pdfText(file).replace(/\s+/g, ' ');
      expect(text).toContain('The whiteboard session on ledgers stayed with me.');
      expect(text).toContain('Dear José,');
      expect(text).not.toContain('billing');
    }
    // A card draft emptied after queueing: the preview says so, switching the letter to a card is refused.
    await call('notes.save', { interviewId, personId: personIds[0], kind: 'letter', body: letterText, cardDraft: '' });
    const preview = await call<{ warnings: Array<{ id: string; message: string }> }>('printQueue.preview', { ids: [card!.id] });
    expect(preview.warnings).toEqual([{ id: card!.id, message: expect.stringContaining('card draft to José Martínez is empty') }]);
    const toCard = await c.dispatch('printQueue.update', { id: letter!.id, format: 'card-a2' });
    expect(toCard).toMatchObject({ ok: false, error: { field: 'format', message: expect.stringContaining('card draft to José Martínez is empty') } });
  });

  it("dates a letter with the user's today in the zone from Follow-up timing settings, on either side of midnight", async () => {
    // 23:30 on 3 March in Los Angeles is already 4 March in UTC and in Tokyo.
    for (const [timeZone, day] of [
      ['America/Los_Angeles', '2026-03-03'],
      ['Asia/Tokyo', '2026-03-04'],
    ] as const) {
      const { call } = open([], '2026-03-04T07:30:00Z');
      await call('followThrough.updateSettings', { timeZone });
      expect(await call<string>('plan.userToday', {})).toBe(day);
      const [letter] = await call<PrintQueueItem[]>('printQueue.addLetter', {
        recipient: { fullName: 'Ana Silva', title: '', company: '', address: null },
        body: 'Thank you.',
        withEnvelope: false,
      });
      expect(letter!.data).toMatchObject({ date: day });
      const text = pdfText(decode((await call<{ pdfBase64: string }>('printQueue.preview', {})).pdfBase64));
      expect(text).toContain(day === '2026-03-03' ? 'March 3, 2026' : 'March 4, 2026');
      core?.close();
      core = null;
    }
  });

  it('prints Korean and Hebrew names with embedded fonts, and warns by name about letters no font can print', async () => {
    const { call } = open();
    const { interviewId } = await interviewWithThree(call);
    for (const fullName of ['김민준', 'דוד כהן', 'முருகன் செல்வம்']) {
      await call('participants.add', { interviewId, person: { fullName, title: '', company: 'Acme Corp', address: PEOPLE[0]!.address } });
    }
    await call('printQueue.addForInterview', { interviewId, letters: false, envelopes: true });
    const items = await call<PrintQueueItem[]>('printQueue.list', {});
    const preview = await call<{ pdfBase64: string; warnings: Array<{ id: string; message: string }> }>('printQueue.preview', {});
    const file = decode(preview.pdfBase64);
    const text = pdfText(file).replace(/[\u202a-\u202e]/gu, '');
    expect(text).toContain('김민준');
    expect(text).toContain('דוד כהן');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.some((l) => /NotoSansKR/.test(l))).toBe(true);
    expect(fonts.some((l) => /NotoSansHebrew/.test(l))).toBe(true);
    for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/); // embedded, subset
    // Tamil is the one script here without a font: its warning alone, naming it and the person.
    const tamil = items.find((i) => i.title === 'Envelope to முருகன் செல்வம்')!;
    expect(preview.warnings).toEqual([
      { id: tamil.id, message: expect.stringContaining('Afterword cannot print the Tamil letters in the name or address of முருகன் செல்வம்') },
    ]);
  });

  it('prints the address as it is on record now, even when it changed after queueing', async () => {
    const { call } = open();
    const { interviewId, personIds } = await interviewWithThree(call);
    await call('printQueue.addForInterview', { interviewId, envelopes: true });
    await call('people.update', { id: personIds[0], address: { lines: ['1 New Road'], city: 'Palo Alto', region: 'CA', postalCode: '94301', country: 'US' } });
    const [first] = await call<PrintQueueItem[]>('printQueue.list', {});
    expect(first!.data).toMatchObject({ recipient: { fullName: 'José Martínez', address: { city: 'Palo Alto' } } });
    const preview = await call<{ pdfBase64: string }>('printQueue.preview', { ids: [first!.id] });
    const text = pdfText(decode(preview.pdfBase64));
    expect(text).toContain('1 New Road');
    expect(text).not.toContain('500 Market Street');
  });

  it('refuses bad input with a message naming the field and changes nothing', async () => {
    const { c } = open();
    const noOne = await c.dispatch('printQueue.addLetter', { body: 'Hello' });
    expect(noOne).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'personId' } });
    const sneaky = await c.dispatch('printQueue.print', { printer: '-oraw' });
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'printer' } });
    const empty = await c.dispatch('printQueue.preview', {});
    expect(empty).toMatchObject({ ok: false, error: { message: 'The print queue is empty.' } });
    const badStart = await c.dispatch('printQueue.update', { id: '00000000-0000-4000-8000-000000000000', startAt: 0 });
    expect(badStart).toMatchObject({ ok: false, error: { field: 'startAt' } });
    expect(
      ((await c.dispatch('printQueue.list', {})) as Result<unknown[]>).ok && ((await c.dispatch('printQueue.list', {})) as { value: unknown[] }).value,
    ).toEqual([]);
  });

  it('saves offsets per printer', async () => {
    const { call } = open();
    expect(await call('printers.getOffset', { printer: 'Office' })).toEqual({ printer: 'Office', xMm: 0, yMm: 0 });
    await call('printers.setOffset', { printer: 'Office', xMm: 1.5, yMm: -0.5 });
    expect(await call('printers.getOffset', { printer: 'Office' })).toEqual({ printer: 'Office', xMm: 1.5, yMm: -0.5 });
    expect(await call('printers.getOffset', { printer: 'Home' })).toEqual({ printer: 'Home', xMm: 0, yMm: 0 });
  });
});

type Call = ReturnType<typeof open>['call'];

/**
 * Prints, then follows the jobs (as the print queue page does) until none is still printing.
 * The core also follows them by itself, so what printed is read from the queue at the end.
 */
async function printAndWait(call: Call, input: Record<string, unknown>, timeoutMs = 120_000): Promise<PrintOutcome> {
  const first = await call<PrintOutcome>('printQueue.print', input);
  const sent = [...first.printed, ...first.printing];
  const failed = [...first.failed];
  let printing = first.printing;
  let problem = first.problem;
  const deadline = Date.now() + timeoutMs;
  while (printing.length > 0) {
    if (Date.now() > deadline) throw new Error(`${printing.length} jobs still printing after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
    const next = await call<PrintOutcome>('printQueue.checkJobs', {});
    failed.push(...next.failed);
    printing = next.printing;
    problem ??= next.problem;
  }
  const items = await call<PrintQueueItem[]>('printQueue.list', {});
  const printed = sent.filter((id) => items.find((i) => i.id === id)?.status === 'printed');
  return { printed, printing, failed, notSent: first.notSent, problem };
}

/** The job ids the queue's items were printed as, in queue order. */
async function jobIdsOf(call: Call, ids: string[]): Promise<string[]> {
  const items = await call<PrintQueueItem[]>('printQueue.list', {});
  return ids.map((id) => items.find((i) => i.id === id)?.job?.id ?? 'none');
}

describe('printing through CUPS', () => {
  let scheduler = 0;
  beforeAll(() => {
    scheduler = ensureCupsPdfQueue();
  });
  afterEach((context) => expectSchedulerAlive(scheduler, context.task.name));

  it('lists the cups-pdf printer', async () => {
    const { call } = open();
    const list = await call<{ printers: Array<{ name: string }> }>('printers.list', {});
    expect(list.printers.map((p) => p.name)).toContain(PDF_QUEUE);
  });

  it('prints an envelope at envelope size and a letter at Letter size, then marks them printed', async () => {
    const { call } = open();
    const { personIds } = await interviewWithThree(call);
    await call('printQueue.addLetter', { personId: personIds[0], date: '2026-03-04', body: 'Thank you for your time.' });
    const result = await printAndWait(call, { printer: PDF_QUEUE });
    expect(result.failed).toEqual([]);
    expect(result.printed).toHaveLength(2);
    const jobs = await jobFilesFor(await jobIdsOf(call, result.printed));
    // Short side and long side of each job's page; cups-pdf rounds to whole points.
    const sides = jobs.map((f) => pdfInfo(f).sizes[0]!).map((s) => [Math.min(s.width, s.height), Math.max(s.width, s.height)] as const);
    const envelopeJobs = sides.filter(([short, long]) => Math.abs(short - 297) <= 1.5 && Math.abs(long - 684) <= 1.5);
    const letterJobs = sides.filter(([short, long]) => Math.abs(short - 612) <= 1.5 && Math.abs(long - 792) <= 1.5);
    expect({ envelopes: envelopeJobs.length, letters: letterJobs.length }).toEqual({ envelopes: 1, letters: 1 });
    const items = await call<PrintQueueItem[]>('printQueue.list', {});
    expect(items.every((i) => i.status === 'printed' && i.printedAt !== null)).toBe(true);
  }, 60_000);

  it('prints an A7 envelope (a custom size for CUPS) at its size', async () => {
    const { call } = open();
    const { interviewId, personIds } = await interviewWithThree(call);
    await call('settings.update', { envelope: 'a7' });
    await call('printQueue.addForInterview', { interviewId, personIds: [personIds[0]], letters: false });
    const result = await printAndWait(call, { printer: PDF_QUEUE });
    expect(result.printed).toHaveLength(1);
    const [job] = await jobFilesFor(await jobIdsOf(call, result.printed));
    const size = pdfInfo(job!).sizes[0]!;
    expect([Math.round(Math.min(size.width, size.height)), Math.round(Math.max(size.width, size.height))]).toEqual([378, 522]);
  }, 60_000);

  it('prints an envelope for someone without a postal address only when told to', async () => {
    const { call, c } = open();
    const { interviewId } = await interviewWithThree(call);
    await call('participants.add', { interviewId, person: { fullName: 'Ana Lima', title: '', company: 'Acme Corp', address: null } });
    await call('printQueue.addForInterview', { interviewId, letters: false });
    const refused = await c.dispatch('printQueue.print', { printer: PDF_QUEUE });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        field: 'allowMissingAddresses',
        message: expect.stringMatching(/^No postal address yet for Ana Lima: their envelope or label would print blank/),
      },
    });
    const items = await call<PrintQueueItem[]>('printQueue.list', {});
    expect(items.every((i) => i.status === 'queued' && i.job === null)).toBe(true);
    const printed = await printAndWait(call, { printer: PDF_QUEUE, allowMissingAddresses: true });
    expect(printed.printed).toHaveLength(4);
    await jobFilesFor(await jobIdsOf(call, printed.printed));
  }, 60_000);

  it('previews and prints the calibration page with the saved offset', async () => {
    const { call } = open();
    await call('printers.setOffset', { printer: PDF_QUEUE, xMm: 1.2, yMm: -0.8 });
    const preview = await call<{ pdfBase64: string }>('printers.calibrationPreview', { printer: PDF_QUEUE, sheet: 'avery-5160' });
    const file = decode(preview.pdfBase64);
    expect(pdfInfo(file).sizes[0]).toEqual({ width: 612, height: 792 });
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain('Calibration page for PDF · Avery 5160');
    expect(text).toContain('Offset now: 1.2 mm right, -0.8 mm down.');
    const before = pdfsIn(cupsPdfOutputDir());
    expect(await call('printers.printCalibration', { printer: PDF_QUEUE, sheet: 'avery-l7160' })).toEqual({ printed: true });
    const [job] = await waitForNewPdfs(cupsPdfOutputDir(), before, 1, 30_000, /calibration_page/);
    const size = pdfInfo(job!).sizes[0]!;
    expect([Math.round(size.width), Math.round(size.height)]).toEqual([595, 842]);
  }, 60_000);

  it('keeps an item queued and shows why when the print system refuses the job', async () => {
    const { call } = open();
    const { personIds } = await interviewWithThree(call);
    await call('printQueue.addLetter', { personId: personIds[1], body: 'Thank you.', withEnvelope: false });
    const result = await call<PrintOutcome>('printQueue.print', { printer: 'No-Such-Printer' });
    expect(result.printed).toEqual([]);
    expect(result.failed[0]!.message).toMatch(/No-Such-Printer/);
    const [item] = await call<PrintQueueItem[]>('printQueue.list', {});
    expect(item).toMatchObject({ status: 'queued', printedAt: null });
    expect(item!.lastError).toMatch(/No-Such-Printer/);
  });

  // Titles with spaces in eight scripts: CUPS 2.4.2 crashed on a spool file named after one.
  const NAMES = ['José Martínez', 'Ελένη Παπαδοπούλου', 'Дмитрий Иванов', '王伟 李', '김민준 박', 'محمد علي', 'דוד כהן', 'राहुल शर्मा'];

  it('prints 20 items for people named in eight scripts, each job at its paper size, with the scheduler alive after each', async () => {
    const { call } = open();
    const opp = await call<{ id: string }>('opportunities.create', { company: 'Acme Corp', role: 'Platform Engineer' });
    const interview = await call<{ id: string }>('interviews.create', { opportunityId: opp.id, date: '2026-03-03' });
    const personIds: string[] = [];
    for (const fullName of NAMES) {
      const p = await call<{ person: { id: string } }>('participants.add', { interviewId: interview.id, person: { ...PEOPLE[0]!, fullName } });
      personIds.push(p.person.id);
    }
    // 9 letters with an envelope each and 2 sheets of labels: 20 items.
    for (const personId of personIds)
      await call('printQueue.addLetter', { personId, interviewId: interview.id, date: '2026-03-04', body: 'Thank you for your time.' });
    await call('printQueue.addForInterview', { interviewId: interview.id, personIds: personIds.slice(0, 4), letters: false, envelopes: false, labels: true });
    await call('printQueue.addForInterview', { interviewId: interview.id, personIds: personIds.slice(4), letters: false, envelopes: false, labels: true });
    await call('printQueue.addLetter', { recipient: { ...PEOPLE[1]!, fullName: 'Zoë Ångström' }, date: '2026-03-04', body: 'Thank you.' });
    const items = await call<PrintQueueItem[]>('printQueue.list', {});
    const all = items.map((i) => i.id);
    expect(all).toHaveLength(20);
    // Every one of the eight scripts has a font now: nothing to warn about.
    expect((await call<{ warnings: unknown[] }>('printQueue.preview', {})).warnings).toEqual([]);
    const printed: string[] = [];
    for (const id of all) {
      const result = await printAndWait(call, { printer: PDF_QUEUE, ids: [id] });
      expect(result).toMatchObject({ printed: [id], failed: [], notSent: [], problem: null });
      expectSchedulerAlive(scheduler, `printing "${items.find((i) => i.id === id)!.title}"`);
      await jobFilesFor(await jobIdsOf(call, [id]));
      printed.push(id);
    }
    const files = await jobFilesFor(await jobIdsOf(call, printed));
    const sizes = files
      .map((f) => pdfInfo(f).sizes[0]!)
      .map((s) => [Math.round(Math.min(s.width, s.height)), Math.round(Math.max(s.width, s.height))].join('x'));
    // Letters and label sheets on Letter paper, envelopes on #10.
    expect(sizes.filter((s) => s === '612x792')).toHaveLength(11);
    expect(sizes.filter((s) => s === '297x684' || s === '296x684')).toHaveLength(9);
    expect(sizes.length).toBe(20);
    const done = await call<PrintQueueItem[]>('printQueue.list', {});
    expect(done.every((i) => i.status === 'printed' && i.job?.state === 'completed')).toBe(true);
  }, 240_000);

  it('prints a queue of 300 items in one batch, every job file out, with the scheduler alive at the end', async () => {
    const { call } = open();
    await call('settings.update', { yourName: 'Sam Rivera', returnAddress: '742 Evergreen Terrace\nSpringfield, IL 62704' });
    for (let i = 0; i < 150; i++) {
      const fullName = `${NAMES[i % NAMES.length]} ${i + 1}`;
      await call('printQueue.addLetter', { recipient: { ...PEOPLE[0]!, fullName }, date: '2026-03-04', body: `Thank you for your time, ${fullName}.` });
    }
    const result = await printAndWait(call, { printer: PDF_QUEUE }, 600_000);
    expect({ printed: result.printed.length, failed: result.failed, notSent: result.notSent, problem: result.problem }).toEqual({
      printed: 300,
      failed: [],
      notSent: [],
      problem: null,
    });
    expectSchedulerAlive(scheduler, 'printing 300 items');
    const files = await jobFilesFor(await jobIdsOf(call, result.printed));
    expect(new Set(files).size).toBe(300);
    const items = await call<PrintQueueItem[]>('printQueue.list', {});
    expect(items.filter((i) => i.status === 'printed')).toHaveLength(300);
  }, 900_000);
});
