import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Interview, Opportunity } from '../../../shared/api/opportunity-schemas';
import type { InterviewParticipant, Person } from '../../../shared/api/people-schemas';
import { api } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useFocusOnClose } from '../components/use-focus-on-close';
import { formatCalendarDate } from '../format-date';
import { ScanCards } from '../card-scan/ScanCards';
import { AddInterviewerForm } from './people/AddInterviewerForm';
import { ImportContacts } from './people/ImportContacts';
import { InterviewerCard } from './people/InterviewerCard';
import { NoteStudio } from './NoteStudio';
import { FollowThrough } from './FollowThrough';
import { PeopleSearch } from './people/PeopleSearch';
import './people/people.css';

interface InterviewPageProps {
  opportunity: Opportunity;
  interview: Interview;
  onBack(): void;
  /** Opens another interview (from a search result). */
  onOpenInterview?(opportunityId: string, interviewId: string): void;
}

/**
 * One interview: the people met there, with their cards and the user's notes. A container:
 * other parts (notes, review…) mount their own panels in the marked spot below.
 */
export function InterviewPage({ opportunity, interview, onBack, onOpenInterview }: InterviewPageProps) {
  const [participants, setParticipants] = useState<InterviewParticipant[]>([]);
  // The panels below are shown once the interviewers are known, so the page does not
  // grow under the user's pointer while it loads.
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const addInterviewerButton = useFocusOnClose<HTMLButtonElement>(adding);
  const [importing, setImporting] = useState(false);
  const [scanning, setScanning] = useState(false);
  const [senderCountry, setSenderCountry] = useState('');
  const [confirmRemove, setConfirmRemove] = useState<InterviewParticipant | null>(null);
  // One Undo per removal, so a second Remove does not take away the first one's.
  const [undos, setUndos] = useState<Array<{ id: string; label: string; run(): Promise<void> }>>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  const reload = useCallback(async () => {
    const result = await api['participants.list']({ interviewId: interview.id });
    if (result.ok) {
      setParticipants(result.value);
      setGeneration((g) => g + 1);
      setLoaded(true);
    } else setLoadError(result.error.message);
  }, [interview.id]);

  useEffect(() => {
    void reload();
    void api['settings.get']({}).then((r) => {
      if (r.ok) setSenderCountry(r.value.country);
    });
  }, [reload]);

  async function remove(p: InterviewParticipant) {
    setConfirmRemove(null);
    const key = { interviewId: interview.id, personId: p.person.id };
    const result = await api['participants.remove'](key);
    if (!result.ok) return setLoadError(result.error.message);
    setParticipants((list) => list.filter((x) => x.person.id !== p.person.id));
    const id = p.person.id;
    setUndos((list) => [
      ...list.filter((u) => u.id !== id),
      {
        id,
        label: `${p.person.fullName} was removed from this interview.`,
        async run() {
          const back = await api['participants.restore'](key);
          if (back.ok) await reload();
          else setLoadError(back.error.message);
          setUndos((now) => now.filter((u) => u.id !== id));
        },
      },
    ]);
  }

  async function exportVcf(people: Person[] | 'opportunity') {
    const result =
      people === 'opportunity'
        ? await api['contacts.exportOpportunity']({ opportunityId: opportunity.id })
        : await api['contacts.exportPerson']({ id: people[0]!.id });
    if (!result.ok) setLoadError(result.error.message);
    else if (result.value.path) setNotice(`Saved ${result.value.count} contact${result.value.count === 1 ? '' : 's'} to ${result.value.path}`);
  }

  // The same list while the same people are present, so the form does not fetch on every render.
  const presentKey = participants.map((p) => p.person.id).join(',');
  const present = useMemo(() => presentKey.split(',').filter(Boolean), [presentKey]);

  const when = `${formatCalendarDate(interview.date)}${interview.startTime ? ` ${interview.startTime}` : ''}`;
  return (
    <section className="detail interview-page" aria-label={`Interview on ${formatCalendarDate(interview.date)}`}>
      <button type="button" className="back-link" onClick={onBack}>
        ← {opportunity.company} — {opportunity.role}
      </button>
      <header className="detail-header">
        <h2>
          Interview <span className="muted">· {when}</span>
        </h2>
      </header>
      {interview.title || interview.location ? (
        <p className="muted">{[interview.title, interview.location].filter(Boolean).join(' · ')}</p>
      ) : null}

      <PeopleSearch
        onOpen={(hit) => {
          if (hit.interviewId && hit.opportunityId && onOpenInterview) onOpenInterview(hit.opportunityId, hit.interviewId);
        }}
      />

      <section aria-labelledby="interviewers-title">
        <div className="section-header">
          <h3 id="interviewers-title">Interviewers</h3>
          <div className="actions">
            <button type="button" onClick={() => void exportVcf('opportunity')} disabled={participants.length === 0}>
              Export all .vcf
            </button>
            <button type="button" onClick={() => setImporting(true)}>
              Import contacts
            </button>
            {!scanning ? (
              <button type="button" onClick={() => setScanning(true)}>
                Scan business cards
              </button>
            ) : null}
            {!adding ? (
              <button ref={addInterviewerButton} type="button" className="primary" onClick={() => setAdding(true)}>
                Add interviewer
              </button>
            ) : null}
          </div>
        </div>
        {loadError ? <p role="alert" className="form-error">{loadError}</p> : null}
        {notice ? <p className="notice" role="status">{notice}</p> : null}
        {undos.map((undo) => (
          <p key={undo.id} className="notice undo" role="status">
            {undo.label}{' '}
            <button type="button" className="small" onClick={() => void undo.run()} aria-label={`Undo: ${undo.label}`}>
              Undo
            </button>
          </p>
        ))}
        {importing ? (
          <ImportContacts
            interviewId={interview.id}
            company={opportunity.company}
            onDone={(summary) => {
              setImporting(false);
              if (summary) setNotice(summary);
              void reload();
            }}
          />
        ) : null}
        {scanning ? (
          <ScanCards
            interviewId={interview.id}
            company={opportunity.company}
            onAdded={() => void reload()}
            onClose={() => {
              setScanning(false);
              void reload();
            }}
          />
        ) : null}
        {adding ? (
          <AddInterviewerForm
            interviewId={interview.id}
            company={opportunity.company}
            present={present}
            onAdded={() => {
              setAdding(false);
              // Reload all: adding someone with an address may give colleagues a guessed one.
              void reload();
            }}
            onCancel={() => setAdding(false)}
            onScan={() => {
              setAdding(false);
              setScanning(true);
            }}
          />
        ) : null}
        {loaded && participants.length === 0 && !adding ? <p className="empty">Nobody added yet. Add everyone you met with “Add interviewer”.</p> : null}
        <div className="interviewers" role="list" aria-label="Interviewers">
          {participants.map((p) => (
            <div role="listitem" key={p.person.id}>
              <InterviewerCard
                participant={p}
                opportunityId={opportunity.id}
                senderCountry={senderCountry}
                generation={generation}
                onChanged={(next) => setParticipants((list) => list.map((x) => (x.person.id === next.person.id ? next : x)))}
                onPeopleChanged={() => void reload()}
                onRemove={() => setConfirmRemove(p)}
                onExport={(person) => void exportVcf([person])}
              />
            </div>
          ))}
        </div>
      </section>

      {loaded ? (
        <>
          {/* Panels from other parts of Afterword mount here, one line each. */}
          <NoteStudio opportunity={opportunity} interview={interview} participants={participants} />
          <FollowThrough interview={interview} opportunity={opportunity} initialTab="auto" />
        </>
      ) : (
        <p className="muted">Loading the interview…</p>
      )}

      {confirmRemove ? (
        <ConfirmDialog
          title="Remove this interviewer?"
          message={`${confirmRemove.person.fullName} and your notes about them will be taken off this interview. You can undo this.`}
          confirmLabel="Remove"
          onConfirm={() => void remove(confirmRemove)}
          onCancel={() => setConfirmRemove(null)}
        />
      ) : null}
    </section>
  );
}
