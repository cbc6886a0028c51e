import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Api } from '../../shared/api/contract';
import { ensureCupsPdfQueue, expectSchedulerAlive, jobFilesFor, PDF_QUEUE, removePrintedJobs } from '../unit/helpers/cups';
import { launchApp, type AppHandle } from './harness';
import { createOpportunityWithInterview, firstInterviewId } from './steps';

// The tests here share one real printer queue and count the job files it writes, so they
// run one after another rather than in parallel workers.
test.describe.configure({ mode: 'default' });

let app: AppHandle | null = null;

/** The print service's job ids of the printed items: their job files are told apart by id. */
async function printedJobIds(handle: AppHandle | null): Promise<string[]> {
  return handle!.page.evaluate(async () => {
    const r = await (globalThis as unknown as { api: Api }).api['printQueue.list']({});
    if (!r.ok) throw new Error(r.error.message);
    return r.value.filter((i) => i.status === 'printed').map((i) => i.job?.id ?? 'none');
  });
}
/** Sam's return address, one interview at Acme, and these people in it, through the API the pages use. */
async function interviewWith(
  handle: AppHandle,
  people: Array<{ fullName: string; address: { lines: string[]; city: string; region: string; postalCode: string; country: string } | null }>,
): Promise<string> {
  return handle.page.evaluate(async (people) => {
    const api = (globalThis as unknown as { api: Api }).api;
    await api['settings.update']({ yourName: 'Sam Rivera', returnAddress: '742 Evergreen Terrace\nSpringfield, IL 62704', paper: 'letter', envelope: 'no10' });
    const opp = await api['opportunities.create']({ company: 'Acme Corp', role: 'Platform Engineer' });
    if (!opp.ok) throw new Error(opp.error.message);
    const interview = await api['interviews.create']({ opportunityId: opp.value.id, date: '2026-11-23' });
    if (!interview.ok) throw new Error(interview.error.message);
    for (const p of people) {
      const added = await api['participants.add']({ interviewId: interview.value.id, person: { ...p, title: '', company: 'Acme Corp' } });
      if (!added.ok) throw new Error(added.error.message);
    }
    return interview.value.id;
  }, people);
}

test.afterEach(async () => {
  await app?.close();
  app = null;
  removePrintedJobs();
});

const interviewers = [
  {
    fullName: 'José Martínez',
    title: 'Engineering Manager',
    address: { lines: ['500 Market Street'], city: 'San Francisco', region: 'CA', postalCode: '94105', country: 'US' },
  },
  {
    fullName: 'Zoë Ångström',
    title: 'Head of Design',
    address: { lines: ['12 Pine Avenue'], city: 'Oakland', region: 'CA', postalCode: '94607', country: 'US' },
  },
  { fullName: 'Дмитрий Иванов', title: 'Team Lead', address: { lines: ['9 Elm Street'], city: 'Berkeley', region: 'CA', postalCode: '94704', country: 'US' } },
];

