import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ColleagueNote, Note } from '../../../shared/api/note-schemas';
import type { Interview, Opportunity } from '../../../shared/api/opportunity-schemas';
import type { InterviewParticipant } from '../../../shared/api/people-schemas';
import { mergeValuesFor } from '../../../shared/notes/merge-values';
import type { Finding } from '../../../shared/notes/finding';
import { createNoteChecker, type CheckedNote } from '../../../shared/notes/note-checks';
import { subjectFindings } from '../../../shared/notes/subject-check';
import type { NoteTemplate } from '../../../shared/notes/note-templates';
import { suggestionText, type Speller } from '../../../shared/notes/spelling';
import { api } from '../api';
import { formatCalendarDate } from '../format-date';
import { loadSpeller } from '../notes/load-speller';
import { loadTagger } from '../notes/load-tagger';
import type { Tagger } from '../../../shared/notes/noun-tagger';
import { NotePanel, type NoteText } from './notes/NotePanel';
import { TemplateEditor } from './notes/TemplateEditor';
import './notes.css';

interface NoteStudioProps {
  opportunity: Opportunity;
  interview: Interview;
  participants: InterviewParticipant[];
}

type Kind = 'email' | 'letter';
const keyOf = (personId: string, kind: Kind) => `${personId}:${kind}`;
const blank: NoteText = { subject: '', body: '', cardDraft: '' };

/**
 * The note studio: every interviewer of the interview side by side, each with a thank-you
 * email and a letter, checked live against each other and for tone, spelling and names.
 */
