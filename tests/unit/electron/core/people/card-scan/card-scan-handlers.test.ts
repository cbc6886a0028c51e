import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { createOcrEngine, LINE_LANGUAGES, OCR_LANGUAGES } from '../../../../../../electron/core/people/card-scan/ocr-engine';
import { openCore } from '../../../../../../electron/core/core';
import { cardTruth } from '../../../../helpers/business-cards/card-people';
import { renderCard } from '../../../../helpers/business-cards/card-render';
import { phonePhoto } from '../../../../helpers/business-cards/phone-photo';
import { scriptedDialogs } from '../../../../helpers/scripted-dialogs';
import { tempDir } from '../../../../helpers/temp-dir';
import { typedCalls } from '../../../../helpers/typed-calls';

// One warm engine for the file: starting tesseract costs more than reading a card.
const engine = createOcrEngine();
afterAll(() => engine.close());

function core() {
  const { dialogs, openAnswers } = scriptedDialogs();
  const dataDir = tempDir();
  const c = openCore(dataDir, { appVersion: 'test', dialogs, openExternal: async () => {}, ocrEngine: engine, logger: { info() {}, warn() {}, error() {} } });
  const stored = () => ({
    people: (c.db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n,
    photos: (c.db.prepare('SELECT count(*) AS n FROM card_photos').get() as { n: number }).n,
  });
  return { core: c, dataDir, openAnswers, stored, ...typedCalls(c.dispatch) };
}

describe('cards: from a photo to a person with their card', () => {
  it('reads a phone photo of a card, adds the person to the interview, keeps the photo, and finds them again as already known', async () => {
    const { call, must, stored, core: c } = core();
    const truth = cardTruth(19);
    const photo = (await phonePhoto((await renderCard(truth)).png, truth.seed)).jpeg;
    const scan = await must('cards.read', { fileName: 'michael.jpg', bytes: new Uint8Array(photo) });
    expect(scan.reading.fullName.value).toBe(truth.fullName);
    expect(scan.reading.email.value).toBe(truth.email);
    expect(scan.reading.phones.map((p) => p.number).sort()).toEqual(truth.phones.map((p) => p.e164).sort());
    expect(stored()).toEqual({ people: 0, photos: 0 });

    const opportunity = await must('opportunities.create', { company: 'Nordlicht', role: 'Engineer' });
    const interview = await must('interviews.create', { opportunityId: opportunity.id, date: '2026-11-19' });
    const person = await must('cards.add', {
      scanTokens: [scan.scanToken],
      interviewId: interview.id,
      person: { fullName: scan.reading.fullName.value, company: 'Nordlicht Health BV', email: scan.reading.email.value, title: scan.reading.title.value },
    });
    expect(person.cardCollected).toBe(true);
    expect((await must('participants.list', { interviewId: interview.id })).map((p) => p.person.id)).toEqual([person.id]);
    const kept = await must('cards.photos', { personId: person.id });
    expect(kept).toHaveLength(1);
    const meta = await sharp(kept[0]!.jpeg).metadata();
    expect([meta.format, meta.width]).toEqual(['jpeg', kept[0]!.width]);
    // Cut out to the card: as wide as it is tall times a card's ratio (85 × 55 mm), give or take the slant.
    expect(kept[0]!.width / kept[0]!.height).toBeGreaterThan(1.35);
    expect(kept[0]!.width / kept[0]!.height).toBeLessThan(1.75);
    expect(kept[0]!.source).toBe('scan');
    expect(kept[0]!.reading?.email.value).toBe(truth.email);

    // The same card read again matches them, as a contact import would.
    expect(await must('cards.findMatch', { fullName: 'someone else', email: truth.email.toUpperCase() })).toMatchObject({
      personId: person.id,
      reason: 'same email',
    });
    // A reading is used once.
    expect((await call('cards.add', { scanTokens: [scan.scanToken], person: { fullName: 'X' } })).ok).toBe(false);
    c.close();
  }, 60_000);

  it('refuses what is no card photo with a message naming the file, and stores nothing', async () => {
    const { call, stored, core: c, dataDir } = core();
    const refuse = async (fileName: string, bytes: Uint8Array) => {
      const r = await call('cards.read', { fileName, bytes: new Uint8Array(bytes) });
      if (r.ok) throw new Error(`${fileName} was read`);
      return r.error.message;
    };
    expect(await refuse('notes.txt', Uint8Array.from(Buffer.from('Not a picture at all')))).toMatch(/^notes\.txt is not a picture Afterword can read/);
    expect(await refuse('huge.jpg', new Uint8Array(60 * 1024 * 1024))).toMatch(/larger than 25 MB/);
    const wide = await sharp({ create: { width: 20_000, height: 400, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    expect(await refuse('panorama.png', wide)).toMatch(/^panorama\.png is 20000 × 400 pixels; Afterword reads photos up to 12,000 pixels/);
    const gif = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#fff' } })
      .gif()
      .toBuffer();
    expect(await refuse('card.gif', gif)).toMatch(/GIF file; Afterword reads JPEG, PNG and WebP/);
    const blank = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#f4f4f0' } })
      .jpeg()
      .toBuffer();
    expect(await refuse('blank.jpg', blank)).toMatch(/^blank\.jpg looks blank/);
    const card = (await renderCard(cardTruth(3))).png;
    const blurred = await sharp(card).blur(14).jpeg().toBuffer();
    expect(await refuse('shaky.jpg', blurred)).toMatch(/^shaky\.jpg is too blurred to read/);
    // A photo of something else: shapes and colours, no text.
    const shapes = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><rect width="1600" height="1000" fill="#4a6b52"/><circle cx="500" cy="500" r="300" fill="#e0b84f"/><rect x="900" y="200" width="500" height="600" fill="#1b2a3a"/></svg>`,
    );
    expect(await refuse('garden.png', await sharp(shapes).png().toBuffer())).toMatch(/^garden\.png does not look like a business card/);
    expect(stored()).toEqual({ people: 0, photos: 0 });
    // Nothing was written beside the database either (no cached language data).
    expect(fs.readdirSync(dataDir).filter((f) => !f.startsWith('afterword.'))).toEqual([]);
    c.close();
  }, 90_000);

  it('combines both sides into one person with two photos, and asks first when someone known has the same email', async () => {
    const { call, must, stored, core: c } = core();
    const truth = cardTruth(37);
    const known = await must('people.create', { fullName: 'U. Schäfer', email: truth.email });
    const front = await must('cards.read', { fileName: 'front.png', bytes: new Uint8Array((await renderCard(truth)).png) });
    const back = await must('cards.read', { fileName: 'back.png', bytes: new Uint8Array((await renderCard(cardTruth(7))).png) });
    const input = { scanTokens: [front.scanToken, back.scanToken], person: { fullName: front.reading.fullName.value, email: front.reading.email.value } };
    const asked = await call('cards.add', input);
    expect(asked).toEqual({
      ok: false,
      error: {
        code: 'needs-confirmation',
        field: 'addAsNew',
        message: 'U. Schäfer is already in People (same email). Add this card to them, or add a new person anyway.',
      },
    });
    expect(stored()).toEqual({ people: 1, photos: 0 });
    const person = await must('cards.add', { ...input, addAsNew: true });
    expect(person.id).not.toBe(known.id);
    expect((await must('cards.photos', { personId: person.id })).map((p) => p.side).sort()).toEqual(['back', 'front']);
    expect(stored()).toEqual({ people: 2, photos: 2 });
    c.close();
  }, 60_000);
});

describe('packaging', () => {
  it('unpacks from the asar archive every package the OCR worker thread loads', () => {
    const root = path.resolve(__dirname, '../../../../../..');
    const yml = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    const unpacked = [...yml.matchAll(/^\s+- (node_modules\/\S+?)\/\*\*\/\*$/gmu)].map((m) => m[1]!);
    // The worker requires tesseract.js's worker script, which requires these (and they nothing further at run time).
    const seen = new Set<string>();
    const walk = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      const pkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      for (const dep of Object.keys(pkg.dependencies ?? {})) walk(dep);
    };
    walk('tesseract.js');
    const languages = [...new Set([...OCR_LANGUAGES, ...LINE_LANGUAGES, 'osd'])];
    for (const code of languages) seen.add(`@tesseract.js-data/${code}`);
    // Loaded only by the main-thread side of tesseract.js (in the asar), never by the worker.
    for (const mainOnly of ['node-fetch', 'whatwg-url', 'tr46', 'webidl-conversions', 'idb-keyval', 'opencollective-postinstall']) seen.delete(mainOnly);
    const missing = [...seen].filter(
      (name) => !unpacked.some((u) => name === u.replace(/^node_modules\//u, '') || name.startsWith(`${u.replace(/^node_modules\//u, '')}/`)),
    );
    expect(missing).toEqual([]);
    // The workers and the files they require, copied beside the main process by the build.
    expect(yml).toMatch(/- out\/main\/\*\.cjs/u);
    // Every language read is a dependency, and only the model read of each is packed.
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(languages.filter((code) => !pkg.dependencies[`@tesseract.js-data/${code}`])).toEqual([]);
    const legacyLeftOut = /'!node_modules\/@tesseract\.js-data\/\{([a-z,]+)\}\/4\.0\.0\/\*\*'/u.exec(yml)?.[1]?.split(',') ?? [];
    expect(languages.filter((code) => code !== 'osd' && !legacyLeftOut.includes(code))).toEqual([]);
    expect(yml).toMatch(/- node_modules\/sharp\/\*\*\/\*/u);
  });
});
