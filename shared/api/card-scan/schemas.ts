import { z } from 'zod';
import { cardPhoneTypes, type CardReading, type ReadPhone, type ReadText } from '../../card-scan/card-reading';
import { MAX_CARD_PHOTO_BYTES } from '../../card-scan/card-photo-limits';
import { id, text, type AllSame, type Same } from '../fields';
import { importMatch } from '../people/contact-import-schemas';
import { personFields } from '../people/input-schemas';
import { postalAddress } from '../people/schemas';

/** Business cards as the contract carries them: the reading's shapes are the domain's (shared/card-scan/card-reading.ts). */
const certainty = z.number().min(0).max(1);

export const readText = z.object({ value: z.string(), certainty });

export const readPhone = z.object({ type: z.enum(cardPhoneTypes), number: z.string(), printed: z.string(), certainty });

export const cardReading = z.object({
  fullName: readText,
  givenName: readText,
  familyName: readText,
  title: readText,
  company: readText,
  email: readText,
  phones: z.array(readPhone),
  website: readText,
  linkedin: readText,
  address: z.object({ value: postalAddress.nullable(), certainty }),
  unused: z.array(z.string()),
});

const bytes = z.instanceof(Uint8Array, { message: 'Photo must be the bytes of an image file' });

/** A photo dropped or pasted into the page: its name and bytes, refused when larger than a card photo can be. */
export const photoUpload = z
  .object({
    fileName: text('File name', 300).default('Pasted photo'),
    bytes: bytes.refine((b) => b.byteLength <= MAX_CARD_PHOTO_BYTES, {
      message: `Photo is larger than ${MAX_CARD_PHOTO_BYTES / (1024 * 1024)} MB; a card photo must be smaller. Save it smaller and try again.`,
      abort: true,
    }),
  })
  .strict();

export const chosenPhotos = z.object({
  /** Photos picked in the open dialog, held by the core until read; empty when the user cancelled. */
  photos: z.array(z.object({ token: id, fileName: z.string() })),
});

export const keptPhoto = z.object({ jpeg: z.instanceof(Uint8Array), width: z.number().int(), height: z.number().int() });

export const cardScan = z.object({
  /** Names this reading in cards.add; held in memory only, nothing is stored before then. */
  scanToken: id,
  fileName: z.string(),
  /** The card cut out and upright, as it will be kept with the person. */
  photo: keptPhoto,
  reading: cardReading,
});
export type CardScan = z.infer<typeof cardScan>;

export const matchInput = z.object({ fullName: text('Name', 300), company: text('Company', 200).default(''), email: text('Email', 254).default('') }).strict();

export const addInput = z
  .object({
    /** The card's front, and its back when both sides were photographed. */
    scanTokens: z.array(id).min(1, { message: 'Scan a card first' }).max(2, { message: 'A card has two sides' }),
    person: personFields.strict(),
    /** Who this card is, when already known: their missing fields are filled in and the photo added. */
    mergeInto: id.optional(),
    /** Yes, a new person, although someone known has the same email or the same name at the same company. */
    addAsNew: z.boolean().default(false),
    interviewId: id.optional(),
  })
  .strict();

export const cardPhoto = keptPhoto.extend({
  id,
  side: z.enum(['front', 'back']),
  /** A scanned card, or the photo an imported contact file (vCard) carried. */
  source: z.enum(['scan', 'contact file']),
  createdAt: z.string(),
  /** What was read from a scanned card; null for a contact file's photo. */
  reading: cardReading.nullable(),
});
export type CardPhoto = z.infer<typeof cardPhoto>;

export { importMatch };

type _Shapes = AllSame<
  [Same<z.output<typeof readText>, ReadText>, Same<z.output<typeof readPhone>, ReadPhone>, Same<z.output<typeof cardReading>, CardReading>]
>;
