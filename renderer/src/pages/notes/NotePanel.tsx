import { useEffect, useRef, useState } from 'react';
import type { Note, NoteStatus } from '../../../../shared/api/notes/schemas';
import type { Person } from '../../../../shared/api/people/schemas';
import type { Finding } from '../../../../shared/notes/finding';
import { letterParts } from '../../../../shared/notes/letter-parts';
import { fillTemplate, type MergeValues, type NoteTemplate } from '../../../../shared/notes/note-templates';
import { confirmationAsked, type Result } from '../../../../shared/result';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field, TextAreaField } from '../../components/Field';
import { SaveStatus } from '../../components/SaveStatus';
import { createLatestSaver, type LatestSaver } from '../../notes/latest-saver';
import { severityWord } from '../../notes/severity-word';
import type { SaveState } from '../../use-autosave';
import { NoteEditor } from './NoteEditor';

export interface NoteText {
  subject: string;
  body: string;
  cardDraft: string;
}

interface NotePanelProps {
  kind: 'email' | 'letter';
  interviewId: string;
  person: Person;
  note: Note | undefined;
  value: NoteText;
  findings: Finding[];
  subjectFindings: Finding[];
  templates: NoteTemplate[];
  mergeValues: MergeValues;
  /** The interviewer's place in the row, so neighbours start from different wordings. */
  position: number;
  onChange(value: NoteText): void;
  onSaved(note: Note): void;
  /** Spelling suggestions for a word, asked for only when the user looks at its finding. */
  suggest?: ((word: string) => string) | undefined;
}

type SavePayload = NoteText & { templateId?: string };

type Question =
  | { kind: 'gaps'; status: NoteStatus }
  | { kind: 'guessed'; action: 'open' | 'eml' }
  | { kind: 'replace'; template: NoteTemplate }
  | { kind: 'findings'; title: string; message: string; confirmLabel: string; proceed(): void };

const stamp = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

function statusText(note: Note | undefined): string {
  if (!note) return 'Not started';
  const at = (iso: string | null) => (iso ? ` ${stamp.format(new Date(iso))}` : '');
  switch (note.status) {
    case 'draft':
      return 'Draft';
    case 'ready':
      return `Ready${at(note.readyAt)}`;
    case 'sent':
      return `Sent${at(note.sentAt)}`;
    case 'printed':
      return `Printed${at(note.printedAt)}`;
    case 'mailed':
      return `Mailed${at(note.mailedAt)}`;
  }
}

