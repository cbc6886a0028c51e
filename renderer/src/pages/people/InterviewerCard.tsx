import { useEffect, useRef, useState } from 'react';
import type { InterviewParticipant, OpportunityRole, Person } from '../../../../shared/api/people-schemas';
import { formatPostalAddress } from '../../../../shared/domain/postal-address-format';
import { api } from '../../api';
import { CardPhotos } from '../../card-scan/CardPhotos';
import { TextAreaField } from '../../components/Field';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../use-autosave';
import { changedFields } from './changed-fields';
import { PersonFieldset } from './PersonFieldset';
import { toPersonDraft, toPersonFields, type PersonDraft } from './person-draft';

type Notes = Pick<InterviewParticipant, 'topics' | 'learned' | 'rolePlan' | 'notes'>;

interface InterviewerCardProps {
  participant: InterviewParticipant;
  opportunityId: string;
  senderCountry: string;
  /** Changes whenever the page reloads its people, so derived hints are fetched again. */
  generation: number;
  onChanged(p: InterviewParticipant): void;
  /** Other people's guessed addresses may change when this person's address does. */
  onPeopleChanged(): void;
  onRemove(): void;
  onExport(person: Person): void;
}

const NOTE_KEYS = ['topics', 'learned', 'rolePlan', 'notes'] as const;
const notesOf = (p: InterviewParticipant): Notes => ({ topics: p.topics, learned: p.learned, rolePlan: p.rolePlan, notes: p.notes });

const ROLE_LABEL: Record<OpportunityRole, string> = { interviewer: 'Interviewer', 'hiring-manager': 'Hiring manager', recruiter: 'Recruiter' };

