import { z } from 'zod';
import { id } from '../fields';
import { addInput, cardPhoto, cardScan, chosenPhotos, importMatch, matchInput, photoUpload } from './schemas';
import { person } from '../people/schemas';

export const cardContract = {
  /** "Scan business cards": photos chosen in the open dialog (JPEG, PNG, WebP), held until read. */
  'cards.choosePhotos': { input: z.object({}).strict(), output: chosenPhotos },
  /** Reads one card photo, offline; nothing is stored. A photo that is no readable card is refused with the reason. */
  'cards.read': { input: photoUpload, output: cardScan },
  /** The same for a photo picked with cards.choosePhotos. */
  'cards.readChosen': { input: z.object({ token: id }).strict(), output: cardScan },
  /** Who the card's person already is (same email, or same name at the same company), as in a contact import. */
  'cards.findMatch': { input: matchInput, output: importMatch.nullable() },
  /** Saves the person as corrected, with the card's photo (both sides), in one transaction. */
  'cards.add': { input: addInput, output: person },
  /** Forgets readings the user closed without adding anyone. */
  'cards.discard': { input: z.object({ scanTokens: z.array(id).max(100) }).strict(), output: z.object({ discarded: z.number().int() }) },
  /** The card photos kept with a person, newest first. */
  'cards.photos': { input: z.object({ personId: id }).strict(), output: z.array(cardPhoto) },
};
