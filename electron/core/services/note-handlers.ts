import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Handlers } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/method-names';
import type { Note } from '../../../shared/api/note-schemas';
import { emlMessage, mailtoUrl } from '../../../shared/notes/mail-message';
import type { Clock } from '../clock';
import { InvalidInputError, NotFoundError } from '../core-errors';
import type { DialogPort, ExternalOpener } from '../os-ports';
import type { Repositories } from '../repositories';

type Methods = Extract<MethodName, `notes.${string}` | `noteTemplates.${string}`>;

export interface NotePorts {
  clock: Clock;
  dialogs: DialogPort;
  openExternal: ExternalOpener;
}

function fileNameFor(name: string): string {
  const safe = [...name].filter((ch) => ch >= ' ' && !'\\/:*?"<>|'.includes(ch)).join('').trim() || 'note';
  return `Thank you - ${safe}.eml`;
}

/** Notes to interviewers and their templates, and handing an email to the mail app. */
export function noteHandlers(repos: Pick<Repositories, 'notes' | 'noteTemplates' | 'people' | 'settings'>, deps: NotePorts): Pick<Handlers, Methods> {
  const { notes, noteTemplates: templates, people } = repos;

  /** The email and its confirmed address; a guessed one only when the user has seen the warning. */
  function emailFor(id: string, acknowledgeGuessedAddress: boolean): { note: Note; to: string; toName: string } {
    const note = notes.get(id);
    if (note.kind !== 'email') throw new InvalidInputError('id', 'Only the thank-you email can go to a mail app; print the letter instead.');
    // A person deleted since the note was written can still be thanked.
    const person = people.getIncludingDeleted(note.personId);
    if (!person) throw new NotFoundError('That interviewer');
    if (person.email.trim() === '' || person.emailStatus === 'none') {
      throw new InvalidInputError('email', `There is no email address for ${person.fullName}. Add it on their card first.`);
    }
    if (person.emailStatus === 'guessed' && !acknowledgeGuessedAddress) {
      throw new InvalidInputError('acknowledgeGuessedAddress', `${person.email} is a guessed address for ${person.fullName}, not a confirmed one.`);
    }
    return { note, to: person.email.trim(), toName: person.fullName };
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
      const settings = repos.settings.get();
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
