import type { Handlers } from '../../../shared/api/contract';
import type { NoteMethod } from '../../../shared/api/notes/methods';
import type { Repositories } from '../repositories';
import { emailHandOff, type NotePorts } from './email-hand-off';

/** Notes to interviewers, their templates, and handing an email to the mail app. */
export function noteHandlers(
  repos: Pick<Repositories, 'notes' | 'noteTemplates' | 'people' | 'settings' | 'references'>,
  ports: NotePorts,
): Pick<Handlers, NoteMethod> {
  const { notes, noteTemplates } = repos;
  const email = emailHandOff(repos, ports);
  return {
    'notes.listForInterview': ({ interviewId }) => notes.listForInterview(interviewId),
    'notes.listColleagueNotes': ({ interviewId }) => notes.listColleagueNotes(interviewId),
    'notes.save': (input) => {
      if (input.templateId) repos.references.template(input.templateId);
      return notes.save(input);
    },
    'notes.setStatus': ({ id, status, acknowledgeGaps }) => notes.setStatus(id, status, acknowledgeGaps),
    'notes.openInMailApp': ({ id, acknowledgeGuessedAddress }) => email.openInMailApp(id, acknowledgeGuessedAddress),
    'notes.saveEml': ({ id, acknowledgeGuessedAddress }) => email.saveEml(id, acknowledgeGuessedAddress),
    'noteTemplates.list': () => noteTemplates.list(),
    'noteTemplates.save': (input) => noteTemplates.save(input),
    'noteTemplates.delete': ({ id }) => noteTemplates.delete(id),
  };
}