/** One interviewer: their card, the user's notes from this interview, and their roles. */
export function InterviewerCard({ participant, opportunityId, senderCountry, generation, onChanged, onPeopleChanged, onRemove, onExport }: InterviewerCardProps) {
  const { person } = participant;
  const [editing, setEditing] = useState(false);
  const [showCard, setShowCard] = useState(false);
  const [draft, setDraft] = useState<PersonDraft>(() => toPersonDraft(person));
  const [notes, setNotes] = useState<Notes>(() => notesOf(participant));
  // What the server is known to hold; only fields that differ from it are sent.
  const savedNotes = useRef<Notes>(notesOf(participant));
  const savedPerson = useRef(toPersonFields(toPersonDraft(person)));
  const [message, setMessage] = useState<string | null>(null);
  const [noGuessReason, setNoGuessReason] = useState('');

  useEffect(() => {
    if (person.email !== '') return setNoGuessReason('');
    let live = true;
    void api['people.explainEmail']({ id: person.id }).then((r) => {
      if (live && r.ok) setNoGuessReason(r.value.explanation);
    });
    return () => {
      live = false;
    };
  }, [person.id, person.email, generation]);

  // Saves of these notes not yet answered: while any is, the notes coming back are this
  // card's own, older than text typed since, and are no news.
  const notesInFlight = useRef(0);
  // Notes written elsewhere (an import merge) show up in fields the user has not touched.
  useEffect(() => {
    const server = notesOf(participant);
    // Taking them would put back the text of an earlier keystroke while a later one is being saved.
    if (notesInFlight.current > 0) return;
    setNotes((local) => {
      const next = { ...local };
      for (const key of NOTE_KEYS) if (local[key] === savedNotes.current[key]) next[key] = server[key];
      return next;
    });
    savedNotes.current = server;
  }, [participant.topics, participant.learned, participant.rolePlan, participant.notes]);

  const personSave = useAutosave(async (d: PersonDraft) => {
    const fields = toPersonFields(d);
    const changes = changedFields(savedPerson.current, fields);
    if (Object.keys(changes).length === 0) return { ok: true as const, value: null };
    // A new full name is re-split by the core unless the parts come with it.
    if (changes.fullName !== undefined) Object.assign(changes, { givenName: fields.givenName, familyName: fields.familyName });
    const before = savedPerson.current;
    savedPerson.current = fields;
    const result = await api['people.update']({ id: person.id, ...changes });
    // Not saved: these fields still differ from the server and go with the next save.
    if (!result.ok && savedPerson.current === fields) savedPerson.current = before;
    if (result.ok) {
      onChanged({ ...participant, person: result.value });
      onPeopleChanged();
    }
    return result;
  });
  const notesSave = useAutosave(async (n: Notes) => {
    const changes = changedFields(savedNotes.current, n);
    if (Object.keys(changes).length === 0) return { ok: true as const, value: null };
    const before = savedNotes.current;
    const sent = { ...before, ...changes };
    savedNotes.current = sent;
    notesInFlight.current += 1;
    const result = await api['participants.update']({ interviewId: participant.interviewId, personId: person.id, ...changes }).finally(() => (notesInFlight.current -= 1));
    if (!result.ok && savedNotes.current === sent) savedNotes.current = before;
    if (result.ok) onChanged({ ...result.value, person: participant.person });
    return result;
  });

  function editPerson(next: PersonDraft) {
    setDraft(next);
    personSave.schedule(next);
  }
  function editNotes<K extends keyof Notes>(key: K, value: string) {
    const next = { ...notes, [key]: value };
    setNotes(next);
    notesSave.schedule(next);
  }

  async function confirmEmail() {
    const result = await api['people.confirmEmail']({ id: person.id });
    if (result.ok) {
      onChanged({ ...participant, person: result.value });
      setDraft(toPersonDraft(result.value));
      savedPerson.current = toPersonFields(toPersonDraft(result.value));
    } else setMessage(result.error.message);
  }

  async function rejectEmail() {
    const result = await api['people.rejectEmail']({ id: person.id });
    if (result.ok) {
      onChanged({ ...participant, person: result.value });
      savedPerson.current = toPersonFields(toPersonDraft(result.value));
      onPeopleChanged();
    } else setMessage(result.error.message);
  }

  async function toggleRole(role: OpportunityRole, on: boolean) {
    const roles = on ? [...participant.roles, role] : participant.roles.filter((r) => r !== role);
    // Shown at once, so the checkbox follows the click; put back if the save fails.
    onChanged({ ...participant, roles });
    const result = await api['people.setRoles']({ opportunityId, personId: person.id, roles });
    if (result.ok) onChanged({ ...participant, roles: result.value });
    else {
      onChanged(participant);
      setMessage(result.error.message);
    }
  }

  const personError = (field: string) => (personSave.state.kind === 'error' && personSave.state.field === field ? personSave.state.message : undefined);
  const address = formatPostalAddress('', '', person.address, { senderCountry });
  const headingId = `person-${person.id}`;

  return (
    <article className="interviewer panel" aria-labelledby={headingId}>
      <header className="interviewer-header">
        <div>
          <h4 id={headingId} className="person-name">
            {person.fullName}
          </h4>
          <div className="muted">{[person.title, person.company].filter(Boolean).join(' · ')}</div>
          <div className="roles">
            {participant.roles.map((r) => (
              <span key={r} className="role-tag">
                {ROLE_LABEL[r]}
              </span>
            ))}
            {person.cardCollected ? <span className="role-tag quiet">Card collected</span> : null}
            {person.cardCollected ? (
              <button type="button" className="small" aria-expanded={showCard} onClick={() => setShowCard(!showCard)} aria-label={`${showCard ? 'Hide' : 'Show'} ${person.fullName}’s card`}>
                {showCard ? 'Hide card' : 'Show card'}
              </button>
            ) : null}
          </div>
          {showCard ? <CardPhotos personId={person.id} name={person.fullName} /> : null}
        </div>
        <div className="actions">
          <SaveStatus state={personSave.state.kind !== 'idle' ? personSave.state : notesSave.state} />
          <button type="button" onClick={() => {
              if (!editing) {
                setDraft(toPersonDraft(person));
                savedPerson.current = toPersonFields(toPersonDraft(person));
              }
              else void personSave.flush();
              setEditing(!editing);
            }} aria-expanded={editing} aria-label={`${editing ? 'Done editing' : 'Edit'} ${person.fullName}`}>
            {editing ? 'Done' : 'Edit'}
          </button>
          <button type="button" onClick={() => onExport(person)} aria-label={`Export ${person.fullName} as vCard`}>
            Export .vcf
          </button>
          <button type="button" className="danger-quiet" onClick={onRemove} aria-label={`Remove ${person.fullName}`}>
            Remove
          </button>
        </div>
      </header>
      {message ? <p role="alert" className="form-error">{message}</p> : null}

      {editing ? (
        <div className="person-editor">
          <PersonFieldset
            draft={draft}
            onChange={editPerson}
            onBlur={() => void personSave.flush()}
            errorFor={personError}
            emailGuessed={person.emailStatus === 'guessed' && draft.email === person.email}
          />
          <fieldset className="role-choices">
            <legend>Role in this opportunity</legend>
            {(['interviewer', 'hiring-manager', 'recruiter'] as const).map((r) => (
              <label key={r} className="checkbox">
                <input type="checkbox" checked={participant.roles.includes(r)} onChange={(e) => void toggleRole(r, e.target.checked)} />
                {ROLE_LABEL[r]}
              </label>
            ))}
          </fieldset>
        </div>
      ) : (
        <dl className="card-details">
          <dt>Email</dt>
          <dd>
            {person.email ? (
              <>
                <span className="email">{person.email}</span>
                {person.emailStatus === 'guessed' ? (
                  <>
                    {' '}
                    <span className="guessed-tag">guessed</span>{' '}
                    <button type="button" className="small" onClick={() => void confirmEmail()} aria-label={`Confirm ${person.email}`}>
                      Confirm
                    </button>{' '}
                    <button type="button" className="small" onClick={() => void rejectEmail()} aria-label={`Not this address: ${person.email}`}>
                      Not this address
                    </button>
                    <div className="hint">{person.emailEvidence} Not used in a letter or email without a warning until you confirm it.</div>
                  </>
                ) : null}
              </>
            ) : (
              <>
                <span className="muted">Not known</span>
                {noGuessReason ? <div className="hint">{noGuessReason}</div> : null}
              </>
            )}
          </dd>
          <dt>Phone</dt>
          <dd>{person.phone || <span className="muted">Not known</span>}</dd>
          {person.website ? (
            <>
              <dt>Website</dt>
              <dd>{person.website}</dd>
            </>
          ) : null}
          {person.linkedin ? (
            <>
              <dt>LinkedIn</dt>
              <dd>{person.linkedin}</dd>
            </>
          ) : null}
          <dt>Address</dt>
          <dd>
            {address.length > 0 ? (
              <address className="postal">
                {address.map((line, i) => (
                  <span key={i}>{line}</span>
                ))}
              </address>
            ) : (
              <span className="muted">Not known</span>
            )}
          </dd>
        </dl>
      )}

      <div className="participant-notes">
        <TextAreaField label="Topics discussed" value={notes.topics} onChange={(e) => editNotes('topics', e.target.value)} onBlur={() => void notesSave.flush()} rows={2} maxLength={20000} />
        <TextAreaField label="Something learned" value={notes.learned} onChange={(e) => editNotes('learned', e.target.value)} onBlur={() => void notesSave.flush()} rows={2} maxLength={20000} />
        <TextAreaField
          label="About the role or the hiring manager's plan"
          value={notes.rolePlan}
          onChange={(e) => editNotes('rolePlan', e.target.value)}
          onBlur={() => void notesSave.flush()}
          rows={2}
          maxLength={20000}
        />
        <TextAreaField label="Notes" value={notes.notes} onChange={(e) => editNotes('notes', e.target.value)} onBlur={() => void notesSave.flush()} rows={2} maxLength={20000} />
      </div>
    </article>
  );
}
