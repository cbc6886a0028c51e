import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Review, ReviewQuestion } from '../../../../shared/api/follow-through/schemas';
import { api, ask } from '../../api';
import { useAutosave } from '../../autosave/use-autosave';
import { TextAreaField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { SaveStatus } from '../../components/SaveStatus';
import { followThroughKeys, planKeys } from './queries';
import './follow-through.css';

type Draft = Omit<Review, 'interviewId' | 'updatedAt'>;

const emptyQuestion: ReviewQuestion = { question: '', answer: '', betterAnswer: '', weak: false };

/** The user's honest look back at one interview, saved as they type. */
export function ReviewPanel({ interviewId }: { interviewId: string }) {
  const client = useQueryClient();
  const loaded = useQuery({ queryKey: followThroughKeys.review(interviewId), queryFn: () => ask('review.get', { interviewId }) });
  const [draft, setDraft] = useState<Draft | null>(null);
  // Questions are stored as a plain list; these ids keep each one's inputs (and focus) with it
  // when another is removed.
  const [questionIds, setQuestionIds] = useState<string[]>([]);
  const autosave = useAutosave(async (value: Draft) => {
    const result = await api['review.save']({ interviewId, ...value });
    // A written review takes its step off the plan and off Today.
    if (result.ok) void client.invalidateQueries({ queryKey: planKeys.all });
    return result;
  });

  // Filled once from what is stored; from then on the form holds the truth.
  useEffect(() => {
    if (!loaded.data || draft) return;
    const { interviewId: _id, updatedAt: _at, ...rest } = loaded.data;
    setDraft(rest);
    setQuestionIds(rest.questions.map(() => crypto.randomUUID()));
  }, [loaded.data, draft]);

  if (!draft) return loaded.error ? <FormError error={loaded.error} /> : <p className="muted">Loading the review…</p>;

  function change(next: Draft) {
    setDraft(next);
    autosave.schedule(next);
  }
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => change({ ...draft!, [key]: value });
  const setQuestion = (n: number, patch: Partial<ReviewQuestion>) =>
    set(
      'questions',
      draft.questions.map((q, i) => (i === n ? { ...q, ...patch } : q)),
    );
  const flush = () => void autosave.flush();

  return (
    <form className="ft-review" aria-label="Review" onSubmit={(e) => e.preventDefault()}>
      <div className="ft-panel-head">
        <p className="hint">Write it while it is fresh. Only you see it.</p>
        <SaveStatus state={autosave.state} />
      </div>
      <fieldset className="ft-fieldset">
        <legend>Questions asked</legend>
        {draft.questions.length === 0 ? <p className="empty">No questions yet.</p> : null}
        {draft.questions.map((q, n) => (
          <div key={questionIds[n] ?? n} className="ft-question" role="group" aria-label={`Question ${n + 1}`}>
            <TextAreaField
              label={`Question ${n + 1}`}
              value={q.question}
              rows={1}
              maxLength={2000}
              onChange={(e) => setQuestion(n, { question: e.target.value })}
              onBlur={flush}
            />
            <TextAreaField
              label="How you answered"
              value={q.answer}
              rows={2}
              maxLength={5000}
              onChange={(e) => setQuestion(n, { answer: e.target.value })}
              onBlur={flush}
            />
            <TextAreaField
              label="Better answer"
              value={q.betterAnswer}
              rows={2}
              maxLength={5000}
              onChange={(e) => setQuestion(n, { betterAnswer: e.target.value })}
              onBlur={flush}
            />
            <div className="actions ft-question-actions">
              <label>
                <input type="checkbox" checked={q.weak} onChange={(e) => setQuestion(n, { weak: e.target.checked })} /> My answer was weak
              </label>
              <button
                type="button"
                className="danger-quiet"
                onClick={() => {
                  setQuestionIds((ids) => ids.filter((_, i) => i !== n));
                  set(
                    'questions',
                    draft.questions.filter((_, i) => i !== n),
                  );
                }}
              >
                Remove question {n + 1}
              </button>
            </div>
          </div>
        ))}
        <button
          type="button"
          onClick={() => {
            setQuestionIds((ids) => [...ids, crypto.randomUUID()]);
            set('questions', [...draft.questions, emptyQuestion]);
          }}
        >
          Add question
        </button>
      </fieldset>
      <TextAreaField
        label="What went well"
        value={draft.wentWell}
        rows={2}
        maxLength={10000}
        onChange={(e) => set('wentWell', e.target.value)}
        onBlur={flush}
      />
      <TextAreaField
        label="What did not go well"
        value={draft.wentBadly}
        rows={2}
        maxLength={10000}
        onChange={(e) => set('wentBadly', e.target.value)}
        onBlur={flush}
      />
      <TextAreaField
        label="What to do differently"
        value={draft.doDifferently}
        rows={2}
        maxLength={10000}
        onChange={(e) => set('doDifferently', e.target.value)}
        onBlur={flush}
      />
      <ChoiceWithNote
        id={`rapport-${interviewId}`}
        label="How the rapport felt"
        value={draft.rapport}
        choices={[
          ['', 'Not said'],
          ['strong', 'Strong'],
          ['fine', 'Fine'],
          ['missing', 'Missing'],
        ]}
        onChoose={(v) => set('rapport', v)}
        noteLabel="About the rapport"
        note={draft.rapportNote}
        onNote={(v) => set('rapportNote', v)}
        onBlur={flush}
      />
      <p className={`ft-reminder${draft.rapport === 'missing' ? ' ft-reminder-strong' : ''}`} role="note">
        A missing rapport with one interviewer is no reason on its own to drop a good job.
      </p>
      <ChoiceWithNote
        id={`goodplace-${interviewId}`}
        label="Would this company be a good place to work?"
        value={draft.goodPlace}
        choices={[
          ['', 'Not answered'],
          ['yes', 'Yes'],
          ['unsure', 'Unsure'],
          ['no', 'No'],
        ]}
        onChoose={(v) => set('goodPlace', v)}
        noteLabel="All things considered"
        note={draft.goodPlaceNote}
        onNote={(v) => set('goodPlaceNote', v)}
        onBlur={flush}
      />
    </form>
  );
}

/** A question answered from a short list, with a line of its own beside it. */
function ChoiceWithNote<V extends string>(props: {
  id: string;
  label: string;
  value: V;
  choices: [V, string][];
  onChoose: (value: V) => void;
  noteLabel: string;
  note: string;
  onNote: (note: string) => void;
  onBlur: () => void;
}) {
  return (
    <div className="row">
      <div className="field">
        <label htmlFor={props.id}>{props.label}</label>
        <select id={props.id} value={props.value} onChange={(e) => props.onChoose(e.target.value as V)}>
          {props.choices.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      </div>
      <TextAreaField
        label={props.noteLabel}
        value={props.note}
        rows={1}
        maxLength={5000}
        onChange={(e) => props.onNote(e.target.value)}
        onBlur={props.onBlur}
      />
    </div>
  );
}
