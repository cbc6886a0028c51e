import sharp from 'sharp';
import type { CardReading, OcrLine, OcrWord } from '../../../../shared/card-scan/card-reading';
import { withFullName } from '../../../../shared/card-scan/read-card-fields';
import { voteLine } from '../../../../shared/card-scan/spelling-vote';
import type { OcrEngine } from './ocr-engine';
import type { LineReading } from './ocr-thread';

/**
 * The name read again, line by itself, by each of the line languages, and its spelling
 * settled by their vote: the page reader, reading French, German and English together,
 * keeps the first language's letters ("Jôrg", "Nunez"), and a name is the one field where
 * every accent must be right.
 */
export async function settleNameSpelling(
  engine: OcrEngine,
  image: { png: Buffer; width: number; height: number },
  lines: readonly OcrLine[],
  reading: CardReading,
  nameWords: readonly OcrWord[],
): Promise<CardReading> {
  if (nameWords.length === 0) return reading;
  const box = {
    x0: Math.min(...nameWords.map((w) => w.box.x0)),
    y0: Math.min(...nameWords.map((w) => w.box.y0)),
    x1: Math.max(...nameWords.map((w) => w.box.x1)),
    y1: Math.max(...nameWords.map((w) => w.box.y1)),
  };
  // The words' boxes hold their accents and descenders already; a little margin, and none of
  // the lines above or below, which a reader told to read one line would try to read too.
  const h = box.y1 - box.y0;
  const beside = lines.filter((l) => l.box.x1 > box.x0 && l.box.x0 < box.x1 && !nameWords.some((w) => l.words.includes(w)));
  const above = Math.max(0, ...beside.filter((l) => l.box.y1 <= box.y0 + h / 4).map((l) => l.box.y1 + 1));
  const below = Math.min(image.height, ...beside.filter((l) => l.box.y0 >= box.y1 - h / 4).map((l) => l.box.y0 - 1));
  const left = Math.max(0, Math.round(box.x0 - h / 2));
  const top = Math.round(Math.max(above, box.y0 - h / 4));
  const width = Math.min(image.width, Math.round(box.x1 + h / 2)) - left;
  const height = Math.round(Math.min(below, box.y1 + h / 4)) - top;
  if (width < 8 || height < 8) return reading;
  const line = await sharp(image.png).extract({ left, top, width, height }).png({ compressionLevel: 1 }).toBuffer();
  let lineReadings: LineReading[];
  try {
    lineReadings = await engine.readLine(line);
  } catch {
    // The line readers only improve a spelling: without them the page reader's stands.
    return reading;
  }
  const readings = lineReadings.map((r) => ({
    charset: r.charset,
    words: r.words.map((w) => ({ ...w, box: { x0: w.box.x0 + left, y0: w.box.y0 + top, x1: w.box.x1 + left, y1: w.box.y1 + top } })),
  }));
  const vote = voteLine(nameWords, readings);
  if (vote.text === reading.fullName.value) return reading;
  // A spelling the readings disagree on is worth the user's look: certainty falls with agreement.
  return withFullName(reading, { value: vote.text, certainty: reading.fullName.certainty * (0.5 + 0.5 * vote.agreement) });
}