test('the letters marked ready for three interviewers, with envelopes, preview and export as one PDF', async () => {
  app = await launchApp();
  const { page } = app;

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByLabel('Return address').fill('742 Evergreen Terrace\nSpringfield, IL 62704');
  await page.getByLabel('Paper', { exact: true }).selectOption('letter');
  await page.getByLabel('Envelope', { exact: true }).selectOption('no10');
  await expect(page.getByText('All changes saved')).toBeVisible();

  await createOpportunityWithInterview(page, { company: 'Acme Corp', role: 'Platform Engineer', date: '2026-11-23' });
  const interviewId = await firstInterviewId(page);

  // The interviewers and their letters through the same API the interviewers page and note studio use.
  await page.evaluate(
    async ({ people, interviewId }) => {
      const api = (globalThis as unknown as { api: Api }).api;
      for (const p of people) {
        const added = await api['participants.add']({ interviewId, person: { ...p, company: 'Acme Corp' } });
        if (!added.ok) throw new Error(added.error.message);
        const body = `Dear ${p.fullName},\n\nThank you for the conversation about ${p.title.toLowerCase()} work at Acme.\n\nI remain interested in the role.\n\nSincerely,\nSam Rivera`;
        const note = await api['notes.save']({ interviewId, personId: added.value.person.id, kind: 'letter', body });
        if (!note.ok) throw new Error(note.error.message);
        const ready = await api['notes.setStatus']({ id: note.value.id, status: 'ready' });
        if (!ready.ok) throw new Error(ready.error.message);
      }
    },
    { people: interviewers, interviewId },
  );

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Print queue' }).click();
  await expect(page.getByRole('heading', { name: 'Print queue' })).toBeVisible();
  await page.getByLabel('Letters marked ready').check();
  await page.getByLabel('Envelope for each').check();
  await page.getByRole('button', { name: 'Add to print queue' }).click();
  await expect(page.getByRole('status')).toHaveText('Added 6 items to the print queue.');

  const waiting = page.locator('.queue-items').first().getByRole('listitem');
  await expect(waiting).toHaveCount(6);
  for (const p of interviewers) {
    await expect(page.getByText(`Letter to ${p.fullName}`)).toBeVisible();
    await expect(page.getByText(`Envelope to ${p.fullName}`)).toBeVisible();
  }

  // Every page is drawn in the window.
  const preview = page.getByRole('region', { name: 'Preview of the print queue' });
  await expect(preview.getByRole('img', { name: /^Page \d of 6$/ })).toHaveCount(6);
  await expect(preview.getByText('6 pages')).toBeVisible();
  const firstPage = await preview.getByRole('img', { name: 'Page 1 of 6' }).boundingBox();
  expect(firstPage!.height / firstPage!.width).toBeCloseTo(11 / 8.5, 1);
  // Pages are drawn as they scroll into view: the first at once, the last only when reached.
  await expect(preview.getByRole('img', { name: 'Page 1 of 6' })).toHaveAttribute('data-drawn', 'true');
  const last = preview.getByRole('img', { name: 'Page 6 of 6' });
  await expect(last).not.toHaveAttribute('data-drawn', 'true');
  await last.scrollIntoViewIfNeeded();
  await expect(last).toHaveAttribute('data-drawn', 'true');
  // The canvas really has ink on it, not just a blank sheet.
  const inked = await preview.getByRole('img', { name: 'Page 1 of 6' }).evaluate((canvas) => {
    // Typed by hand: the test runs under Node's types, the callback in the page.
    const c = canvas as unknown as {
      width: number;
      height: number;
      getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
    };
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(500);

  const out = path.join(app.dataDir, 'thank-you letters.pdf');
  app.answerNextSaveDialog(out);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('status')).toHaveText(`Saved ${out}`);

  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '99', out], { encoding: 'utf8' });
  expect(info).toMatch(/^Pages:\s+6$/m);
  const sizes = [...info.matchAll(/size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
  expect(sizes.filter((s) => s === '612x792')).toHaveLength(3);
  expect(sizes.filter((s) => s === '684x297')).toHaveLength(3);
  const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
  for (const p of interviewers) {
    // Inside address, salutation and envelope: three times each, in its own script.
    expect(text.split(p.fullName).length - 1).toBe(3);
  }
  expect(text.match(/Sincerely,/g)).toHaveLength(3);
});

test('envelopes and a label sheet from label 4, for two of three interviewers, print on the chosen printer and move to Printed', async () => {
  test.setTimeout(150_000);
  const scheduler = ensureCupsPdfQueue();
  app = await launchApp();
  const { page } = app;
  await page.evaluate(async (people) => {
    const api = (globalThis as unknown as { api: Api }).api;
    const settings = await api['settings.update']({
      yourName: 'Sam Rivera',
      returnAddress: '742 Evergreen Terrace\nSpringfield, IL 62704',
      paper: 'letter',
      envelope: 'no10',
      labelSheet: 'avery-5160',
    });
    if (!settings.ok) throw new Error(settings.error.message);
    const opp = await api['opportunities.create']({ company: 'Acme Corp', role: 'Platform Engineer' });
    if (!opp.ok) throw new Error(opp.error.message);
    const interview = await api['interviews.create']({ opportunityId: opp.value.id, date: '2026-11-23' });
    if (!interview.ok) throw new Error(interview.error.message);
    for (const p of people) {
      const added = await api['participants.add']({ interviewId: interview.value.id, person: { ...p, company: 'Acme Corp' } });
      if (!added.ok) throw new Error(added.error.message);
    }
  }, interviewers);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Print queue' }).click();
  await page.getByLabel('Letters marked ready').uncheck();
  await page.getByLabel('Labels').check();
  // Everyone but Дмитрий, who will get his letter another day.
  await page.getByRole('group', { name: 'For' }).getByLabel('Дмитрий Иванов').uncheck();
  await page.getByRole('button', { name: 'Add to print queue' }).click();
  await expect(page.getByRole('status')).toHaveText('Added 3 items to the print queue.');
  // Adding again doubles nothing and says why.
  await page.getByRole('button', { name: 'Add to print queue' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Nothing added. Already waiting to print, so not added again: Envelope to José Martínez, Envelope to Zoë Ångström, Label for José Martínez, Label for Zoë Ångström.',
  );
  // "Start at label" can be cleared and retyped; past the sheet's 30 labels it says so.
  const startAt = page.getByLabel('Start at label');
  await expect(startAt).toHaveAttribute('max', '30');
  await startAt.fill('');
  await startAt.pressSequentially('31');
  await startAt.press('Enter');
  await expect(page.getByText('Start at label must be a whole number from 1 to 30.')).toBeVisible();
  await startAt.fill('4');
  await startAt.press('Enter');
  await expect(page.getByText('Start at label must be a whole number from 1 to 30.')).toHaveCount(0);
  const preview = page.getByRole('region', { name: 'Preview of the print queue' });
  await expect(preview.getByRole('img')).toHaveCount(3);

  await page.getByLabel('Printer', { exact: true }).selectOption(PDF_QUEUE);
  // The calibration page can be looked at before it is printed.
  await page.getByText(`Printer calibration for ${PDF_QUEUE}`).click();
  await page.getByRole('button', { name: 'Show calibration page' }).click();
  await expect(page.getByRole('region', { name: 'Preview of the calibration page' }).getByRole('img', { name: 'Page 1 of 1' })).toHaveAttribute(
    'data-drawn',
    'true',
  );
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  // Printed once the print service says so; jobs still going show under Printing until then.
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^(Printed 3 items on ${PDF_QUEUE}\\.|Sent 3 items to ${PDF_QUEUE}: .*still printing\\. .*)$`));
  await expect(page.getByText('Nothing is waiting.')).toBeVisible();
  const printed = page.getByRole('region', { name: 'Printed' });
  // The print service may have other jobs before these: give it time.
  await expect(printed.getByRole('listitem')).toHaveCount(3, { timeout: 60_000 });
  await expect(printed).toContainText('Labels for José Martínez, Zoë Ångström');
  await expect(printed).not.toContainText('Дмитрий');

  const jobs = await jobFilesFor(await printedJobIds(app));
  expect(jobs).toHaveLength(3);
  expectSchedulerAlive(scheduler, 'printing from the print queue');
  const sides = jobs.map((f) => {
    const m = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [f], { encoding: 'utf8' }))!;
    return [Number(m[1]), Number(m[2])]
      .map(Math.round)
      .sort((a, b) => a - b)
      .join('x');
  });
  expect(sides.filter((s) => s === '612x792')).toHaveLength(1);
  expect(sides.filter((s) => /^29[67]x684$/.test(s))).toHaveLength(2);
});

test('Settings saves each changed field alone and shows a refused one beside its field', async () => {
  app = await launchApp();
  const { page } = app;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Language for dates').fill('not a language!!');
  await page.getByLabel('Your name').fill('Sam Rivera');
  await expect(page.getByText('Not saved: one field, see the message beside it.')).toBeVisible();
  await expect(page.getByText(/^Language for dates must be a language tag/)).toBeVisible();
  const saved = await page.evaluate(async () => {
    const r = await (globalThis as unknown as { api: Api }).api['settings.get']({});
    return r.ok ? r.value.yourName : null;
  });
  expect(saved).toBe('Sam Rivera');
  await page.getByLabel('Language for dates').fill('de-DE');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await expect(page.getByText(/^Language for dates must be a language tag/)).toHaveCount(0);
});

test('asks before printing an envelope with no address, prints a Hebrew name, and names who has letters no font can print', async () => {
  test.setTimeout(150_000);
  const scheduler = ensureCupsPdfQueue();
  app = await launchApp();
  const { page } = app;
  // Tamil still has no font in the app: the one warning to expect.
  await interviewWith(app, [
    { fullName: 'דוד כהן', address: null },
    { fullName: 'முருகன் செல்வம்', address: { lines: ['12 Anna Salai'], city: 'Chennai', region: '', postalCode: '600002', country: 'IN' } },
  ]);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Print queue' }).click();
  await page.getByRole('button', { name: 'Add to print queue' }).click();
  await expect(page.getByRole('status')).toHaveText('Added 2 items to the print queue.');
  await expect(page.getByText(/^Afterword cannot print the Tamil letters in the name or address of முருகன் செல்வம்/)).toBeVisible();
  // Hebrew has a font now: no warning about it, and the exported PDF reads the name back as written.
  await expect(page.getByText(/^Afterword cannot print/)).toHaveCount(1);
  const out = path.join(app.dataDir, 'envelopes.pdf');
  app.answerNextSaveDialog(out);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('status')).toHaveText(`Saved ${out}`);
  expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e]/gu, '')).toContain('דוד כהן');

  await page.getByLabel('Printer', { exact: true }).selectOption(PDF_QUEUE);
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Print without addresses?' });
  await expect(dialog).toContainText('No postal address yet for דוד כהן. Their envelope or label would print blank.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  // Nothing was sent: the items have no job.
  const unsent = await page.evaluate(async () => {
    const r = await (globalThis as unknown as { api: Api }).api['printQueue.list']({});
    return r.ok ? r.value.map((i) => [i.status, i.job]) : null;
  });
  expect(unsent).toEqual([
    ['queued', null],
    ['queued', null],
  ]);

  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await page.getByRole('dialog', { name: 'Print without addresses?' }).getByRole('button', { name: 'Print anyway' }).click();
  await expect(page.getByRole('status')).toHaveText(
    new RegExp(`^(Printed 2 items on ${PDF_QUEUE}\\.|Sent 2 items to ${PDF_QUEUE}: (\\d printed, )?\\d still printing\\. .*)$`),
  );
  await expect(page.getByRole('region', { name: 'Printed' }).getByRole('listitem')).toHaveCount(2, { timeout: 60_000 });
  expect(await jobFilesFor(await printedJobIds(app))).toHaveLength(2);
  expectSchedulerAlive(scheduler, 'printing an envelope with no address');
});

/** Which cells of a grid over a grey page have ink (anti-aliased edges count): the same measure for both renderers. */
function inkCells(width: number, height: number, gray: (x: number, y: number) => number, cell = 6): Set<string> {
  const inked = new Set<string>();
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (gray(x, y) < 192) inked.add(`${Math.floor(x / cell)},${Math.floor(y / cell)}`);
  return inked;
}

/** The share of one set's inked cells that the other inks too, or next to them (renderers smooth edges apart). */
function covered(a: Set<string>, b: Set<string>): number {
  let near = 0;
  for (const key of a) {
    const [x, y] = key.split(',').map(Number) as [number, number];
    if ([-1, 0, 1].some((dx) => [-1, 0, 1].some((dy) => b.has(`${x + dx},${y + dy}`)))) near++;
  }
  return near / a.size;
}

test('the preview draws names and addresses in every script as the PDF does: pdf.js and poppler ink the same places', async () => {
  test.setTimeout(120_000);
  app = await launchApp();
  const { page } = app;
  const people = [
    { fullName: 'محمد علي', address: { lines: ['شارع التحرير 12'], city: 'القاهرة', region: '', postalCode: '11511', country: 'EG' } },
    { fullName: 'דוד כהן', address: { lines: ['רחוב הרצל 12'], city: 'תל אביב', region: '', postalCode: '6578901', country: 'IL' } },
    { fullName: 'राहुल शर्मा', address: { lines: ['12 महात्मा गांधी मार्ग'], city: 'नई दिल्ली', region: '', postalCode: '110001', country: 'IN' } },
    { fullName: 'สมชาย ใจดี', address: { lines: ['123 ถนนสุขุมวิท'], city: 'กรุงเทพมหานคร', region: '', postalCode: '10110', country: 'TH' } },
    { fullName: '陳大文', address: { lines: ['忠孝東路四段100號'], city: '台北市', region: '', postalCode: '106', country: 'TW' } },
    { fullName: '山田さくら', address: { lines: ['六本木1-2-3'], city: '港区', region: '東京都', postalCode: '106-0032', country: 'JP' } },
    { fullName: '김민준', address: { lines: ['세종대로 110'], city: '중구', region: '서울', postalCode: '04524', country: 'KR' } },
  ];
  const interviewId = await interviewWith(app, people);
  await page.evaluate(async (interviewId) => {
    const queued = await (globalThis as unknown as { api: Api }).api['printQueue.addForInterview']({ interviewId, letters: false, envelopes: true });
    if (!queued.ok) throw new Error(queued.error.message);
  }, interviewId);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Print queue' }).click();
  const preview = page.getByRole('region', { name: 'Preview of the print queue' });
  await expect(preview.getByRole('img', { name: /^Page \d of 7$/ })).toHaveCount(7);
  await expect(page.getByText(/^Afterword cannot print/)).toHaveCount(0);

  const out = path.join(app.dataDir, 'every script.pdf');
  app.answerNextSaveDialog(out);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('status')).toHaveText(`Saved ${out}`);

  for (let n = 1; n <= people.length; n++) {
    const canvas = preview.getByRole('img', { name: `Page ${n} of 7` });
    await canvas.scrollIntoViewIfNeeded();
    await expect(canvas).toHaveAttribute('data-drawn', 'true');
    // The canvas's red channel (the page is drawn in black on white), base64: one byte a pixel.
    const drawn = await canvas.evaluate((element) => {
      const c = element as unknown as {
        width: number;
        height: number;
        getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
      };
      const rgba = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let bytes = '';
      for (let i = 0; i < rgba.length; i += 4) bytes += String.fromCharCode(rgba[i]!);
      return { width: c.width, height: c.height, gray: btoa(bytes) };
    });
    const canvasGray = Buffer.from(drawn.gray, 'base64');
    const pgm = execFileSync(
      'pdftoppm',
      ['-gray', '-f', String(n), '-l', String(n), '-scale-to-x', String(drawn.width), '-scale-to-y', String(drawn.height), out],
      { encoding: 'latin1' },
    );
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm)!;
    const pixels = Buffer.from(pgm.slice(header[0].length), 'latin1');
    const byPdfjs = inkCells(drawn.width, drawn.height, (x, y) => canvasGray[y * drawn.width + x]!);
    const byPoppler = inkCells(Number(header[1]), Number(header[2]), (x, y) => pixels[y * Number(header[1]) + x]!);
    // A line drawn by one and not the other, or drawn as empty boxes, would leave its cells apart.
    expect(covered(byPdfjs, byPoppler), `page ${n}: ${people[n - 1]!.fullName}, pdf.js ink that poppler has`).toBeGreaterThan(0.99);
    expect(covered(byPoppler, byPdfjs), `page ${n}: ${people[n - 1]!.fullName}, poppler ink that pdf.js has`).toBeGreaterThan(0.99);
    expect(byPdfjs.size).toBeGreaterThan(150);
  }
});
