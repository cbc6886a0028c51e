import { z } from 'zod';
import { quoted } from '../../domain/excerpt';
import { id, text } from '../fields';
import { countryCode, personFields } from './input-schemas';
import { person } from './schemas';

/** The person fields a CSV column can be mapped to, in the order the mapping step shows them. */
export const csvTargets = [
  'fullName',
  'givenName',
  'familyName',
  'title',
  'company',
  'email',
  'phone',
  'street',
  'street2',
  'city',
  'region',
  'postalCode',
  'country',
  'website',
  'linkedin',
  'note',
] as const;
export const csvTarget = z.enum(csvTargets);
export type CsvTarget = z.infer<typeof csvTarget>;

/** Target field → index of the column that fills it (absent: not imported). */
export const csvMapping = z.partialRecord(csvTarget, z.number().int().min(0).max(500));
export type CsvMapping = z.infer<typeof csvMapping>;

/** A column the mapping leaves out whose values look like email addresses or phone numbers. */
export const csvColumnHint = z.object({
  column: z.number().int(),
  header: z.string(),
  looksLike: z.enum(['email', 'phone']),
  /** One of its values, as the user can recognise it. */
  example: z.string(),
});
export type CsvColumnHint = z.infer<typeof csvColumnHint>;

/** What the mapping step and the preview say about such a column. */
export function describeColumnHint(hint: CsvColumnHint): string {
  const what = hint.looksLike === 'email' ? 'email addresses' : 'phone numbers';
  return `The column ${quoted(hint.header)} holds what look like ${what} (such as ${quoted(hint.example)}) and is not imported. Choose it for ${hint.looksLike === 'email' ? 'Email' : 'Phone'} if it is the one to keep.`;
}

/** One contact read from a file, already checked against the same rules as typing it in. */
export const importedContact = person
  .pick({
    fullName: true,
    givenName: true,
    familyName: true,
    title: true,
    company: true,
    email: true,
    phone: true,
    address: true,
    website: true,
    linkedin: true,
  })
  .extend({
    /** Where it came from, as the user can find it: 'Card 2', 'Line 5'. */
    source: z.string(),
    note: z.string(),
    /** What the user should know before importing this one, naming its card or line: fields left out and why. */
    warnings: z.array(z.string()),
    /** The person's photo on the card, when it has one Afterword can show. */
    photo: z.object({ mediaType: z.string(), byteLength: z.number().int() }).nullable(),
  });
export type ImportedContact = z.infer<typeof importedContact>;

/** A card or row that cannot be imported at all, and why; the rest of the file still can. */
export const leftOutEntry = z.object({
  source: z.string(),
  /** The card or line as the user finds it in the file: 'Card 2 (line 9, “Jane Doe”)'. */
  where: z.string(),
  reason: z.string(),
});
export type LeftOutEntry = z.infer<typeof leftOutEntry>;

export const importMatch = z.object({
  /** The person already known; null when the match is an earlier, new entry of the same file. */
  personId: id.nullable(),
  /** Index of an earlier entry in the same file that is the same person, else null. */
  earlierEntry: z.number().int().min(0).nullable(),
  fullName: z.string(),
  reason: z.enum(['same email', 'same name at the same company']),
});

export const importAction = z.enum(['create', 'merge', 'skip']);
export type ImportAction = z.infer<typeof importAction>;

export const importPreviewEntry = z.object({
  contact: importedContact,
  match: importMatch.nullable(),
  /** What happens unless the user chooses otherwise: a match is merged, anyone else created. */
  action: importAction,
});
export type ImportPreviewEntry = z.infer<typeof importPreviewEntry>;

export const importPreview = z.object({
  entries: z.array(importPreviewEntry),
  /** Cards or rows left out of the import, each with its reason. */
  leftOut: z.array(leftOutEntry),
  /** What was left out of the file outside any card or row (a calendar block, stray lines). */
  notes: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const chosenFile = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cancelled') }),
  z.object({ kind: z.literal('vcard'), token: id, fileName: z.string() }),
  z.object({
    kind: z.literal('csv'),
    token: id,
    fileName: z.string(),
    headers: z.array(z.string()),
    /** The first few data rows, so the user can see what each column holds. */
    sample: z.array(z.array(z.string())),
    suggested: csvMapping,
    /** Columns the suggested mapping leaves out that look like emails or phones. */
    hints: z.array(csvColumnHint),
  }),
]);
export type ChosenFile = z.infer<typeof chosenFile>;

export const previewInput = z
  .object({
    token: id,
    mapping: csvMapping.optional(),
    /** Company for contacts whose card names none (the opportunity's company). */
    company: text('Company', 200).default(''),
  })
  .strict();

export const importInput = previewInput
  .extend({
    /** When given, everyone imported is added to this interview. */
    interviewId: id.optional(),
    /** One action per preview entry, in the preview's order. */
    actions: z.array(importAction).max(5000),
    /** A country the user picked in the preview for an entry whose country was not recognised ('' leaves it). */
    countries: z.array(countryCode).max(5000).optional(),
  })
  .strict();

export const importResult = z.object({
  created: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
  /** Photos the cards carried that were kept with their people. */
  photos: z.number().int(),
});
export const exportResult = z.object({ path: z.string().nullable(), count: z.number().int() });

/** What a contact must satisfy to be saved: the same rules as typing it in. */
export const contactAsPerson = personFields;
