import { randomUUID } from 'node:crypto';
import type { CardReading } from '../../../shared/card-scan/card-reading';
import { cardReading, type CardPhoto } from '../../../shared/api/card-scan/schemas';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';

interface PhotoRow {
  id: string;
  person_id: string;
  side: 'front' | 'back';
  source: 'scan' | 'contact file';
  jpeg: Buffer;
  width: number;
  height: number;
  reading: string | null;
  created_at: string;
}

export interface NewCardPhoto {
  personId: string;
  side: 'front' | 'back';
  jpeg: Uint8Array;
  width: number;
  height: number;
  /** What was read from a scanned card; null for a photo that came with a contact file. */
  reading: CardReading | null;
}

/** All SQL about card photos. */
export function createCardPhotoRepository(db: Db, clock: Clock) {
  const insert = db.prepare(
    'INSERT INTO card_photos (id, person_id, side, source, jpeg, width, height, reading, created_at) VALUES (@id, @personId, @side, @source, @jpeg, @width, @height, @reading, @now)',
  );
  const forPerson = db.prepare<[string], PhotoRow>('SELECT * FROM card_photos WHERE person_id = ? ORDER BY created_at DESC, side');
  const any = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM card_photos WHERE person_id = ? LIMIT 1');
  return {
    add(photo: NewCardPhoto): string {
      const id = randomUUID();
      insert.run({
        ...photo,
        id,
        source: photo.reading ? 'scan' : 'contact file',
        jpeg: Buffer.from(photo.jpeg),
        reading: photo.reading ? JSON.stringify(photo.reading) : null,
        now: clock.now().toISOString(),
      });
      return id;
    },
    hasAny(personId: string): boolean {
      return any.get(personId) !== undefined;
    },
    listForPerson(personId: string): CardPhoto[] {
      return forPerson.all(personId).map((row) => ({
        id: row.id,
        side: row.side,
        source: row.source,
        // A plain Uint8Array: it crosses IPC (and the e2e binding) as bytes, not as a Node Buffer.
        jpeg: new Uint8Array(row.jpeg),
        width: row.width,
        height: row.height,
        createdAt: row.created_at,
        reading: row.reading === null ? null : cardReading.parse(JSON.parse(row.reading)),
      }));
    },
  };
}

export type CardPhotoRepository = ReturnType<typeof createCardPhotoRepository>;
