import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Note, NoteStatus } from '../../../../shared/api/notes/schemas';
import type { InterviewParticipant } from '../../../../shared/api/people/schemas';
import { letterParts } from '../../../../shared/notes/letter-parts';
import { fillTemplate, type NoteTemplate } from '../../../../shared/notes/note-templates';
import { confirmationAsked, type Result } from '../../../../shared/result';
import { api } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Field } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { SaveStatus } from '../../components/SaveStatus';
import { printKeys } from '../printing/queries';
import { CompareNotesDialog } from './CompareNotesDialog';
import { useInterviewNotes, type NoteKind } from './InterviewNotes';
import { NoteEditor } from './NoteEditor';
import { severityWord } from './severity-word';
import { useNoteSaver } from './use-note-saver';
import './notes.css';

type Question =
  | { kind: 'gaps'; status: NoteStatus }
  | { kind: 'guessed'; action: 'open' | 'eml' }
  | { kind: 'replace'; template: NoteTemplate }
  | { kind: 'findings'; title: string; message: string; confirmLabel: string; proceed(): void };

const stamp = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export function statusText(note: Note | undefined): string {
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

/** A sent, printed or mailed note is what they received: editing it asks first. */
export function useLock(note: Note | undefined) {
  const [unlocked, setUnlocked] = useState(false);
  const locked = !unlocked && (note?.status === 'sent' || note?.status === 'printed' || note?.status === 'mailed');
  return { locked, unlock: () => setUnlocked(true) };
}

interface NotePanelProps {
  kind: NoteKind;
  participant: InterviewParticipant;
  /** The interviewer's place in the list, so neighbours start from different wordings. */
  position: number;
}

/** The email or the letter to one interviewer: template, text, live findings, status and hand-off. */
export function NotePanel({ kind, participant, position }: NotePanelProps) {
  const { person } = participant;
  const notes = useInterviewNotes();
  const client = useQueryClient();
  const saver = useNoteSaver(person.id, kind);
  const { note, value } = saver;
  const findings = notes.findings.get(saver.key) ?? [];
  const subjectFindings = notes.subjects.get(saver.key) ?? [];
  const label = kind === 'email' ? 'Thank-you email' : 'Letter';
  const usable = notes.templates.filter((t) => t.kind === kind);
  const [templateId, setTemplateId] = useState('');
  // Until one is chosen, each interviewer starts from a different built-in wording.
  const thankYou = usable.filter((t) => t.builtIn && t.stage === 'thank-you');
  const chosen = usable.find((t) => t.id === templateId) ?? thankYou[position % Math.max(1, thankYou.length)] ?? usable[0];
  const [question, setQuestion] = useState<Question | null>(null);
  const [comparing, setComparing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { locked, unlock } = useLock(note);

  function applyTemplate(t: NoteTemplate) {
    setQuestion(null);
    const merge = notes.mergeValues(participant);
    saver.edit({ ...value, subject: kind === 'email' ? fillTemplate(t.subject, merge) : value.subject, body: fillTemplate(t.body, merge) }, t.id);
  }

  function handle<T>(result: Result<T>, onOk: (v: T) => void, onAsk: (flag: string) => Question | null) {
    setError(null);
    if (result.ok) return onOk(result.value);
    const flag = confirmationAsked(result.error);
    const ask = flag ? onAsk(flag) : null;
    if (ask) setQuestion(ask);
    else setError(result.error.message);
  }

  async function current(): Promise<Note | null> {
    const result = await saver.saved();
    if (result.ok) return result.value;
    setError(result.error.message);
    return null;
  }

  async function setStatus(status: NoteStatus, acknowledgeGaps = false) {
    setQuestion(null);
    const stored = await current();
    if (!stored) return;
    const result = await api['notes.setStatus']({ id: stored.id, status, acknowledgeGaps });
    handle(
      result,
      (n) => notes.stored(n),
      (field) => (field === 'acknowledgeGaps' ? { kind: 'gaps', status } : null),
    );
  }

  async function handOff(action: 'open' | 'eml', acknowledgeGuessedAddress = false) {
    setQuestion(null);
    setNotice(null);
    const stored = await current();
    if (!stored) return;
    const ask = (field: string): Question | null => (field === 'acknowledgeGuessedAddress' ? { kind: 'guessed', action } : null);
    if (action === 'open') {
      handle(
        await api['notes.openInMailApp']({ id: stored.id, acknowledgeGuessedAddress }),
        () => setNotice('Opened in your mail app. Press “Mark sent” once you have sent it.'),
        ask,
      );
    } else {
      handle(await api['notes.saveEml']({ id: stored.id, acknowledgeGuessedAddress }), (r) => r.path && setNotice(`Saved ${r.path}`), ask);
    }
  }

  /** The letter goes to the print queue with an envelope; the layout adds date, addresses, closing and name. */
  async function addToPrintQueue() {
    setNotice(null);
    setError(null);
    const stored = await current();
    if (!stored) return;
    const { salutation, body } = letterParts(stored.body);
    const result = await api['printQueue.addLetter']({
      personId: person.id,
      interviewId: notes.interview.id,
      noteId: stored.id,
      body,
      ...(salutation ? { salutation } : {}),
      withEnvelope: true,
    });
    if (result.ok) {
      setNotice('Added to the print queue, with an envelope.');
      void client.invalidateQueries({ queryKey: printKeys.all });
    } else setError(result.error.message);
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

  const empty = !value.body.trim();
  return (
    <section className={`note-panel ${kind}`} aria-label={`${label} to ${person.fullName}`}>
      <div className="note-panel-header">
        <span className={`note-status ${note?.status ?? 'none'}`}>{statusText(note)}</span>
        <SaveStatus state={saver.state} />
      </div>
      <FormError error={notes.loadError} />
      {locked && note ? (
        <p className="notice locked-note">
          {`This ${kind === 'email' ? 'email' : 'letter'} is marked ${statusText(note).toLowerCase()}. Changing it here does not change what ${person.fullName} received.`}{' '}
          <button type="button" onClick={unlock}>
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
              if (!chosen) return;
              if (value.body.trim()) setQuestion({ kind: 'replace', template: chosen });
              else applyTemplate(chosen);
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
          <Field
            label="Subject"
            value={value.subject}
            maxLength={500}
            readOnly={locked}
            onChange={(e) => saver.edit({ ...value, subject: e.target.value })}
            onBlur={() => void saver.flush()}
          />
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
        rows={kind === 'email' ? 10 : 14}
        readOnly={locked}
        suggest={notes.suggest}
        onChange={(body) => saver.edit({ ...value, body })}
        onBlur={() => void saver.flush()}
        onCompare={setComparing}
      />
      <FormError error={error} />
      {notice ? <p className="notice">{notice}</p> : null}
      <div className="actions note-actions">
        {note && note.status !== 'draft' ? (
          <button type="button" onClick={() => void setStatus('draft')}>
            Back to draft
          </button>
        ) : null}
        {note?.status !== 'ready' ? (
          <button type="button" onClick={() => checkedFirst('ready', (ack) => void setStatus('ready', ack))} disabled={empty}>
            Mark ready
          </button>
        ) : null}
        {kind === 'email' ? (
          <>
            <button type="button" onClick={() => checkedFirst('send', () => void copy())} disabled={empty}>
              Copy
            </button>
            <button type="button" onClick={() => checkedFirst('send', () => void handOff('eml'))} disabled={empty}>
              Save .eml
            </button>
            <button type="button" onClick={() => checkedFirst('send', () => void handOff('open'))} disabled={empty}>
              Open in mail app
            </button>
            <button type="button" className="primary" onClick={() => void setStatus('sent')} disabled={empty}>
              Mark sent
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={() => checkedFirst('print', () => void addToPrintQueue())} disabled={empty}>
              Add to print queue
            </button>
            <button type="button" onClick={() => void setStatus('printed')} disabled={empty}>
              Mark printed
            </button>
            <button type="button" className="primary" onClick={() => void setStatus('mailed')} disabled={empty}>
              Mark mailed
            </button>
          </>
        )}
      </div>
      {comparing ? <CompareNotesDialog thisKey={saver.key} otherKey={comparing} onClose={() => setComparing(null)} /> : null}
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
