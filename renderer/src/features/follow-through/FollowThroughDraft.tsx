import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { FollowThroughDraft } from '../../../../shared/api/follow-through/schemas';
import type { Interview, Opportunity } from '../../../../shared/api/opportunities/schemas';
import type { InterviewParticipant } from '../../../../shared/api/people/schemas';
import { mergeValuesFor } from '../../../../shared/notes/merge-values';
import { builtInTemplates, fillTemplate, hasGaps, spokenDate, type MergeValues, type TemplateStage } from '../../../../shared/notes/note-templates';
import { api, ask } from '../../api';
import { useAutosave } from '../../autosave/use-autosave';
import { Field, TextAreaField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { SaveStatus } from '../../components/SaveStatus';
import { useParticipants } from '../people/queries';
import { useSettings } from '../settings/queries';
import { followThroughKeys } from './queries';
import './follow-through.css';

interface FollowThroughDraftProps {
  interview: Interview;
  opportunity: Pick<Opportunity, 'company' | 'role'>;
  /** Which of the note studio's templates to start from. */
  stage: Extract<TemplateStage, 'feedback' | 'follow-up'>;
  title: string;
  hint: string;
  /** Visible label of the note's text, e.g. "Feedback request". */
  bodyLabel: string;
}

/** Who to write to first: the hiring manager, then the recruiter, then anyone else. */
function rank(p: InterviewParticipant): number {
  if (p.roles.includes('hiring-manager')) return 0;
  if (p.roles.includes('recruiter')) return 1;
  return 2;
}

interface DraftState {
  personId: string | null;
  /** The user's own text; null while the template's text is shown (it follows "To"). */
  text: { subject: string; body: string } | null;
}

/**
 * A one-off note drafted from the note studio's template for one person at the interview,
 * editable here (autosaved, so a tab switch or a restart keeps it), handed to the mail app
 * or copied. Nothing is sent from Afterword; each hand-off is logged.
 */
export function FollowThroughDraft({ interview, opportunity, stage, title, hint, bodyLabel }: FollowThroughDraftProps) {
  const participants = useParticipants(interview.id);
  const people = useMemo(() => [...(participants.data ?? [])].sort((a, b) => rank(a) - rank(b)), [participants.data]);
  const yourName = useSettings().data?.yourName ?? '';
  const saved = useQuery({ queryKey: followThroughKeys.draft(interview.id, stage), queryFn: () => ask('drafts.get', { interviewId: interview.id, stage }) });
  const [draft, setDraft] = useState<DraftState | null>(null);
  const [sends, setSends] = useState<FollowThroughDraft['sends']>([]);
  const [useGuessed, setUseGuessed] = useState(false);
  const [mailError, setMailError] = useState<string | null>(null);
  const autosave = useAutosave((value: { personId: string | null; subject: string; body: string; edited: boolean }) =>
    api['drafts.save']({ interviewId: interview.id, stage, ...value }),
  );

  // Filled once, when the stored draft and the people are both known; from then on the form holds the truth.
  useEffect(() => {
    if (draft || !participants.data || (!saved.data && !saved.error)) return;
    const stored = saved.data ?? null;
    const personId = stored?.personId && people.some((p) => p.person.id === stored.personId) ? stored.personId : (people[0]?.person.id ?? null);
    setDraft({ personId, text: stored?.edited ? { subject: stored.subject, body: stored.body } : null });
    setSends(stored?.sends ?? []);
    if (saved.error) setMailError(saved.error.message);
  }, [draft, participants.data, people, saved.data, saved.error]);

  const template = builtInTemplates.find((t) => t.stage === stage && t.kind === 'email');
  if (!template) return null;
  const participant = people.find((p) => p.person.id === draft?.personId);
  const values: MergeValues = participant
    ? mergeValuesFor({ participant, participants: people, company: opportunity.company, role: opportunity.role, interviewDate: interview.date, yourName })
    : { company: opportunity.company, role: opportunity.role, interviewDate: spokenDate(interview.date), yourName };
  const subject = draft?.text?.subject ?? fillTemplate(template.subject, values);
  const body = draft?.text?.body ?? fillTemplate(template.body, values);
  const id = `${stage}-${interview.id}`;
  const guessed = participant?.person.emailStatus === 'guessed';
  const noAddress = participant !== undefined && (participant.person.emailStatus === 'none' || participant.person.email.trim() === '');

  function change(next: DraftState) {
    setDraft(next);
    setMailError(null);
    autosave.schedule({ personId: next.personId, subject: next.text?.subject ?? '', body: next.text?.body ?? '', edited: next.text !== null });
  }

  async function openInMailApp() {
    await autosave.flush();
    const r = await api['followThrough.openDraftInMailApp']({
      interviewId: interview.id,
      stage,
      personId: draft?.personId ?? null,
      subject,
      body,
      edited: draft?.text !== null,
      acknowledgeGuessedAddress: guessed && useGuessed,
    });
    setMailError(r.ok ? null : r.error.message);
    if (r.ok) setSends(r.value.draft.sends);
  }

  return (
    <section className="ft-request" aria-label={title}>
      <h4>{title}</h4>
      <p className="hint">{hint}</p>
      {people.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <select
            id={`${id}-to`}
            value={draft?.personId ?? ''}
            disabled={draft === null}
            onChange={(e) => {
              setUseGuessed(false);
              // The user's own text stays; only the template's text follows the new person.
              change({ personId: e.target.value, text: draft?.text ?? null });
            }}
          >
            {people.map((p) => (
              <option key={p.person.id} value={p.person.id}>
                {p.person.fullName}
                {p.roles.length > 0 ? ` (${p.roles.join(', ')})` : ''}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {guessed && participant ? (
        <div className="ft-warning" role="note">
          <p>
            {participant.person.email} is a guessed address for {participant.person.fullName}, not a confirmed one.
          </p>
          <label>
            <input type="checkbox" checked={useGuessed} onChange={(e) => setUseGuessed(e.target.checked)} /> Use the guessed address
          </label>
        </div>
      ) : null}
      {noAddress && participant ? (
        <p className="ft-warning" role="note">
          There is no email address for {participant.person.fullName}. Add it on their card first, or copy the note.
        </p>
      ) : null}
      <Field
        label="Subject"
        value={subject}
        maxLength={500}
        disabled={draft === null}
        onChange={(e) => change({ personId: draft?.personId ?? null, text: { subject: e.target.value, body } })}
      />
      <TextAreaField
        label={bodyLabel}
        value={body}
        rows={8}
        maxLength={20000}
        disabled={draft === null}
        onChange={(e) => change({ personId: draft?.personId ?? null, text: { subject, body: e.target.value } })}
        onBlur={() => void autosave.flush()}
      />
      <SaveStatus state={autosave.state} />
      {hasGaps(`${subject}\n${body}`) ? (
        <p className="ft-warning" role="note">
          Fill in the parts in [square brackets] before you send it.
        </p>
      ) : null}
      <FormError error={mailError} />
      {sends.length > 0 ? (
        <ul className="muted ft-sends" aria-label="Opened in mail app">
          {sends.map((s, i) => (
            <li key={`${s.at}-${i}`}>
              Opened in mail app {new Date(s.at).toLocaleString()}
              {s.sentTo ? ` for ${s.sentTo}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="actions">
        <button type="button" onClick={() => void navigator.clipboard?.writeText(`${subject}\n\n${body}`)}>
          Copy
        </button>
        <button type="button" className="primary" disabled={draft === null || (guessed && !useGuessed)} onClick={() => void openInMailApp()}>
          Open in mail app
        </button>
      </div>
    </section>
  );
}
