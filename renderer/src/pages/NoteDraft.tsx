import { useEffect, useState } from 'react';
import type { Interview, Opportunity } from '../../../shared/api/opportunity-schemas';
import type { InterviewParticipant } from '../../../shared/api/people-schemas';
import { mergeValuesFor } from '../../../shared/notes/merge-values';
import { builtInTemplates, fillTemplate, hasGaps, spokenDate, type MergeValues, type TemplateStage } from '../../../shared/notes/note-templates';
import { api } from '../api';
import { Field, TextAreaField } from '../components/Field';
import './follow-through.css';

interface NoteDraftProps {
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

/**
 * A one-off note drafted from the note studio's template for one person at the interview,
 * editable here, handed to the mail app or copied. Nothing is sent from Afterword.
 */
export function NoteDraft({ interview, opportunity, stage, title, hint, bodyLabel }: NoteDraftProps) {
  const [people, setPeople] = useState<InterviewParticipant[]>([]);
  const [yourName, setYourName] = useState('');
  const [to, setTo] = useState('');
  const [edited, setEdited] = useState<{ subject: string; body: string } | null>(null);
  const [mailError, setMailError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api['participants.list']({ interviewId: interview.id }).then((r) => {
      if (!live || !r.ok) return;
      const ranked = [...r.value].sort((a, b) => rank(a) - rank(b));
      setPeople(ranked);
      setTo(ranked[0]?.person.id ?? '');
    });
    void api['settings.get']({}).then((r) => {
      if (live && r.ok) setYourName(r.value.yourName);
    });
    return () => {
      live = false;
    };
  }, [interview.id]);

  const template = builtInTemplates.find((t) => t.stage === stage && t.kind === 'email');
  if (!template) return null;
  const participant = people.find((p) => p.person.id === to);
  const values: MergeValues = participant
    ? mergeValuesFor({ participant, participants: people, company: opportunity.company, role: opportunity.role, interviewDate: interview.date, yourName })
    : { company: opportunity.company, role: opportunity.role, interviewDate: spokenDate(interview.date), yourName };
  const subject = edited?.subject ?? fillTemplate(template.subject, values);
  const body = edited?.body ?? fillTemplate(template.body, values);
  const id = `${stage}-${interview.id}`;

  return (
    <section className="ft-request" aria-label={title}>
      <h4>{title}</h4>
      <p className="hint">{hint}</p>
      {people.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <select
            id={`${id}-to`}
            value={to}
            onChange={(e) => {
              setTo(e.target.value);
              setEdited(null);
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
      <Field label="Subject" value={subject} maxLength={500} onChange={(e) => setEdited({ subject: e.target.value, body })} />
      <TextAreaField label={bodyLabel} value={body} rows={8} maxLength={20000} onChange={(e) => setEdited({ subject, body: e.target.value })} />
      {hasGaps(`${subject}\n${body}`) ? (
        <p className="ft-warning" role="note">
          Fill in the parts in [square brackets] before you send it.
        </p>
      ) : null}
      {mailError ? <p role="alert" className="form-error">{mailError}</p> : null}
      <div className="actions">
        <button type="button" onClick={() => void navigator.clipboard?.writeText(`${subject}\n\n${body}`)}>
          Copy
        </button>
        <button
          type="button"
          className="primary"
          onClick={async () => {
            const r = await api['followThrough.openDraftInMailApp']({ to: participant?.person.email ?? '', subject, body });
            setMailError(r.ok ? null : r.error.message);
          }}
        >
          Open in mail app
        </button>
      </div>
    </section>
  );
}
