import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { settleNameSpelling } from '../../../../../../electron/core/people/card-scan/name-spelling';
import { createOcrEngine, LINE_LANGUAGES } from '../../../../../../electron/core/people/card-scan/ocr-engine';
import { prepareCard } from '../../../../../../electron/core/people/card-scan/prepare-card-image';
import { readCard } from '../../../../../../shared/card-scan/read-card-fields';
import { cardTruth } from '../../../../helpers/business-cards/card-people';
import { renderCard } from '../../../../helpers/business-cards/card-render';
import { phonePhoto } from '../../../../helpers/business-cards/phone-photo';

const require = createRequire(__filename);
const dir = path.resolve(__dirname, '../../../../../../electron/core/people/card-scan');
const traineddata = require(path.join(dir, 'traineddata.cjs')) as { charsetOf(d: Uint8Array): string[]; withoutDictionaries(d: Uint8Array): Uint8Array };
const { languageFile } = require(path.join(dir, 'ocr-language-file.cjs')) as { languageFile(code: string): string };

const engine = createOcrEngine();
afterAll(() => engine.close());

describe('traineddata', () => {
  const data = zlib.gunzipSync(fs.readFileSync(languageFile('spa')));
  const offsets = (d: Uint8Array) => {
    const v = new DataView(d.buffer, d.byteOffset, d.byteLength);
    return Array.from({ length: v.getInt32(0, true) }, (_, i) => Number(v.getBigInt64(4 + 8 * i, true)));
  };

  it('reads the letters a model writes from its character set', () => {
    const spanish = traineddata.charsetOf(data);
    expect(spanish).toEqual(expect.arrayContaining(['ñ', 'Ñ', 'á', 'ú', '¿', 'a', 'Z', '7']));
    expect(spanish).not.toContain('ø');
    expect(spanish).not.toContain('NULL');
  });

  it('marks only the LSTM dictionaries absent, leaving the file otherwise as it was', () => {
    const before = offsets(data);
    const after = offsets(traineddata.withoutDictionaries(data));
    expect(before.slice(18, 21).every((o) => o > 0)).toBe(true);
    expect(after.slice(18, 21)).toEqual([-1, -1, -1]);
    expect([...after.slice(0, 18), ...after.slice(21)]).toEqual([...before.slice(0, 18), ...before.slice(21)]);
    expect(traineddata.charsetOf(traineddata.withoutDictionaries(data))).toEqual(traineddata.charsetOf(data));
  });
});

describe("the name's spelling", () => {
  it('reads a line once in each line language, each reading with its model’s letters', async () => {
    const prepared = await prepareCard((await renderCard(cardTruth(0))).png, 'olivia.png');
    const page = await engine.recognize(prepared.ocr);
    const { nameWords } = readCard(page, { homeCountry: 'US' });
    const box = { left: Math.min(...nameWords.map((w) => w.box.x0)) - 10, top: Math.min(...nameWords.map((w) => w.box.y0)) - 10 };
    const right = Math.max(...nameWords.map((w) => w.box.x1)) + 10;
    const bottom = Math.max(...nameWords.map((w) => w.box.y1)) + 10;
    const line = await sharp(prepared.ocr.png)
      .extract({ ...box, width: right - box.left, height: bottom - box.top })
      .png()
      .toBuffer();
    const readings = await engine.readLine(line);
    expect(readings.map((r) => r.language)).toEqual(LINE_LANGUAGES);
    const spanish = readings.find((r) => r.language === 'spa')!;
    expect(spanish.charset.has('ñ')).toBe(true);
    expect(spanish.words.map((w) => w.text).join(' ')).toBe('Olivia Núñez');
  }, 60_000);

  it.each([0, 1, 2, 8])(
    'settles the accents of card %i’s name, photographed, that the page reader dropped or changed',
    async (seed) => {
      const truth = cardTruth(seed);
      const prepared = await prepareCard((await phonePhoto((await renderCard(truth)).png, seed)).jpeg, 'card.jpg');
      const page = await engine.recognize(prepared.ocr);
      const { reading, nameWords } = readCard(page, { homeCountry: 'US' });
      // The page reader, French first, has the letters but not the accents…
      expect(reading.fullName.value).not.toBe(truth.fullName);
      const settled = await settleNameSpelling(engine, prepared.ocr, page.lines, reading, nameWords);
      // …the line readers' vote has them, and the given and family names follow.
      expect([settled.fullName.value, settled.givenName.value, settled.familyName.value]).toEqual([truth.fullName, truth.givenName, truth.familyName]);
      expect(settled.email).toEqual(reading.email);
    },
    60_000,
  );
});
