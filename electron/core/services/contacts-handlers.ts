import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  contactAsPerson,
  type ImportAction,
  type ImportedContact,
  type ImportPreviewEntry,
  type importInput,
  type previewInput,
} from '../../../shared/api/contact-import-schemas';
import type { Handlers } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/method-names';
import type { Person } from '../../../shared/api/people-schemas';
import { text } from '../../../shared/api/fields';
import { InvalidInputError } from '../core-errors';
import type { Db } from '../db/open-database';
import { indexKnownPeople, mergeInto, nameKey } from '../import-export/import-match';
import { CsvFileError, csvToContacts, readCsvTable, suggestMapping } from '../import-export/csv-read';
import { readVcards, VcardFileError } from '../import-export/vcard-read';
import { peopleToVcards } from '../import-export/vcard-write';
import { describeZodError } from '../zod-error-message';
import type { DialogPort } from '../os-ports';
import type { ParticipantRepository } from '../repositories/participant-repository';
import type { PeopleRepository } from '../repositories/people-repository';
import { refreshEmailGuesses } from './email-guesses';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
// The same limit as typing notes in (participants.update).
const importedNote = text('Notes', 20_000);

interface ChosenFile {
  kind: 'vcard' | 'csv';
  fileName: string;
  text: string;
}

/**
 * Reads a contacts file whole, after checking its size: a byte-order mark says UTF-8,
 * UTF-16LE (Outlook's "Unicode" CSV) or UTF-16BE; without one, UTF-8, falling back to
 * Windows-1252 for old exports that are not.
 */
function readText(file: string): string {
  if (fs.statSync(file).size > MAX_FILE_BYTES) {
    throw new InvalidInputError('file', `${path.basename(file)} is larger than 5 MB; that is not a contacts file Afterword can read.`);
  }
  return decodeText(fs.readFileSync(file));
}