/** The email or the letter to one interviewer: template, text, findings, status and hand-off. */
export function NotePanel({ kind, interviewId, person, note, value, findings, subjectFindings, templates, mergeValues, position, onChange, onSaved, suggest }: NotePanelProps) {
  const label = kind === 'email' ? 'Thank-you email' : 'Letter';
  const usable = templates.filter((t) => t.kind === kind);
  const [templateId, setTemplateId] = useState('');
  // Templates arrive after the first render; until one is chosen, the first one is.
  const thankYou = usable.filter((t) => t.builtIn && t.stage === 'thank-you');
  const chosen = usable.find((t) => t.id === templateId) ?? thankYou[position % Math.max(1, thankYou.length)] ?? usable[0];
  const [question, setQuestion] = useState<Question | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [cardSize, setCardSize] = useState<'card-a2' | 'card-a7'>('card-a2');
  const [error, setError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  // A sent, printed or mailed note is what they received: editing it asks first.
  const [unlocked, setUnlocked] = useState(false);
  const locked = !unlocked && (note?.status === 'sent' || note?.status === 'printed' || note?.status === 'mailed');
  async function store(v: SavePayload) {
    const result = await api['notes.save']({ interviewId, personId: person.id, kind, ...v });
    if (result.ok) onSaved(result.value);
    return result;
  }
  const saveRef = useRef(store);
  saveRef.current = store;
  const saver = useRef<LatestSaver<SavePayload> | null>(null);
  saver.current ??= createLatestSaver((v) => saveRef.current(v), setSaveState);

  // Every change is saved as it is made; closing the window waits for the save in flight where it can.
  useEffect(() => {
    const flush = () => void saver.current?.flush();
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, []);

  function edit(next: NoteText, templateId?: string) {
    onChange(next);
    saver.current!.push(templateId ? { ...next, templateId } : next);
  }

  /** Saves what is on screen now and returns the stored note, so hand-offs use the latest text. */
  async function saved(): Promise<Note | null> {
    await saver.current!.flush();
    const result = await api['notes.save']({ interviewId, personId: person.id, kind, ...value });
    if (!result.ok) {
      setError(result.error.message);
      return null;
    }
    onSaved(result.value);
    return result.value;
  }

  function applyTemplate(t: NoteTemplate) {
    setQuestion(null);
    edit({ ...value, subject: kind === 'email' ? fillTemplate(t.subject, mergeValues) : value.subject, body: fillTemplate(t.body, mergeValues) }, t.id);
  }

  function handle<T>(result: Result<T>, onOk: (v: T) => void, onAsk: (flag: string) => Question | null) {
    setError(null);
    if (result.ok) return onOk(result.value);
    const flag = confirmationAsked(result.error);
    const ask = flag ? onAsk(flag) : null;
    if (ask) setQuestion(ask);
    else setError(result.error.message);
  }

  async function setStatus(status: NoteStatus, acknowledgeGaps = false) {
    setQuestion(null);
    const current = await saved();
    if (!current) return;
    const result = await api['notes.setStatus']({ id: current.id, status, acknowledgeGaps });
    handle(result, (n) => onSaved(n), (field) => (field === 'acknowledgeGaps' ? { kind: 'gaps', status } : null));
  }

  async function handOff(action: 'open' | 'eml', acknowledgeGuessedAddress = false) {
    setQuestion(null);
    setNotice(null);
    const current = await saved();
    if (!current) return;
    const ask = (field: string): Question | null => (field === 'acknowledgeGuessedAddress' ? { kind: 'guessed', action } : null);
    if (action === 'open') {
      handle(await api['notes.openInMailApp']({ id: current.id, acknowledgeGuessedAddress }), () => setNotice('Opened in your mail app. Press “Mark sent” once you have sent it.'), ask);
    } else {
      handle(await api['notes.saveEml']({ id: current.id, acknowledgeGuessedAddress }), (r) => r.path && setNotice(`Saved ${r.path}`), ask);
    }
  }

  /** The letter goes to the print queue with an envelope; the layout adds date, addresses, closing and name. */
  async function addToPrintQueue() {
    setNotice(null);
    setError(null);
    const current = await saved();
    if (!current) return;
    const { salutation, body } = letterParts(current.body);
    const result = await api['printQueue.addLetter']({
      personId: person.id,
      interviewId,
      noteId: current.id,
      body,
      ...(salutation ? { salutation } : {}),
      withEnvelope: true,
    });
    if (result.ok) setNotice('Added to the print queue, with an envelope.');
    else setError(result.error.message);
  }

  /** The card draft prints on its own, at card size, to copy out by hand; the core refuses an empty one. */
  async function addCardToPrintQueue() {
    setNotice(null);
    setError(null);
    const current = await saved();
    if (!current) return;
    const result = await api['printQueue.addLetter']({ personId: person.id, interviewId, noteId: current.id, body: current.cardDraft, format: cardSize, withEnvelope: false });
    if (result.ok) setNotice('Added the card draft to the print queue.');
    else setError(result.error.message);
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(value.body);
      setNotice('The email text is on the clipboard.');
    } catch {
      setError('Could not use the clipboard. Select the text and copy it instead.');
    }
  }

  const similarity = findings.filter((f) => f.kind === 'similarity' && !f.span);
  // The checks run again before a note leaves: what they still find is said once more.
  const outstanding = [...subjectFindings, ...findings].filter((f) => f.severity !== 'info' && !(f.kind === 'similarity' && f.span));

  function checkedFirst(what: 'ready' | 'send' | 'print', proceed: (acknowledged: boolean) => void) {
    if (outstanding.length === 0) return proceed(false);
    const hasGaps = outstanding.some((f) => f.kind === 'gap');
    const count = outstanding.length === 1 ? 'one thing' : `${outstanding.length} things`;
    setQuestion({
      kind: 'findings',
      title: hasGaps ? 'This note still has gaps' : `The checks still find ${count}`,
      message: outstanding.map((f) => f.message).join(' '),
      confirmLabel: what === 'ready' ? 'Mark anyway' : what === 'send' ? 'Continue anyway' : 'Add anyway',
      proceed: () => proceed(true),
    });
  }

  return (
    <section className={`note-panel ${kind}`} aria-label={`${label} to ${person.fullName}`}>
      <div className="note-panel-header">
        <span className={`note-status ${note?.status ?? 'none'}`}>{statusText(note)}</span>
        <SaveStatus state={saveState} />
      </div>
      {locked && note ? (
        <p className="notice locked-note">
          {`This ${kind === 'email' ? 'email' : 'letter'} is marked ${statusText(note).toLowerCase()}. Changing it here does not change what ${person.fullName} received.`}{' '}
          <button type="button" onClick={() => setUnlocked(true)}>
            Edit anyway
          </button>
        </p>
      ) : null}
      {usable.length > 0 ? (
        <div className="template-row">
          <div className="field">
            <label htmlFor={`${kind}-${person.id}-template`}>Template</label>
            <select id={`${kind}-${person.id}-template`} value={chosen?.id ?? ''} onChange={(e) => setTemplateId(e.target.value)}>
              {usable.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            onClick={() => {
              const t = chosen;
              if (!t) return;
              if (value.body.trim()) setQuestion({ kind: 'replace', template: t });
              else applyTemplate(t);
            }}
          >
            Use template
          </button>
        </div>
      ) : null}
      {kind === 'email' ? (
        <>
          <p className={`address ${person.emailStatus}`}>
            {person.emailStatus === 'none' || !person.email
              ? 'No email address on their card yet.'
              : person.emailStatus === 'guessed'
                ? `To: ${person.email} — a guessed address; confirm it before sending.`
                : `To: ${person.email}`}
          </p>
          <Field label="Subject" value={value.subject} maxLength={500} readOnly={locked} onChange={(e) => edit({ ...value, subject: e.target.value })} onBlur={() => void saver.current!.flush()} />
          {subjectFindings.length > 0 ? (
            <ul className="findings subject-findings" aria-label={`Findings: Subject to ${person.fullName}`}>
              {subjectFindings.map((f, i) => (
                <li key={i} className={`finding ${f.severity}`}>
                  <span className="severity">{severityWord[f.severity]}:</span> {f.message}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      {similarity.length === 0 && value.body.trim() ? <p className="similarity-ok">Different from the other notes.</p> : null}
      <NoteEditor
        label={label}
        recipientName={person.fullName}
        value={value.body}
        findings={findings}
        rows={kind === 'email' ? 11 : 18}
        readOnly={locked}
        suggest={suggest}
        onChange={(body) => edit({ ...value, body })}
        onBlur={() => void saver.current!.flush()}
      />
      {kind === 'letter' ? (
        <details className="card-draft" open={value.cardDraft !== ''}>
          <summary>Handwritten card draft</summary>
          <TextAreaField label="Card draft" value={value.cardDraft} rows={5} maxLength={5000} readOnly={locked} onChange={(e) => edit({ ...value, cardDraft: e.target.value })} onBlur={() => void saver.current!.flush()} />
          <div className="row">
            <div className="field">
              <label htmlFor={`card-size-${person.id}`}>Card size</label>
              <select id={`card-size-${person.id}`} value={cardSize} onChange={(e) => setCardSize(e.target.value as 'card-a2' | 'card-a7')}>
                <option value="card-a2">A2 (4¼ × 5½ in)</option>
                <option value="card-a7">A7 (5 × 7 in)</option>
              </select>
            </div>
            <button type="button" onClick={() => void addCardToPrintQueue()}>
              Add card draft to print queue
            </button>
          </div>
        </details>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {notice ? <p className="notice">{notice}</p> : null}
      <div className="actions note-actions">
        {note && note.status !== 'draft' ? (
          <button type="button" onClick={() => void setStatus('draft')}>
            Back to draft
          </button>
        ) : null}
        {note?.status !== 'ready' ? (
          <button type="button" onClick={() => checkedFirst('ready', (ack) => void setStatus('ready', ack))} disabled={!value.body.trim()}>
            Mark ready
          </button>
        ) : null}
        {kind === 'email' ? (
          <>
            <button type="button" onClick={() => checkedFirst('send', () => void copy())} disabled={!value.body.trim()}>
              Copy
            </button>
            <button type="button" onClick={() => checkedFirst('send', () => void handOff('eml'))} disabled={!value.body.trim()}>
              Save .eml
            </button>
            <button type="button" onClick={() => checkedFirst('send', () => void handOff('open'))} disabled={!value.body.trim()}>
              Open in mail app
            </button>
            <button type="button" className="primary" onClick={() => void setStatus('sent')} disabled={!value.body.trim()}>
              Mark sent
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={() => checkedFirst('print', () => void addToPrintQueue())} disabled={!value.body.trim()}>
              Add to print queue
            </button>
            <button type="button" onClick={() => void setStatus('printed')} disabled={!value.body.trim()}>
              Mark printed
            </button>
            <button type="button" className="primary" onClick={() => void setStatus('mailed')} disabled={!value.body.trim()}>
              Mark mailed
            </button>
          </>
        )}
      </div>
      {question?.kind === 'findings' ? (
        <ConfirmDialog
          title={question.title}
          message={question.message}
          confirmLabel={question.confirmLabel}
          onConfirm={() => {
            setQuestion(null);
            question.proceed();
          }}
          onCancel={() => setQuestion(null)}
        />
      ) : null}
      {question?.kind === 'gaps' ? (
        <ConfirmDialog
          title="This note still has gaps"
          message="Some parts in [square brackets] are not filled in yet. Mark it anyway?"
          confirmLabel="Mark anyway"
          onConfirm={() => void setStatus(question.status, true)}
          onCancel={() => setQuestion(null)}
        />
      ) : null}
      {question?.kind === 'guessed' ? (
        <ConfirmDialog
          title="This address is a guess"
          message={`${person.email} is a guess from the pattern of colleagues' addresses at ${person.company || 'the company'}${person.emailEvidence ? ` (${person.emailEvidence.replace(/\.$/, '')})` : ''}; it is not confirmed. If it is wrong, the email goes to someone else or comes back. Use it anyway?`}
          confirmLabel="Use the guessed address"
          onConfirm={() => void handOff(question.action, true)}
          onCancel={() => setQuestion(null)}
        />
      ) : null}
      {question?.kind === 'replace' ? (
        <ConfirmDialog
          title="Replace what you wrote?"
          message={`Starting from “${question.template.name}” replaces the text of this ${kind === 'email' ? 'email' : 'letter'}.`}
          confirmLabel="Replace"
          onConfirm={() => applyTemplate(question.template)}
          onCancel={() => setQuestion(null)}
        />
      ) : null}
    </section>
  );
}
