import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CardScan } from '../../../shared/api/card-scan-schemas';
import type { Handlers } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/method-names';
import type { Person } from '../../../shared/api/people-schemas';
import { MAX_CARD_PHOTO_BYTES } from '../../../shared/card-scan/card-photo-limits';
import type { CardReading } from '../../../shared/card-scan/card-reading';
import { InvalidInputError } from '../core-errors';
import type { Db } from '../db/open-database';
import { indexKnownPeople, mergeInto } from '../import-export/import-match';
import type { DialogPort } from '../os-ports';
import type { CardPhotoRepository } from '../repositories/card-photo-repository';
import type { ParticipantRepository } from '../repositories/participant-repository';
import type { PeopleRepository } from '../repositories/people-repository';
import { refreshEmailGuesses } from '../services/email-guesses';
import type { CardScanner } from './card-scanner';
import { CardImageError } from './prepare-card-image';

type Methods = Extract<MethodName, `cards.${string}`>;

interface HeldScan {
  fileName: string;
  photo: CardScan['photo'];
  reading: CardReading;
}

// Readings and chosen files wait in memory for the user; a bounded number, oldest dropped first.
const HELD = 40;

function hold<T>(map: Map<string, T>, value: T): string {
  const token = randomUUID();
  map.set(token, value);
  while (map.size > HELD) map.delete(map.keys().next().value!);
  return token;
}

/**
 * "Scan business cards": photos in, readings out, people saved with their card photo.
 * Nothing is written until cards.add, and then in one transaction with the person.
 */
export function cardScanHandlers(
  db: Db,
  deps: { dialogs: DialogPort; scanner: CardScanner; people: PeopleRepository; participants: ParticipantRepository; photos: CardPhotoRepository },
): Pick<Handlers, Methods> {
  const { dialogs, scanner, people, participants, photos } = deps;
  const chosen = new Map<string, string>();
  const scans = new Map<string, HeldScan>();

  async function read(bytes: Uint8Array, fileName: string): Promise<CardScan> {
    try {
      const { prepared, reading } = await scanner.scan(bytes, fileName);
      const photo = { jpeg: new Uint8Array(prepared.photo.jpeg), width: prepared.photo.width, height: prepared.photo.height };
      const scanToken = hold(scans, { fileName, photo, reading });
      return { scanToken, fileName, photo, reading };
    } catch (error) {
      if (error instanceof CardImageError) throw new InvalidInputError('photo', error.message);
      throw error;
    }
  }

  const add = db.transaction((input: Parameters<Handlers['cards.add']>[0]): Person => {
    const held = input.scanTokens.map((t) => scans.get(t));
    if (held.some((h) => h === undefined)) throw new InvalidInputError('scanTokens', 'That card reading is no longer open. Scan the card again.');
    let person: Person;
    if (input.mergeInto) {
      person = mergeInto(people, people.get(input.mergeInto), input.person);
    } else {
      person = people.create({ ...input.person, cardCollected: true });
    }
    held.forEach((h, i) => photos.add({ personId: person.id, side: i === 0 ? 'front' : 'back', ...h!.photo, reading: h!.reading }));
    if (input.interviewId !== undefined) participants.add(input.interviewId, person.id);
    refreshEmailGuesses(people, person.company);
    return people.get(person.id);
  });

  return {
    'cards.choosePhotos': async () => {
      const files = await dialogs.showOpenDialog({
        title: 'Scan business cards',
        multiple: true,
        filters: [{ name: 'Card photos (JPEG, PNG, WebP)', extensions: ['jpg', 'jpeg', 'png', 'webp'] }],
      });
      return { photos: (files ?? []).map((file) => ({ token: hold(chosen, file), fileName: path.basename(file) })) };
    },
    'cards.read': (input) => read(input.bytes, input.fileName),
    'cards.readChosen': async ({ token }) => {
      const file = chosen.get(token);
      if (!file) throw new InvalidInputError('token', 'That photo is no longer open. Choose it again with “Scan business cards”.');
      const name = path.basename(file);
      const size = fs.statSync(file).size;
      if (size > MAX_CARD_PHOTO_BYTES) {
        throw new InvalidInputError('photo', `${name} is ${Math.round(size / (1024 * 1024))} MB; a card photo must be at most ${MAX_CARD_PHOTO_BYTES / (1024 * 1024)} MB. Save it smaller and try again.`);
      }
      chosen.delete(token);
      return read(fs.readFileSync(file), name);
    },
    'cards.findMatch': (input) => {
      const found = indexKnownPeople(people.list()).match(input);
      return found ? { personId: found.person.id, earlierEntry: null, fullName: found.person.fullName, reason: found.reason } : null;
    },
    'cards.add': (input) => {
      const person = add(input);
      for (const t of input.scanTokens) scans.delete(t);
      return person;
    },
    'cards.discard': ({ scanTokens }) => ({ discarded: scanTokens.filter((t) => scans.delete(t)).length }),
    'cards.photos': ({ personId }) => {
      people.get(personId);
      return photos.listForPerson(personId);
    },
  };
}

