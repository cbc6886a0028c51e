import type { CardScan } from '../../../../shared/api/card-scan/schemas';
import type { CardReading } from '../../../../shared/card-scan/card-reading';
import { InvalidInputError } from '../../core-errors';
import type { CardScanner } from './card-scanner';
import { heldItems } from './held-items';
import { CardImageError } from './prepare-card-image';

export interface HeldScan {
  fileName: string;
  photo: CardScan['photo'];
  reading: CardReading;
}

/** Card photos read into readings that wait in memory for the user to correct and add, or close. */
export function cardReadings(scanner: CardScanner) {
  const scans = heldItems<HeldScan>();
  return {
    async read(bytes: Uint8Array, fileName: string): Promise<CardScan> {
      try {
        const { prepared, reading } = await scanner.scan(bytes, fileName);
        const photo = { jpeg: new Uint8Array(prepared.photo.jpeg), width: prepared.photo.width, height: prepared.photo.height };
        const scanToken = scans.hold({ fileName, photo, reading });
        return { scanToken, fileName, photo, reading };
      } catch (error) {
        if (error instanceof CardImageError) throw new InvalidInputError('photo', error.message);
        throw error;
      }
    },
    /** The readings named, or a message when one was closed meanwhile. */
    held(tokens: readonly string[]): HeldScan[] {
      return tokens.map((t) => {
        const h = scans.get(t);
        if (!h) throw new InvalidInputError('scanTokens', 'That card reading is no longer open. Scan the card again.');
        return h;
      });
    },
    forget: (token: string): boolean => scans.forget(token),
  };
}
