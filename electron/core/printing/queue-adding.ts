import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Note } from '../../../shared/api/notes/schemas';
import type { PrintQueueItem, QueueItemData, QueueRecipient } from '../../../shared/api/printing/schemas';
import { InvalidInputError } from '../core-errors';
import type { Repositories } from '../repositories';
import { printedText, refuseEmptyCardOnAdd } from './card-draft';
import { snapshotOf, type QueueItems } from './queue-items';

type LetterData = Extract<QueueItemData, { kind: 'letter' }>;

/** Who already has an envelope or a label waiting, and which notes a letter, so adding again never doubles them. */
function alreadyQueued(queued: PrintQueueItem[]): { envelopes: Set<string>; labels: Set<string>; notes: Set<string> } {
  const envelopes = new Set<string>();
  const labels = new Set<string>();
  const notes = new Set<string>();
  for (const { status, data } of queued) {
    if (status !== 'queued') continue;
    if (data.kind === 'envelope' && data.recipient.personId) envelopes.add(data.recipient.personId);
    if (data.kind === 'labels') for (const r of data.recipients) if (r.personId) labels.add(r.personId);
    if (data.kind === 'letter' && data.format === 'letter' && data.noteId) notes.add(data.noteId);
  }
  return { envelopes, labels, notes };
}

/** Letters, cards, envelopes and labels added to the queue, one at a time or for a whole interview. */
export function queueAdding(
  repos: Pick<Repositories, 'printQueue' | 'people' | 'participants' | 'notes' | 'references'>,
  items: QueueItems,
  today: () => string,
) {
  const { printQueue: queue, people, participants, notes, references } = repos;

  function addLetter(input: ParsedInputOf<'printQueue.addLetter'>): PrintQueueItem[] {
    // The queue keeps a snapshot (it must outlive the note), so no key checks these ids.
    if (input.interviewId !== null) references.interview(input.interviewId);
    if (input.noteId !== null) references.note(input.noteId, input.interviewId);
    const r: QueueRecipient = input.personId ? snapshotOf(people.get(input.personId)) : input.recipient!;
    const queuedAs: LetterData = {
      kind: 'letter',
      recipient: r,
      interviewId: input.interviewId,
      noteId: input.noteId,
      date: input.date ?? today(),
      salutation: input.salutation ?? '',
      body: input.body,
      format: input.format,
    };
    const letter = printedText(queuedAs, items.noteNow(input.noteId));
    refuseEmptyCardOnAdd(letter);
    // A note queued again replaces its queued letter (or its queued card) rather than printing twice.
    const isCard = input.format !== 'letter';
    const already = input.noteId
      ? queue.list().find((i) => i.status === 'queued' && i.data.kind === 'letter' && i.data.noteId === input.noteId && (i.data.format !== 'letter') === isCard)
      : undefined;
    if (already) return [queue.update(already.id, letter)];
    const added: QueueItemData[] = [letter];
    if (input.withEnvelope) added.push({ kind: 'envelope', recipient: r, interviewId: input.interviewId, envelope: null });
    return queue.add(added);
  }

  /** The interview's ready letters, and envelopes and labels for the people written to, leaving out what is already waiting. */
  function addForInterview({ interviewId, personIds, letters, envelopes, labels }: ParsedInputOf<'printQueue.addForInterview'>) {
    const all = participants.listForInterview(interviewId).map((p) => p.person);
    if (all.length === 0) throw new InvalidInputError('interviewId', 'This interview has no interviewers yet.');
    const everyone = personIds ? all.filter((p) => personIds.includes(p.id)) : all;
    if (everyone.length === 0) throw new InvalidInputError('personIds', 'None of the chosen people took part in this interview.');
    const waiting = alreadyQueued(queue.list());
    const byId = new Map(everyone.map((p) => [p.id, p]));
    const ready: Note[] = letters
      ? notes.listForInterview(interviewId).filter((n) => n.kind === 'letter' && n.status === 'ready' && n.body.trim() !== '' && byId.has(n.personId))
      : [];
    const date = today();
    const added: QueueItemData[] = [];
    const skipped: string[] = [];
    for (const note of ready) {
      const person = byId.get(note.personId)!;
      if (waiting.notes.has(note.id)) skipped.push(`Letter to ${person.fullName}`);
      else
        added.push(
          printedText({ kind: 'letter', recipient: snapshotOf(person), interviewId, noteId: note.id, date, salutation: '', body: '', format: 'letter' }, note),
        );
    }
    // With letters (queued now or before), envelopes and labels go to the people written to;
    // only when none of them has a letter do they go to everyone chosen.
    const writtenTo = new Set(ready.map((n) => n.personId));
    const recipients = (writtenTo.size > 0 ? everyone.filter((p) => writtenTo.has(p.id)) : everyone).map(snapshotOf);
    if (envelopes) {
      for (const r of recipients) {
        if (r.personId && waiting.envelopes.has(r.personId)) skipped.push(`Envelope to ${r.fullName}`);
        else added.push({ kind: 'envelope', recipient: r, interviewId, envelope: null });
      }
    }
    if (labels) {
      const fresh = recipients.filter((r) => !(r.personId && waiting.labels.has(r.personId)));
      for (const r of recipients) if (!fresh.includes(r)) skipped.push(`Label for ${r.fullName}`);
      if (fresh.length > 0) added.push({ kind: 'labels', recipients: fresh, interviewId, sheet: null, startAt: 1 });
    }
    if (added.length === 0 && skipped.length === 0) {
      throw new InvalidInputError('letters', letters ? 'No letters are marked ready for this interview.' : 'Choose letters, envelopes or labels.');
    }
    return { added: added.length > 0 ? queue.add(added) : [], skipped };
  }

  return { addLetter, addForInterview };
}
