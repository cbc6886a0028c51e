import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { describeColumnHint, type ImportAction, type ImportedContact, type ImportPreview, type ImportPreviewEntry, type importInput, type previewInput } from '../../../shared/api/contact-import-schemas';
import type { Handlers } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/method-names';
import type { Person } from '../../../shared/api/people-schemas';
import { companyKey } from '../../../shared/domain/company-key';
import { InvalidInputError } from '../core-errors';
import type { Db } from '../db/open-database';
import { checkContact, type CheckedContact } from '../import-export/contact-read';
import { suggestMapping, unmappedHints } from '../import-export/csv-columns';
import { CsvFileError, csvToContacts, readCsvTable } from '../import-export/csv-read';
import { decodeText, vcardFileText, type FileText } from '../import-export/file-text';
import { readVcards, VcardFileError } from '../import-export/vcard-read';
import { peopleToVcards } from '../import-export/vcard-write';
import type { DialogPort } from '../os-ports';
import type { ParticipantRepository } from '../repositories/participant-repository';
import type { PeopleRepository } from '../repositories/people-repository';
import { refreshEmailGuesses } from './email-guesses';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

type ChosenFile = { kind: 'vcard'; fileName: string; file: FileText } | { kind: 'csv'; fileName: string; text: string };

/** Reads a contacts file whole, after checking its size. */
function readBytes(file: string): Uint8Array {
  if (fs.statSync(file).size > MAX_FILE_BYTES) {
    throw new InvalidInputError('file', `${path.basename(file)} is larger than 5 MB; that is not a contacts file Afterword can read.`);
  }
  return fs.readFileSync(file);
}

/** A message as a sentence, so "Nothing was imported." never runs on from it. */
function sentence(message: string): string {
  const m = message.trim();
  return /[.!?…]$/u.test(m) ? m : `${m}.`;
}

/** Name and company as the match compares them: case, accents and spacing ignored. */
function nameKey(fullName: string, company: string): string {
  return `${companyKey(fullName)}\u0000${companyKey(company)}`;
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

  /**
   * The file's contacts, each field checked by the same rules as typing it in. A card or
   * row that cannot be used, or a field of one, is left out with its reason; only a file
   * that holds no contacts at all is refused.
   */
  function contactsOf(input: z.output<typeof previewInput>): { checked: CheckedContact[]; leftOut: ImportPreview['leftOut']; notes: string[] } {
    const file = chosen.get(input.token);
    if (!file) throw new InvalidInputError('token', 'That file is no longer open. Choose it again with “Import contacts”.');
    try {
      let read;
      if (file.kind === 'vcard') read = readVcards(file.file);
      else {
        const table = readCsvTable(file.text);
        read = csvToContacts(table, input.mapping ?? {});
        for (const hint of unmappedHints(table.headers, table.rows.map((r) => r.cells), input.mapping ?? {})) read.notes.push(describeColumnHint(hint));
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
    const knownByEmail = new Map<string, Person>();
    const knownByName = new Map<string, Person>();
    for (const p of people.list()) {
      if (p.emailStatus === 'confirmed' && p.email !== '' && !knownByEmail.has(p.email.toLowerCase())) knownByEmail.set(p.email.toLowerCase(), p);
      if (!knownByName.has(nameKey(p.fullName, p.company))) knownByName.set(nameKey(p.fullName, p.company), p);
    }
    const earlierByEmail = new Map<string, number>();
    const earlierByName = new Map<string, number>();
    const entries: ImportPreviewEntry[] = [];
    for (const { contact } of checked) {
      const email = contact.email.toLowerCase();
      const name = nameKey(contact.fullName, contact.company);
      let match: ImportPreviewEntry['match'] = null;
      const known = (email ? knownByEmail.get(email) : undefined) ?? knownByName.get(name);
      if (known) {
        const reason = email && knownByEmail.get(email) === known ? 'same email' : 'same name at the same company';
        match = { personId: known.id, earlierEntry: null, fullName: known.fullName, reason };
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

  /** Fills in what the existing person lacks; never overwrites what the user already has. */
  function merge(target: Person, c: ImportedContact): Person {
    const fill = <K extends 'title' | 'company' | 'phone' | 'website' | 'linkedin'>(k: K) => (target[k] === '' && c[k] !== '' ? { [k]: c[k] } : {});
    return people.update(target.id, {
      ...fill('title'),
      ...fill('company'),
      ...fill('phone'),
      ...fill('website'),
      ...fill('linkedin'),
      ...(target.emailStatus !== 'confirmed' && c.email ? { email: c.email } : {}),
      ...(target.address === null && c.address ? { address: c.address } : {}),
      cardCollected: true,
    });
  }

  const runImport = db.transaction((input: z.output<typeof importInput>) => {
    const { entries } = preview(input);
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
        person = merge(people.get(target.id), c);
        counts.merged += 1;
      } else {
        const { source: _source, note: _note, warnings: _warnings, photo: _photo, ...fields } = c;
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
      const bytes = readBytes(file);
      const text = decodeText(bytes);
      const fileName = path.basename(file);
      const token = randomUUID();
      const isVcard = /\.(vcf|vcard)$/iu.test(file) || /^\s*BEGIN:VCARD/iu.test(text.replace(/^\uFEFF/u, ''));
      if (isVcard) {
        chosen.set(token, { kind: 'vcard', fileName, file: vcardFileText(bytes) });
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
      const suggested = suggestMapping(table.headers);
      const hints = unmappedHints(table.headers, table.rows.map((r) => r.cells), suggested);
      return { kind: 'csv' as const, token, fileName, headers: table.headers, sample: table.rows.slice(0, 3).map((r) => r.cells), suggested, hints };
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
