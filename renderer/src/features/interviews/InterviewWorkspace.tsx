import { useMemo, useState } from 'react';
import { Link, NavLink, Outlet, useNavigate, useOutletContext, useParams } from 'react-router';
import type { Interview, Opportunity } from '../../../../shared/api/opportunities/schemas';
import type { InterviewParticipant } from '../../../../shared/api/people/schemas';
import { isPersonSection, paths, type PersonSection } from '../../app/paths';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { useFocusOnClose } from '../../components/use-focus-on-close';
import { formatCalendarDate } from '../../format-date';
import { InterviewNotesProvider, noteKey, useInterviewNotes } from '../notes/InterviewNotes';
import { noteStateWord } from '../notes/note-state';
import { useInterviews, useOpportunity } from '../opportunities/queries';
import { AddInterviewerForm } from '../people/AddInterviewerForm';
import { ImportContacts } from '../people/ImportContacts';
import { useParticipants, useRemoveParticipant, useRestoreParticipant } from '../people/queries';
import { useVcfExport } from '../people/use-vcf-export';
import { useSettings } from '../settings/queries';
import '../people/people.css';
import './workspace.css';

/** What the parts of the workspace (a person, the follow-through) read from it. */
export interface Workspace {
  opportunity: Opportunity;
  interview: Interview;
  participants: InterviewParticipant[];
  senderCountry: string;
  remove(p: InterviewParticipant): void;
}

export const useWorkspace = () => useOutletContext<Workspace>();

/** The interview at the address, once it and its opportunity have loaded. */
export function InterviewWorkspace() {
  const { opportunityId = '', interviewId = '' } = useParams();
  const opportunity = useOpportunity(opportunityId);
  const interviews = useInterviews(opportunityId);
  const interview = interviews.data?.find((i) => i.id === interviewId);
  if (opportunity.data && interview) return <Loaded key={interview.id} opportunity={opportunity.data} interview={interview} />;
  if (opportunity.error || interviews.error) return <FormError error={opportunity.error ?? interviews.error} />;
  if (interviews.data) return <FormError error="That interview no longer exists." />;
  return <p className="muted">Loading the interview…</p>;
}

/**
 * One interview, master–detail: the people met (with how far the email and letter to each
 * have got) and its follow-through on one side, the chosen person or part on the other.
 * The same with one interviewer as with ten.
 */
function Loaded({ opportunity, interview }: { opportunity: Opportunity; interview: Interview }) {
  const navigate = useNavigate();
  const participantsQuery = useParticipants(interview.id);
  const participants = useMemo(() => participantsQuery.data ?? [], [participantsQuery.data]);
  const settings = useSettings();
  const [adding, setAdding] = useState(false);
  const addButton = useFocusOnClose<HTMLButtonElement>(adding);
  const [importing, setImporting] = useState(false);
  const importButton = useFocusOnClose<HTMLButtonElement>(importing);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<InterviewParticipant | null>(null);
  // One Undo per removal, so a second Remove does not take away the first one's.
  const [undos, setUndos] = useState<Array<{ id: string; label: string; personId: string }>>([]);
  const removeCall = useRemoveParticipant();
  const restoreCall = useRestoreParticipant();
  const exportVcf = useVcfExport();
  const present = useMemo(() => participants.map((p) => p.person.id), [participants]);

  function remove(p: InterviewParticipant) {
    setConfirmRemove(null);
    removeCall.mutate(
      { interviewId: interview.id, personId: p.person.id },
      {
        onSuccess: () => {
          setUndos((list) => [
            ...list.filter((u) => u.id !== p.person.id),
            { id: p.person.id, personId: p.person.id, label: `${p.person.fullName} was removed from this interview.` },
          ]);
          void navigate(paths.interview(opportunity.id, interview.id), { replace: true });
        },
      },
    );
  }

  function undo(u: { id: string; personId: string }) {
    restoreCall.mutate({ interviewId: interview.id, personId: u.personId }, { onSuccess: () => setUndos((now) => now.filter((x) => x.id !== u.id)) });
  }

  const when = `${formatCalendarDate(interview.date)}${interview.startTime ? ` ${interview.startTime}` : ''}`;
  const workspace: Workspace = { opportunity, interview, participants, senderCountry: settings.data?.country ?? '', remove: setConfirmRemove };
  return (
    <InterviewNotesProvider opportunity={opportunity} interview={interview} participants={participants}>
      <section className="workspace" aria-label={`Interview on ${formatCalendarDate(interview.date)}`}>
        <Link to={paths.opportunity(opportunity.id)} className="back-link">
          ← {opportunity.company} — {opportunity.role}
        </Link>
        <header className="detail-header workspace-header">
          <div>
            <h2 tabIndex={-1}>
              Interview <span className="muted">· {when}</span>
            </h2>
            {interview.title || interview.location ? <p className="muted">{[interview.title, interview.location].filter(Boolean).join(' · ')}</p> : null}
          </div>
          <div className="actions">
            <button
              type="button"
              onClick={() => exportVcf.mutate({ opportunityId: opportunity.id }, { onSuccess: (text) => text && setNotice(text) })}
              disabled={participants.length === 0}
            >
              Export all .vcf
            </button>
            <button ref={importButton} type="button" onClick={() => setImporting(true)}>
              Import contacts
            </button>
            {!adding ? (
              <button ref={addButton} type="button" className="primary" onClick={() => setAdding(true)}>
                Add interviewer
              </button>
            ) : null}
          </div>
        </header>
        <FormError error={participantsQuery.error ?? removeCall.error ?? restoreCall.error ?? exportVcf.error} />
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        {undos.map((u) => (
          <p key={u.id} className="notice undo" role="status">
            {u.label}{' '}
            <button type="button" className="small" onClick={() => undo(u)} aria-label={`Undo: ${u.label}`}>
              Undo
            </button>
          </p>
        ))}
        {adding ? (
          <AddInterviewerForm
            interviewId={interview.id}
            company={opportunity.company}
            present={present}
            onAdded={(p) => {
              setAdding(false);
              void navigate(paths.person(opportunity.id, interview.id, p.person.id));
            }}
            onCancel={() => setAdding(false)}
          />
        ) : null}
        <div className="workspace-grid">
          <WorkspaceNav opportunity={opportunity} interview={interview} participants={participants} loaded={participantsQuery.data !== undefined} />
          <div className="workspace-detail">{participantsQuery.data ? <Outlet context={workspace} /> : <p className="muted">Loading the interview…</p>}</div>
        </div>
        {importing ? (
          <ImportContacts
            interviewId={interview.id}
            company={opportunity.company}
            onDone={(summary) => {
              setImporting(false);
              if (summary) setNotice(summary);
            }}
          />
        ) : null}
        {confirmRemove ? (
          <ConfirmDialog
            title="Remove this interviewer?"
            message={`${confirmRemove.person.fullName} and your notes about them will be taken off this interview. You can undo this.`}
            confirmLabel="Remove"
            onConfirm={() => remove(confirmRemove)}
            onCancel={() => setConfirmRemove(null)}
          />
        ) : null}
      </section>
    </InterviewNotesProvider>
  );
}

