import type { OutputOf, ParsedInputOf } from '../../../shared/api/contract';
import { mailtoUrl } from '../../../shared/notes/mail-message';
import { InvalidInputError } from '../core-errors';
import { handOffAddress } from '../hand-off-address';
import type { ExternalOpener } from '../os-ports';
import type { Repositories } from '../repositories';

/**
 * Hands a drafted note (feedback request, follow-up) to the user's mail app, addressed to
 * someone who was at the interview by the one hand-off address rule; nothing is sent. The
 * text is saved and the hand-off logged.
 */
export async function openDraftInMailApp(
  repos: Pick<Repositories, 'interviews' | 'participants' | 'drafts'>,
  openExternal: ExternalOpener,
  { acknowledgeGuessedAddress, ...draft }: ParsedInputOf<'followThrough.openDraftInMailApp'>,
): Promise<OutputOf<'followThrough.openDraftInMailApp'>> {
  repos.interviews.get(draft.interviewId);
  let to = '';
  if (draft.personId) {
    const person = repos.participants.find(draft.interviewId, draft.personId)?.person;
    if (!person) throw new InvalidInputError('personId', 'Choose someone who was at this interview.');
    to = handOffAddress(person, acknowledgeGuessedAddress);
  }
  const url = mailtoUrl({ to, subject: draft.subject, body: draft.body });
  await openExternal(url);
  return { url, draft: repos.drafts.recordSend(draft, to) };
}