export function decodeText(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** A message as a sentence, so "Nothing was imported." never runs on from it. */
function sentence(message: string): string {
  const m = message.trim();
  return /[.!?…]$/u.test(m) ? m : `${m}.`;
}

type Methods = Extract<MethodName, `contacts.${string}`>;

/**
 * Import and export of contacts. A file is chosen through the dialogs port and kept in
 * memory under a token, so the renderer never names a path; the preview and the import
 * read the same content. An import is one transaction: a bad card or line saves nothing.
 */
export function contactsHandlers(
  db: Db,
  deps: { dialogs: DialogPort; people: PeopleRepository; participants: ParticipantRepository },
): Pick<Handlers, Methods> {
  const { dialogs, people, participants } = deps;
  const chosen = new Map<string, ChosenFile>();
  const interviewCompany = db.prepare<[string], { company: string }>(
    'SELECT o.company FROM interviews i JOIN opportunities o ON o.id = i.opportunity_id WHERE i.id = ?',
  );
  const participantNotes = db.prepare<[string, string], { notes: string }>(
    'SELECT notes FROM interview_participants WHERE interview_id = ? AND person_id = ?',
  );

  function contactsOf(input: z.output<typeof previewInput>): ImportedContact[] {
    const file = chosen.get(input.token);
    if (!file) throw new InvalidInputError('token', 'That file is no longer open. Choose it again with “Import contacts”.');
    try {
      const contacts = file.kind === 'vcard' ? readVcards(file.text) : csvToContacts(readCsvTable(file.text), input.mapping ?? {});
      return contacts.map((c) => {
        const company = c.company || input.company;
        // Every contact must pass the same rules as typing it in; the message names the card or line.
        const checked = contactAsPerson.safeParse({ ...c, company, note: undefined, source: undefined });
        if (!checked.success) {
          const { message } = describeZodError(checked.error);
          throw new InvalidInputError('file', `${c.source} (“${c.fullName}”): ${sentence(message)} Nothing was imported.`);
        }
        const note = importedNote.safeParse(c.note);
        if (!note.success) throw new InvalidInputError('file', `${c.source} (“${c.fullName}”): ${sentence(note.error.issues[0]!.message)} Nothing was imported.`);
        return { ...c, ...checked.data, givenName: c.givenName, familyName: c.familyName, company, note: c.note, source: c.source };
      });
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
  function preview(input: z.output<typeof previewInput>): ImportPreviewEntry[] {
    const known = indexKnownPeople(people.list());
    const earlierByEmail = new Map<string, number>();
    const earlierByName = new Map<string, number>();
    const entries: ImportPreviewEntry[] = [];
    for (const contact of contactsOf(input)) {
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
    return entries;
  }

  const runImport = db.transaction((input: z.output<typeof importInput>) => {
    const entries = preview(input);
    if (input.actions.length !== entries.length) {
      throw new InvalidInputError('actions', 'The file changed since the preview. Look at the preview again before importing.');
    }
    if (input.interviewId !== undefined && !interviewCompany.get(input.interviewId)) throw new InvalidInputError('interviewId', 'That interview no longer exists.');
    const counts = { created: 0, merged: 0, skipped: 0 };
    const companies = new Set<string>();
    const saved: Array<Person | null> = [];
    entries.forEach((entry, i) => {
      const action: ImportAction = input.actions[i]!;
      const picked = input.countries?.[i] ?? '';
      const c = picked && entry.contact.address ? { ...entry.contact, address: { ...entry.contact.address, country: picked } } : entry.contact;
      let person: Person | null = null;
      const { match } = entry;
      // An earlier entry of this file may have created the person this one repeats.
      const target = match ? (match.earlierEntry !== null ? saved[match.earlierEntry] : null) ?? (match.personId ? people.get(match.personId) : null) : null;
      if (action === 'skip') counts.skipped += 1;
      else if (action === 'merge' && target) {
        person = mergeInto(people, people.get(target.id), c);
        counts.merged += 1;
      } else {
        const { source: _source, note: _note, warnings: _warnings, ...fields } = c;
        person = people.create({ ...fields, cardCollected: true });
        counts.created += 1;
      }
      saved.push(person);
      if (!person) return;
      companies.add(person.company);
      if (input.interviewId !== undefined) {
        participants.add(input.interviewId, person.id);
        const current = participantNotes.get(input.interviewId, person.id)?.notes ?? '';
        if (c.note && current === '') participants.updateNotes({ interviewId: input.interviewId, personId: person.id, notes: c.note });
      }
    });
    for (const company of companies) refreshEmailGuesses(people, company);
    return counts;
  });

  async function exportTo(list: Person[], suggestedName: string) {
    const file = await dialogs.showSaveDialog({
      title: 'Export contacts',
      defaultPath: `${suggestedName.replace(/[\\/:*?"<>|]+/gu, '-').slice(0, 80) || 'contacts'}.vcf`,
      filters: [{ name: 'vCard', extensions: ['vcf'] }],
    });
    if (file === null) return { path: null, count: 0 };
    fs.writeFileSync(file, peopleToVcards(list), 'utf8');
    return { path: file, count: list.length };
  }

  return {
    'contacts.chooseImportFile': async () => {
      const files = await dialogs.showOpenDialog({
        title: 'Import contacts',
        filters: [
          { name: 'Contacts (vCard or CSV)', extensions: ['vcf', 'vcard', 'csv'] },
          { name: 'All files', extensions: ['*'] },
        ],
      });
      const file = files?.[0];
      if (!file) return { kind: 'cancelled' as const };
      const text = readText(file);
      const fileName = path.basename(file);
      const token = randomUUID();
      const isVcard = /\.(vcf|vcard)$/iu.test(file) || /^\s*BEGIN:VCARD/iu.test(text.replace(/^\uFEFF/u, ''));
      if (isVcard) {
        chosen.set(token, { kind: 'vcard', fileName, text });
        return { kind: 'vcard' as const, token, fileName };
      }
      let table;
      try {
        table = readCsvTable(text);
      } catch (error) {
        if (error instanceof CsvFileError) throw new InvalidInputError('file', `${fileName}: ${sentence(error.message)} Nothing was imported.`);
        throw error;
      }
      chosen.set(token, { kind: 'csv', fileName, text });
      return { kind: 'csv' as const, token, fileName, headers: table.headers, sample: table.rows.slice(0, 3).map((r) => r.cells), suggested: suggestMapping(table.headers) };
    },
    'contacts.previewImport': (input) => preview(input),
    'contacts.import': (input) => {
      const result = runImport(input);
      chosen.delete(input.token);
      return result;
    },
    'contacts.exportPerson': async ({ id }) => {
      const person = people.get(id);
      return exportTo([person], person.fullName);
    },
    'contacts.exportOpportunity': async ({ opportunityId }) => {
      const list = people.listForOpportunity(opportunityId);
      if (list.length === 0) throw new InvalidInputError('opportunityId', 'Nobody has been added to this opportunity yet, so there is nothing to export.');
      return exportTo(list, 'interviewers');
    },
  };
}
