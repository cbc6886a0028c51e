import type { Handlers } from '../../../../shared/api/contract';
import type { CardMethod } from '../../../../shared/api/card-scan/methods';
import type { DialogPort } from '../../os-ports';
import type { Repositories } from '../../repositories';
import { indexKnownPeople } from '../import-match';
import { cardAdding } from './card-adding';
import { cardReadings } from './card-readings';
import { createCardScanner } from './card-scanner';
import { chosenPhotoFiles } from './chosen-photos';
import type { OcrEngine } from './ocr-engine';

export type CardScanRepositories = Pick<Repositories, 'transaction' | 'people' | 'participants' | 'interviews' | 'opportunities' | 'cardPhotos' | 'settings'>;

/**
 * "Scan business cards": photos in, readings out, people saved with their card photo.
 * Nothing is written until cards.add, and then in one transaction with the person.
 */
export function cardScanHandlers(repos: CardScanRepositories, ports: { dialogs: DialogPort; ocr: OcrEngine }): Pick<Handlers, CardMethod> {
  const { people, cardPhotos, settings } = repos;
  const readings = cardReadings(createCardScanner(ports.ocr, () => settings.get().country));
  const files = chosenPhotoFiles(ports.dialogs);
  const add = cardAdding(repos);
  return {
    'cards.choosePhotos': () => files.choose(),
    'cards.read': ({ bytes, fileName }) => readings.read(bytes, fileName),
    'cards.readChosen': ({ token }) => {
      const { bytes, fileName } = files.take(token);
      return readings.read(bytes, fileName);
    },
    'cards.findMatch': (input) => {
      const found = indexKnownPeople(people.list()).match(input);
      return found ? { personId: found.person.id, earlierEntry: null, fullName: found.person.fullName, reason: found.reason } : null;
    },
    'cards.add': (input) => {
      const person = add(input, readings.held(input.scanTokens));
      for (const t of input.scanTokens) readings.forget(t);
      return person;
    },
    'cards.discard': ({ scanTokens }) => ({ discarded: scanTokens.filter((t) => readings.forget(t)).length }),
    'cards.photos': ({ personId }) => {
      people.get(personId);
      return cardPhotos.listForPerson(personId);
    },
  };
}
