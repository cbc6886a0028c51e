import type { CardReading } from '../../../../shared/card-scan/card-reading';
import { readCard } from '../../../../shared/card-scan/read-card-fields';
import type { OcrEngine } from './ocr-engine';
import { settleNameSpelling } from './name-spelling';
import { CardImageError, prepareCard, type PreparedCard } from './prepare-card-image';

export interface ScannedCard {
  prepared: PreparedCard;
  reading: CardReading;
}

/** How much of a card a reading found: a name, an email, a phone number, a company. */
function found(r: CardReading): number {
  return [r.fullName.value, r.email.value, r.phones[0]?.number ?? '', r.company.value].filter((v) => v !== '').length;
}

/**
 * One photo to one reading: prepared, read, parsed. A card that reads badly the right way
 * up is turned by what orientation detection says and read again; a photo on which nothing
 * of a card can be found is refused, so nothing is ever stored from it.
 */
export function createCardScanner(engine: OcrEngine, homeCountry: () => string) {
  async function readOnce(bytes: Uint8Array, name: string, turn: number): Promise<ScannedCard> {
    const prepared = await prepareCard(bytes, name, turn);
    const page = await engine.recognize(prepared.ocr);
    const { reading, nameWords } = readCard(page, { homeCountry: homeCountry() });
    return { prepared, reading: await settleNameSpelling(engine, prepared.ocr, page.lines, reading, nameWords) };
  }

  return {
    async scan(bytes: Uint8Array, name: string): Promise<ScannedCard> {
      let best = await readOnce(bytes, name, 0);
      if (found(best.reading) < 2) {
        const degrees = await engine.orientation(best.prepared.ocr.png);
        if (degrees) {
          const turned = await readOnce(bytes, name, degrees);
          if (found(turned.reading) > found(best.reading)) best = turned;
        }
      }
      // Out of focus, a card's large name may still read, but what is read around it is guesswork: without an email or a phone number to hold on to, ask for a sharper photo.
      const anchored = best.reading.email.value !== '' || best.reading.phones.length > 0;
      if (best.prepared.blurred && !anchored) {
        throw new CardImageError(`${name} is too blurred to read. Hold the camera still, let it focus on the card, and take the photo again.`);
      }
      if (found(best.reading) === 0) {
        throw new CardImageError(
          `${name} does not look like a business card: Afterword found no name, email, phone number or company on it. Photograph the card from closer, flat and in good light.`,
        );
      }
      return best;
    },
  };
}

export type CardScanner = ReturnType<typeof createCardScanner>;