const FOLLOW_THROUGH = [
  { tab: 'plan', label: 'Plan' },
  { tab: 'review', label: 'Review' },
  { tab: 'outcome', label: 'Outcome' },
  { tab: 'prep', label: 'Prep' },
] as const;

/** The master list: everyone met (how far each one's email and letter have got), then the interview's follow-through. */
function WorkspaceNav({
  opportunity,
  interview,
  participants,
  loaded,
}: {
  opportunity: Opportunity;
  interview: Interview;
  participants: InterviewParticipant[];
  loaded: boolean;
}) {
  const { personId, section } = useParams();
  const notes = useInterviewNotes();
  // Going from one person to the next keeps the part open: write the emails one after another.
  const keep: PersonSection = isPersonSection(section) ? section : 'noted';
  return (
    <nav className="workspace-nav" aria-label="This interview">
      <h3>Follow-through</h3>
      <ul className="follow-through-links" aria-label="Follow-through">
        {FOLLOW_THROUGH.map((t) => (
          <li key={t.tab}>
            <NavLink to={paths.followThrough(opportunity.id, interview.id, t.tab)} className="interviewer-link">
              {t.label}
            </NavLink>
          </li>
        ))}
      </ul>
      <h3 id="interviewers-title">Interviewers</h3>
      {loaded && participants.length === 0 ? <p className="empty">Nobody added yet. Add everyone you met with “Add interviewer”.</p> : null}
      <ul className="interviewer-list" aria-label="Interviewers">
        {participants.map((p) => {
          const email = notes.notes.get(noteKey(p.person.id, 'email'));
          const letter = notes.notes.get(noteKey(p.person.id, 'letter'));
          const started = (n: typeof email) => (n && (n.status !== 'draft' || n.body.trim() || n.subject.trim() || n.cardDraft.trim()) ? n.status : null);
          return (
            <li key={p.person.id}>
              <Link
                to={paths.person(opportunity.id, interview.id, p.person.id, keep)}
                className="interviewer-link"
                aria-current={p.person.id === personId ? 'true' : undefined}
              >
                <span className="name">{p.person.fullName}</span>
                {p.person.title ? <span className="muted title">{p.person.title}</span> : null}
                <span className="states">
                  <span className={`state state-${started(email) ?? 'none'}`}>Email: {noteStateWord(started(email))}</span>
                  <span className={`state state-${started(letter) ?? 'none'}`}>Letter: {noteStateWord(started(letter))}</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
