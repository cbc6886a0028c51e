import { randomUUID } from 'node:crypto';
import type { CardReading } from '../../../shared/card-scan/card-reading';
import { cardReading, type CardPhoto } from '../../../shared/api/card-scan/schemas';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';

interface PhotoRow {
  id: string;
  person_id: string;
  side: 'front' | 'back';
  jpeg: Buffer;
  width: number;
  height: number;
  reading: string;
  created_at: string;
}

export interface NewCardPhoto {
  personId: string;
  side: 'front' | 'back';
  jpeg: Uint8Array;
  width: number;
  height: number;
  reading: CardReading;
}

/** All SQL about card photos. */
export function createCardPhotoRepository(db: Db, clock: Clock) {
  const insert = db.prepare(
    'INSERT INTO card_photos (id, person_id, side, jpeg, width, height, reading, created_at) VALUES (@id, @personId, @side, @jpeg, @width, @height, @reading, @now)',
  );
  const forPerson = db.prepare<[string], PhotoRow>('SELECT * FROM card_photos WHERE person_id = ? ORDER BY created_at DESC, side');
  return {
    add(photo: NewCardPhoto): string {
      const id = randomUUID();
      insert.run({ ...photo, id, jpeg: Buffer.from(photo.jpeg), reading: JSON.stringify(photo.reading), now: clock.now().toISOString() });
      return id;
    },
    listForPerson(personId: string): CardPhoto[] {
      return forPerson.all(personId).map((row) => ({
        id: row.id,
        side: row.side,
        // A plain Uint8Array: it crosses IPC (and the e2e binding) as bytes, not as a Node Buffer.
        jpeg: new Uint8Array(row.jpeg),
        width: row.width,
        height: row.height,
        createdAt: row.created_at,
        reading: cardReading.parse(JSON.parse(row.reading)),
      }));
    },
  };
}

export type CardPhotoRepository = ReturnType<typeof createCardPhotoRepository>;
