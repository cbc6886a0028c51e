import type { z } from 'zod';
import { contactAsPerson, type ImportedContact, type LeftOutEntry } from '../../../../shared/api/people/contact-import-schemas';
import { text } from '../../../../shared/api/fields';
import { excerpt, quoted } from '../../../../shared/domain/excerpt';
import type { CardPhoto } from './vcard-photo';

/** A contact as a file gives it, before its fields are checked. */
export type RawContact = Omit<ImportedContact, 'photo'>;

export interface ContactRead {
  contact: RawContact;
  photo: CardPhoto | null;
  /** How messages name the card or line: 'Card 2 (line 9, “Jane Doe”)'. */
  card: string;
}

/** What a file gave: the contacts to check, and what was left out of it and why. */
export interface FileRead {
  read: ContactRead[];
  leftOut: LeftOutEntry[];
  /** What was left out of the file outside any card or row. */
  notes: string[];
}

export interface CheckedContact {
  contact: ImportedContact;
  photo: CardPhoto | null;
}

// The same limit as typing notes in (participants.update).
const importedNote = text('Notes', 20_000);

type Shape = typeof contactAsPerson.shape;
type Checked = keyof Shape & keyof RawContact;
const CHECKED = ['givenName', 'familyName', 'title', 'company', 'email', 'phone', 'address', 'website', 'linkedin'] as const satisfies readonly Checked[];

const EMPTY: { [K in (typeof CHECKED)[number]]: RawContact[K] } = {
  givenName: '',
  familyName: '',
  title: '',
  company: '',
  email: '',
  phone: '',
  address: null,
  website: '',
  linkedin: '',
};

function firstMessage(error: z.ZodError): string {
  const m = (error.issues[0]?.message ?? 'it is not valid').trim();
  return /[.!?]$/u.test(m) ? m : `${m}.`;
}

/**
 * Every field passes the same rules as typing it in. A field that does not is left out
 * with its reason (quoting only the start of it); a name that does not makes the contact
 * one that cannot be imported.
 */
export function checkContact(r: ContactRead): CheckedContact | LeftOutEntry {
  const c = r.contact;
  const name = contactAsPerson.shape.fullName.safeParse(c.fullName);
  if (!name.success) return { source: c.source, where: r.card, reason: `Its name cannot be used: ${firstMessage(name.error)}` };
  const where = `${c.source} (${quoted(name.data)})`;
  const warnings = [...c.warnings];
  const fields = { ...EMPTY };
  for (const key of CHECKED) {
    const checked = contactAsPerson.shape[key].safeParse(c[key]);
    if (checked.success) (fields as Record<string, unknown>)[key] = checked.data;
    else
      warnings.push(
        `${where}: ${key === 'address' ? 'the address' : quoted(typeof c[key] === 'string' ? c[key] : '')} was left out: ${firstMessage(checked.error)}`,
      );
  }
  const note = importedNote.safeParse(c.note);
  if (!note.success) warnings.push(`${where}: the note (${excerpt(c.note, 20)}) was left out: ${firstMessage(note.error)}`);
  const photo = r.photo ? { mediaType: r.photo.mediaType, byteLength: r.photo.bytes.byteLength } : null;
  return {
    contact: { ...c, ...fields, fullName: name.data, note: note.success ? note.data : '', warnings, photo },
    photo: r.photo,
  };
}
