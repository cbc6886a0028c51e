import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Handlers } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/method-names';
import type { Note } from '../../../shared/api/note-schemas';
import type { Settings } from '../../../shared/api/settings-schemas';
import { emlMessage, mailtoUrl } from '../../../shared/notes/mail-message';
import type { Clock } from '../clock';
import { InvalidInputError, NotFoundError } from '../core-errors';
import type { Db } from '../db/open-database';
import type { DialogPort, ExternalOpener } from '../os-ports';
import { createNoteRepository } from '../repositories/note-repository';
import { createNoteTemplateRepository } from '../repositories/note-template-repository';

type Methods = Extract<MethodName, `notes.${string}` | `noteTemplates.${string}`>;

export interface NoteDeps {
  clock: Clock;
  dialogs: DialogPort;
  openExternal: ExternalOpener;
  settings: { get(): Settings };
}

interface Recipient {
  full_name: string;
  email: string;
  email_status: 'none' | 'confirmed' | 'guessed';
}

function fileNameFor(name: string): string {
  const safe = [...name].filter((ch) => ch >= ' ' && !'\\/:*?"<>|'.includes(ch)).join('').trim() || 'note';
  return `Thank you - ${safe}.eml`;
}

/** Notes and templates, wired from the database and the OS ports: one line in core.ts. */
export function wireNotes(db: Db, deps: NoteDeps): Pick<Handlers, Methods> {
  const notes = createNoteRepository(db, deps.clock);
  const templates = createNoteTemplateRepository(db, deps.clock);
  const recipientOf = db.prepare<[string], Recipient>('SELECT full_name, email, email_status FROM people WHERE id = ?');

  /** The email and its confirmed address; a guessed one only when the user has seen the warning. */
  function emailFor(id: string, acknowledgeGuessedAddress: boolean): { note: Note; to: string; toName: string } {
    const note = notes.get(id);
    if (note.kind !== 'email') throw new InvalidInputError('id', 'Only the thank-you email can go to a mail app; print the letter instead.');
    const person = recipientOf.get(note.personId);
    if (!person) throw new NotFoundError('That interviewer');
    if (person.email.trim() === '' || person.email_status === 'none') {
      throw new InvalidInputError('email', `There is no email address for ${person.full_name}. Add it on their card first.`);
    }
    if (person.email_status === 'guessed' && !acknowledgeGuessedAddress) {
      throw new InvalidInputError('acknowledgeGuessedAddress', `${person.email} is a guessed address for ${person.full_name}, not a confirmed one.`);
    }
    return { note, to: person.email.trim(), toName: person.full_name };
  }

  return {
    'notes.listForInterview': ({ interviewId }) => notes.listForInterview(interviewId),
    'notes.listColleagueNotes': ({ interviewId }) => notes.listColleagueNotes(interviewId),
    'notes.save': (input) => notes.save(input),
    'notes.setStatus': ({ id, status, acknowledgeGaps }) => notes.setStatus(id, status, acknowledgeGaps),
    'notes.openInMailApp': async ({ id, acknowledgeGuessedAddress }) => {
      const { note, to } = emailFor(id, acknowledgeGuessedAddress);
      const url = mailtoUrl({ to, subject: note.subject, body: note.body });
      await deps.openExternal(url);
      return { url };
    },
    'notes.saveEml': async ({ id, acknowledgeGuessedAddress }) => {
      const { note, to, toName } = emailFor(id, acknowledgeGuessedAddress);
      const path = await deps.dialogs.showSaveDialog({
        title: 'Save email as .eml',
        defaultPath: fileNameFor(toName),
        filters: [{ name: 'Email message', extensions: ['eml'] }],
      });
      if (path === null) return { path: null };
      const settings = deps.settings.get();
      const text = emlMessage({
        to,
        toName,
        subject: note.subject,
        body: note.body,
        fromName: settings.yourName,
        fromAddress: settings.email,
        date: deps.clock.now(),
        messageId: `${randomUUID()}@afterword.invalid`,
      });
      fs.writeFileSync(path, text, 'utf8');
      return { path };
    },
    'noteTemplates.list': () => templates.list(),
    'noteTemplates.save': (input) => templates.save(input),
    'noteTemplates.delete': ({ id }) => templates.delete(id),
  };
}
