import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Note } from '../../../shared/api/notes/schemas';
import { safeFileName } from '../../../shared/domain/safe-file-name';
import { emlMessage, mailtoUrl } from '../../../shared/notes/mail-message';
import type { Clock } from '../clock';
import { InvalidInputError, NotFoundError } from '../core-errors';
import { handOffAddress } from '../hand-off-address';
import type { DialogPort, ExternalOpener } from '../os-ports';
import type { Repositories } from '../repositories';

export interface NotePorts {
  clock: Clock;
  dialogs: DialogPort;
  openExternal: ExternalOpener;
}

/** A thank-you email leaves Afterword only by the user's hand: opened in their mail app, or saved as .eml. */
export function emailHandOff(repos: Pick<Repositories, 'notes' | 'people' | 'settings'>, ports: NotePorts) {
  /** The email and the address it goes to. */
  function emailFor(id: string, acknowledgeGuessedAddress: boolean): { note: Note; to: string; toName: string } {
    const note = repos.notes.get(id);
    if (note.kind !== 'email') throw new InvalidInputError('id', 'Only the thank-you email can go to a mail app; print the letter instead.');
    // A person deleted since the note was written can still be thanked.
    const person = repos.people.getIncludingDeleted(note.personId);
    if (!person) throw new NotFoundError('That interviewer');
    return { note, to: handOffAddress(person, acknowledgeGuessedAddress), toName: person.fullName };
  }

  return {
    async openInMailApp(id: string, acknowledgeGuessedAddress: boolean): Promise<{ url: string }> {
      const { note, to } = emailFor(id, acknowledgeGuessedAddress);
      const url = mailtoUrl({ to, subject: note.subject, body: note.body });
      await ports.openExternal(url);
      return { url };
    },
    /** path is null when the user cancelled the save dialog. */
    async saveEml(id: string, acknowledgeGuessedAddress: boolean): Promise<{ path: string | null }> {
      const { note, to, toName } = emailFor(id, acknowledgeGuessedAddress);
      const path = await ports.dialogs.showSaveDialog({
        title: 'Save email as .eml',
        defaultPath: `Thank you - ${safeFileName(toName, 'note')}.eml`,
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
        date: ports.clock.now(),
        messageId: `${randomUUID()}@afterword.invalid`,
      });
      fs.writeFileSync(path, text, 'utf8');
      return { path };
    },
  };
}
