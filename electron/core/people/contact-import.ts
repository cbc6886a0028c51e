import type { z } from 'zod';
import {
  describeColumnHint,
  type ImportAction,
  type ImportPreview,
  type ImportPreviewEntry,
  type importInput,
  type previewInput,
} from '../../../shared/api/people/contact-import-schemas';
import type { Person } from '../../../shared/api/people/schemas';
import { InvalidInputError } from '../core-errors';
import type { Repositories } from '../repositories';
import { sentence, type ContactFiles } from './contact-files';
import { checkContact, type CheckedContact } from './import-export/contact-read';
import { unmappedHints } from './import-export/csv-columns';
import { refreshEmailGuesses } from './email-guesses';
import { indexKnownPeople, mergeInto, nameKey } from './import-match';
import { keptContactPhoto, type KeptContactPhoto } from './import-export/kept-contact-photo';
import { CsvFileError, csvToContacts, readCsvTable } from './import-export/csv-read';
import { readVcards, VcardFileError } from './import-export/vcard-read';

/**
 * Importing a chosen contacts file: every contact checked by the same rules as typing it
 * in, matched against the people on record, and saved in one transaction, so a bad card or
 * line saves nothing.
 */
export function contactImport(repos: Pick<Repositories, 'transaction' | 'people' | 'participants' | 'interviews' | 'cardPhotos'>, files: ContactFiles) {
  const { transaction, people, participants, interviews, cardPhotos } = repos;

  /**
   * The file's contacts, each field checked by the same rules as typing it in. A card or
   * row that cannot be used, or a field of one, is left out with its reason; only a file
   * that holds no contacts at all is refused.
   */
  function contactsOf(input: z.output<typeof previewInput>): { checked: CheckedContact[]; leftOut: ImportPreview['leftOut']; notes: string[] } {
    const file = files.get(input.token);
    if (!file) throw new InvalidInputError('token', 'That file is no longer open. Choose it again with “Import contacts”.');
    try {
      let read;
      if (file.kind === 'vcard') read = readVcards(file.file);
      else {
        const table = readCsvTable(file.text);
        read = csvToContacts(table, input.mapping ?? {});
        for (const hint of unmappedHints(
          table.headers,
          table.rows.map((r) => r.cells),
          input.mapping ?? {},
        ))
          read.notes.push(describeColumnHint(hint));
      }
      const checked: CheckedContact[] = [];
      const leftOut = [...read.leftOut];
      for (const r of read.read) {
        const outcome = checkContact({ ...r, contact: { ...r.contact, company: r.contact.company || input.company } });
        if ('contact' in outcome) checked.push(outcome);
        else leftOut.push(outcome);
      }
      return { checked, leftOut, notes: read.notes };
    } catch (error) {
      if (error instanceof VcardFileError || error instanceof CsvFileError) {
        throw new InvalidInputError('file', `${file.fileName}: ${sentence(error.message)} Nothing was imported.`);
      }
      throw error;
    }
  }

  /**
   * Who each contact already is: someone known (same confirmed email, or same name at the
   * same company), or an earlier entry of the same file (two exports pasted together).
   * Keys are looked up, not compared pairwise, so large files stay fast.
   */
  function preview(input: z.output<typeof previewInput>): ImportPreview {
    const { checked, leftOut, notes } = contactsOf(input);
    const known = indexKnownPeople(people.list());
    const earlierByEmail = new Map<string, number>();
    const earlierByName = new Map<string, number>();
    const entries: ImportPreviewEntry[] = [];
    for (const { contact } of checked) {
      const email = contact.email.toLowerCase();
      const name = nameKey(contact.fullName, contact.company);
      let match: ImportPreviewEntry['match'] = null;
      const found = known.match(contact);
      if (found) {
        match = { personId: found.person.id, earlierEntry: null, fullName: found.person.fullName, reason: found.reason };
      } else {
        const sameEmail = email ? earlierByEmail.get(email) : undefined;
        const index = sameEmail ?? earlierByName.get(name);
        if (index !== undefined) {
          const first = entries[index]!;
          const reason = sameEmail !== undefined ? 'same email' : 'same name at the same company';
          match = { personId: first.match?.personId ?? null, earlierEntry: index, fullName: first.contact.fullName, reason };
        }
      }
      if (email && !earlierByEmail.has(email)) earlierByEmail.set(email, entries.length);
      if (!earlierByName.has(name)) earlierByName.set(name, entries.length);
      entries.push({ contact, match, action: match ? 'merge' : 'create' });
    }
    return { entries, leftOut, notes };
  }

  // photos[i] is entry i's photo, decoded before the transaction (sharp is asynchronous, a transaction is not).
  const runImport = transaction((input: z.output<typeof importInput>, photos: ReadonlyArray<KeptContactPhoto | null>) => {
    const { entries } = preview(input);
    if (input.actions.length !== entries.length) {
      throw new InvalidInputError('actions', 'The file changed since the preview. Look at the preview again before importing.');
    }
    if (input.interviewId !== undefined && !interviews.exists(input.interviewId))
      throw new InvalidInputError('interviewId', 'That interview no longer exists.');
    const counts = { created: 0, merged: 0, skipped: 0, photos: 0 };
    const companies = new Set<string>();
    const saved: Array<Person | null> = [];
    entries.forEach((entry, i) => {
      const action: ImportAction = input.actions[i]!;
      const picked = input.countries?.[i] ?? '';
      const c = picked && entry.contact.address ? { ...entry.contact, address: { ...entry.contact.address, country: picked } } : entry.contact;
      let person: Person | null = null;
      let created = false;
      const { match } = entry;
      // An earlier entry of this file may have created the person this one repeats.
      const target = match ? ((match.earlierEntry !== null ? saved[match.earlierEntry] : null) ?? (match.personId ? people.get(match.personId) : null)) : null;
      if (action === 'skip') counts.skipped += 1;
      else if (action === 'merge' && target) {
        person = mergeInto(people, people.get(target.id), c);
        counts.merged += 1;
      } else {
        const { source: _source, note: _note, warnings: _warnings, photo: _photo, ...fields } = c;
        person = people.create({ ...fields, cardCollected: true });
        counts.created += 1;
        created = true;
      }
      saved.push(person);
      if (!person) return;
      // The card's photo is kept with a new person, or with one who has no photo kept yet: a merge fills in, never adds a second.
      const photo = photos[i];
      if (photo && (created || !cardPhotos.hasAny(person.id))) {
        cardPhotos.add({ personId: person.id, side: 'front', ...photo, reading: null });
        counts.photos += 1;
      }
      companies.add(person.company);
      if (input.interviewId !== undefined) {
        const current = participants.add(input.interviewId, person.id).notes;
        if (c.note && current === '') participants.updateNotes({ interviewId: input.interviewId, personId: person.id, notes: c.note });
      }
    });
    for (const company of companies) refreshEmailGuesses(people, company);
    return counts;
  });

  return {
    preview,
    async import(input: z.output<typeof importInput>) {
      // The entries are contactsOf's checked contacts, one for one, in order.
      const photos = await Promise.all(contactsOf(input).checked.map((c) => (c.photo ? keptContactPhoto(c.photo) : null)));
      const result = runImport(input, photos);
      files.forget(input.token);
      return result;
    },
  };
}
