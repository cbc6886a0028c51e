import { z } from 'zod';
import { id, requiredText, text } from '../fields';
import { opportunityRole, person } from './schemas';

/**
 * What the user may send about people. Limits are generous for real cards and refuse
 * pasted blobs; markup is stored as typed and only ever shown as text.
 */
/**
 * An address as mail clients accept it: a dot-atom local part (letters of any script, digits
 * and RFC 5322's atom characters; no commas, spaces or quotes) and a domain of labels, which
 * may be internationalised. zod's own unicodeEmail lets "test,user@example.com" through.
 */
const ATOM = "[\\p{L}\\p{M}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[\\p{L}\\p{M}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]{0,61}[\\p{L}\\p{M}\\p{N}])?';
export const EMAIL_PATTERN = new RegExp(`^${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+${LABEL}$`, 'u');
const emailShape = z.email({ pattern: EMAIL_PATTERN });

export const emailField = z
  .string({ message: 'Email must be text' })
  .trim()
  .max(254, { message: 'Email is too long (at most 254 characters)', abort: true })
  .refine((v) => v === '' || emailShape.safeParse(v).success, { message: 'Email must be an address like name@example.com' });

// Digits and the punctuation people write phone numbers with, plus an extension ("x 12", "ext. 12").
// Linear: no two adjacent parts can match the same character (the old `[\s…]*\s*` pair
// backtracked quadratically), and over-long input is refused before the pattern runs.
export const PHONE = /^\+?[\d\s().\-/]*(?:(?:x|ext\.?)\s*\d+)?$/iu;
export const phoneField = z
  .string({ message: 'Phone must be text' })
  .trim()
  .max(50, { message: 'Phone is too long (at most 50 characters)', abort: true })
  .refine((v) => PHONE.test(v), { message: 'Phone may contain only digits, spaces and + ( ) - . / (and an extension such as "x 12")' });

export const countryCode = z
  .string({ message: 'Country must be text' })
  .trim()
  .max(2, { message: 'Country must be a two-letter country code such as DE, ES or CN', abort: true })
  .transform((v) => v.toUpperCase())
  .refine((v) => v === '' || /^[A-Z]{2}$/.test(v), { message: 'Country must be a two-letter country code such as DE, ES or CN' });

export const postalAddressInput = z.object({
  lines: z.array(text('Address line', 200)).max(5, { message: 'Address has at most 5 street lines' }),
  city: text('City', 100),
  region: text('Region', 100),
  postalCode: text('Postal code', 20),
  country: countryCode,
});

const personShape = {
  fullName: requiredText('Name', 300),
  givenName: text('Given name', 200),
  familyName: text('Family name', 200),
  title: text('Title', 300),
  company: text('Company', 200),
  email: emailField,
  phone: phoneField,
  address: postalAddressInput.nullable(),
  website: text('Website', 500),
  linkedin: text('LinkedIn', 500),
  cardCollected: z.boolean({ message: 'Card collected must be yes or no' }),
};

/** A new person: only the name is required; given/family names are worked out when left out. */
export const personFields = z.object({
  fullName: personShape.fullName,
  givenName: personShape.givenName.optional(),
  familyName: personShape.familyName.optional(),
  title: personShape.title.default(''),
  company: personShape.company.default(''),
  email: personShape.email.default(''),
  phone: personShape.phone.default(''),
  address: personShape.address.default(null),
  website: personShape.website.default(''),
  linkedin: personShape.linkedin.default(''),
  cardCollected: personShape.cardCollected.default(false),
});
export type PersonFields = z.input<typeof personFields>;

export const personPatch = z.object({
  id,
  fullName: personShape.fullName.optional(),
  givenName: personShape.givenName.optional(),
  familyName: personShape.familyName.optional(),
  title: personShape.title.optional(),
  company: personShape.company.optional(),
  email: personShape.email.optional(),
  phone: personShape.phone.optional(),
  address: personShape.address.optional(),
  website: personShape.website.optional(),
  linkedin: personShape.linkedin.optional(),
  cardCollected: personShape.cardCollected.optional(),
});
export type PersonPatch = z.input<typeof personPatch>;

export const participantKey = z.object({ interviewId: id, personId: id });

export const participantNotesPatch = participantKey.extend({
  topics: text('Topics', 20_000).optional(),
  learned: text('Learned', 20_000).optional(),
  rolePlan: text('Role plan', 20_000).optional(),
  notes: text('Notes', 20_000).optional(),
});

export const personRoles = z.object({
  opportunityId: id,
  personId: id,
  roles: z.array(opportunityRole).max(3),
});

export const searchHit = z.object({
  person,
  /** Where the words were found, as a person reads it: 'Name', 'Company', 'Topics'… */
  field: z.string(),
  /** A short piece of the matching text, as plain text. */
  excerpt: z.string(),
  interviewId: id.nullable(),
  opportunityId: id.nullable(),
});
export type SearchHit = z.infer<typeof searchHit>;