export function NoteStudio({ opportunity, interview, participants }: NoteStudioProps) {
  const [notes, setNotes] = useState<Record<string, Note>>({});
  const [texts, setTexts] = useState<Record<string, NoteText>>({});
  const [templates, setTemplates] = useState<NoteTemplate[]>([]);
  const [colleagueNotes, setColleagueNotes] = useState<ColleagueNote[]>([]);
  const [yourName, setYourName] = useState('');
  const [speller, setSpeller] = useState<Speller | null>(null);
  const [tagger, setTagger] = useState<Tagger | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api['notes.listForInterview']({ interviewId: interview.id }).then((r) => {
      if (!live) return;
      if (!r.ok) return setLoadError(r.error.message);
      const byKey: Record<string, Note> = {};
      const textByKey: Record<string, NoteText> = {};
      for (const n of r.value) {
        byKey[keyOf(n.personId, n.kind)] = n;
        textByKey[keyOf(n.personId, n.kind)] = { subject: n.subject, body: n.body, cardDraft: n.cardDraft };
      }
      setNotes(byKey);
      setTexts((t) => ({ ...textByKey, ...t }));
    });
    void api['noteTemplates.list']({}).then((r) => live && r.ok && setTemplates(r.value));
    void api['notes.listColleagueNotes']({ interviewId: interview.id }).then((r) => live && r.ok && setColleagueNotes(r.value));
    void api['settings.get']({}).then((r) => {
      if (!live) return;
      if (r.ok) setYourName(r.value.yourName);
      // The dictionary of the English the user writes (Settings → Spelling).
      void loadSpeller(r.ok ? r.value.spelling : 'en-US').then(
        (s) => live && setSpeller(s),
        () => live && setLoadError('The spelling dictionary could not be loaded; the other checks still run.'),
      );
    });
    void loadTagger().then(
      (t) => live && setTagger(t),
      () => live && setLoadError('The grammar tagger could not be loaded; the check for a specific remark waits for it, the other checks still run.'),
    );
    return () => {
      live = false;
    };
  }, [interview.id]);

  const checker = useMemo(() => createNoteChecker(speller, tagger), [speller, tagger]);
  // Suggestions are slow (Hunspell); the speller remembers them per word, and they are asked for only when wanted.
  const suggest = useCallback((word: string) => (speller ? suggestionText(word, speller) : ''), [speller]);

  // Notes from the company's other interviews, named with their date so a warning is clear.
  const earlier: CheckedNote[] = useMemo(
    () =>
      colleagueNotes.map(({ note, recipientName, interviewDate }) => ({
        key: `earlier:${note.id}`,
        kind: note.kind,
        recipientName,
        label: `${recipientName} (interview of ${formatCalendarDate(interviewDate)})`,
        recipientKey: note.personId,
        text: note.body,
        knownText: '',
        compareOnly: true,
        context: { kind: note.kind, recipientName, company: opportunity.company, role: opportunity.role, notes: [] },
      })),
    [colleagueNotes, opportunity.company, opportunity.role],
  );

  const current: CheckedNote[] = useMemo(
    () =>
      participants.flatMap((p) => {
        const person = p.person;
        const notesAbout = [p.topics, p.learned, p.rolePlan, p.notes];
        const knownText = [opportunity.company, opportunity.role, yourName, person.title, person.company, ...notesAbout].join(' ');
        return (['email', 'letter'] as const).map((kind) => ({
          key: keyOf(person.id, kind),
          kind,
          recipientName: person.fullName,
          recipientKey: person.id,
          text: texts[keyOf(person.id, kind)]?.body ?? '',
          knownText,
          context: { kind, recipientName: person.fullName, company: opportunity.company, role: opportunity.role, notes: notesAbout },
        }));
      }),
    [participants, texts, opportunity.company, opportunity.role, yourName],
  );
  const findings = useMemo(() => checker.check([...current, ...earlier]), [checker, current, earlier]);
  const subjects = useMemo(() => {
    const out = new Map<string, Finding[]>();
    for (const note of current) {
      const subject = texts[note.key]?.subject ?? '';
      // An empty subject matters once there is an email to send.
      if (note.kind !== 'email' || (subject.trim() === '' && note.text.trim() === '')) continue;
      const otherNames = participants.map((p) => p.person.fullName).filter((n) => n !== note.recipientName);
      out.set(note.key, subjectFindings(subject, speller, { ...note.context, otherNames, knownText: note.knownText }, { suggest: false }));
    }
    return out;
  }, [current, texts, participants, speller]);

  if (participants.length === 0) {
    return (
      <section className="note-studio" aria-labelledby="note-studio-title">
        <h3 id="note-studio-title">Thank-you notes</h3>
        <p className="empty">Add the people you met with “Add interviewer”; each gets a thank-you email and a letter here.</p>
      </section>
    );
  }

  return (
    <section className="note-studio" aria-labelledby="note-studio-title">
      <div className="section-header">
        <h3 id="note-studio-title">Thank-you notes</h3>
        <span className="muted">Every note different: interviewers compare them.</span>
      </div>
      {loadError ? (
        <p role="alert" className="form-error">
          {loadError}
        </p>
      ) : null}
      <div className="note-columns">
        {participants.map((p, position) => {
          const values = mergeValuesFor({ participant: p, participants, company: opportunity.company, role: opportunity.role, interviewDate: interview.date, yourName });
          return (
            <article key={p.person.id} className="note-column" aria-label={`Notes to ${p.person.fullName}`}>
              <header className="note-column-header">
                <h4>{p.person.fullName}</h4>
                {p.person.title ? <span className="muted">{p.person.title}</span> : null}
              </header>
              {(['email', 'letter'] as const).map((kind) => {
                const key = keyOf(p.person.id, kind);
                return (
                  <NotePanel
                    key={kind}
                    kind={kind}
                    interviewId={interview.id}
                    person={p.person}
                    note={notes[key]}
                    value={texts[key] ?? blank}
                    findings={findings.get(key) ?? []}
                    subjectFindings={subjects.get(key) ?? []}
                    templates={templates}
                    mergeValues={values}
                    position={position}
                    onChange={(v) => setTexts((t) => ({ ...t, [key]: v }))}
                    onSaved={(n) => setNotes((all) => ({ ...all, [key]: n }))}
                    suggest={speller ? suggest : undefined}
                  />
                );
              })}
            </article>
          );
        })}
      </div>
      <TemplateEditor templates={templates} onChanged={setTemplates} />
    </section>
  );
}
