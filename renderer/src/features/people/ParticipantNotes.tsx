import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { InterviewParticipant } from '../../../../shared/api/people/schemas';
import { api } from '../../api';
import { changedFields } from '../../autosave/changed-fields';
import { useAutosave } from '../../autosave/use-autosave';
import { TextAreaField } from '../../components/Field';
import { SaveStatus } from '../../components/SaveStatus';
import { participantKeys } from './queries';

type Notes = Pick<InterviewParticipant, 'topics' | 'learned' | 'rolePlan' | 'notes'>;
const NOTE_FIELDS: { key: keyof Notes; label: string }[] = [
  { key: 'topics', label: 'Topics discussed' },
  { key: 'learned', label: 'Something learned' },
  { key: 'rolePlan', label: "About the role or the hiring manager's plan" },
  { key: 'notes', label: 'Notes' },
];
const NOTE_KEYS = NOTE_FIELDS.map((f) => f.key);
const notesOf = (p: InterviewParticipant): Notes => ({ topics: p.topics, learned: p.learned, rolePlan: p.rolePlan, notes: p.notes });

/** What the user noted about one person at this interview: what the thank-you notes draw on. Saved as typed. */
export function ParticipantNotes({ participant }: { participant: InterviewParticipant }) {
  const client = useQueryClient();
  const [notes, setNotes] = useState<Notes>(() => notesOf(participant));
  // What the server is known to hold; only fields that differ from it are sent.
  const saved = useRef<Notes>(notesOf(participant));
  // Saves not yet answered: while any is, notes coming back are older than text typed since, and no news.
  const inFlight = useRef(0);

  // Notes written elsewhere (an import merge) show up in fields the user has not touched.
  useEffect(() => {
    if (inFlight.current > 0) return;
    const server = notesOf(participant);
    setNotes((local) => {
      const next = { ...local };
      for (const key of NOTE_KEYS) if (local[key] === saved.current[key]) next[key] = server[key];
      return next;
    });
    saved.current = server;
  }, [participant.topics, participant.learned, participant.rolePlan, participant.notes]);

  const autosave = useAutosave(async (n: Notes) => {
    const changes = changedFields(saved.current, n);
    if (Object.keys(changes).length === 0) return { ok: true as const, value: null };
    const before = saved.current;
    const sent = { ...before, ...changes };
    saved.current = sent;
    inFlight.current += 1;
    const result = await api['participants.update']({ interviewId: participant.interviewId, personId: participant.person.id, ...changes }).finally(
      () => (inFlight.current -= 1),
    );
    if (!result.ok && saved.current === sent) saved.current = before;
    // The notes checks read these, and the search finds people by them.
    if (result.ok)
      client.setQueryData<InterviewParticipant[]>(participantKeys.forInterview(participant.interviewId), (list) =>
        list?.map((p) => (p.person.id === participant.person.id ? { ...p, ...changes } : p)),
      );
    return result;
  });

  function edit<K extends keyof Notes>(key: K, value: string) {
    const next = { ...notes, [key]: value };
    setNotes(next);
    autosave.schedule(next);
  }
  const flush = () => void autosave.flush();

  return (
    <section className="participant-notes" aria-label={`What you noted about ${participant.person.fullName}`}>
      <div className="note-panel-header">
        <span className="hint">Written down while it is fresh; the thank-you notes draw on it.</span>
        <SaveStatus state={autosave.state} />
      </div>
      <div className="notes-grid">
        {NOTE_FIELDS.map(({ key, label }) => (
          <TextAreaField key={key} label={label} value={notes[key]} onChange={(e) => edit(key, e.target.value)} onBlur={flush} rows={3} maxLength={20000} />
        ))}
      </div>
    </section>
  );
}
