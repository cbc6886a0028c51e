import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Note } from '../../../../shared/api/notes/schemas';
import type { Interview, Opportunity } from '../../../../shared/api/opportunities/schemas';
import type { InterviewParticipant } from '../../../../shared/api/people/schemas';
import type { Finding } from '../../../../shared/notes/finding';
import { mergeValuesFor } from '../../../../shared/notes/merge-values';
import { createNoteChecker, type CheckedNote } from '../../../../shared/notes/note-checks';
import type { MergeValues, NoteTemplate } from '../../../../shared/notes/note-templates';
import { suggestionText } from '../../../../shared/notes/spelling';
import { subjectFindings } from '../../../../shared/notes/subject-check';
import { formatCalendarDate } from '../../format-date';
import { useSettings } from '../settings/queries';
import { useColleagueNotes, useInterviewNoteList, useNoteStored, useSpeller, useTagger, useTemplates } from './queries';

export type NoteKind = 'email' | 'letter';
export interface NoteText {
  subject: string;
  body: string;
  cardDraft: string;
}

export const noteKey = (personId: string, kind: NoteKind) => `${personId}:${kind}`;
const blank: NoteText = { subject: '', body: '', cardDraft: '' };

interface InterviewNotes {
  interview: Interview;
  opportunity: Opportunity;
  participants: InterviewParticipant[];
  notes: Map<string, Note>;
  /** The notes have loaded (until then every note reads as not started). */
  ready: boolean;
  text(key: string): NoteText;
  setText(key: string, value: NoteText): void;
  /** A note the core stored: shown as the latest everywhere. */
  stored(note: Note): void;
  findings: Map<string, Finding[]>;
  subjects: Map<string, Finding[]>;
  /** Every note the checks compare, current and earlier, by key: for reading two side by side. */
  checked: Map<string, CheckedNote>;
  recipients: string[];
  templates: NoteTemplate[];
  mergeValues(p: InterviewParticipant): MergeValues;
  suggest: ((word: string) => string) | undefined;
  loadError: string | null;
}

const Context = createContext<InterviewNotes | null>(null);

export function useInterviewNotes(): InterviewNotes {
  const value = useContext(Context);
  if (!value) throw new Error('useInterviewNotes is used outside an InterviewNotesProvider');
  return value;
}

interface ProviderProps {
  opportunity: Opportunity;
  interview: Interview;
  participants: InterviewParticipant[];
  children: ReactNode;
}

/**
 * The thank-you notes of one interview, held above the per-person views so that every
 * email and letter is checked live against every other one (and the company's earlier
 * notes) whichever interviewer is on screen, and text typed for one person is still there
 * when the user comes back to them.
 */
export function InterviewNotesProvider({ opportunity, interview, participants, children }: ProviderProps) {
  const list = useInterviewNoteList(interview.id);
  const colleagues = useColleagueNotes(interview.id);
  const templates = useTemplates();
  const settings = useSettings();
  // The dictionary of the English the user writes; until Settings are read, none.
  const speller = useSpeller(settings.data ? settings.data.spelling : settings.error ? 'en-US' : undefined);
  const tagger = useTagger();
  const storedInCache = useNoteStored();
  const [texts, setTexts] = useState<Record<string, NoteText>>({});

  // What the core holds shows in fields the user has not typed in yet; their own text stays.
  useEffect(() => {
    if (!list.data) return;
    const fromServer: Record<string, NoteText> = {};
    for (const n of list.data) fromServer[noteKey(n.personId, n.kind)] = { subject: n.subject, body: n.body, cardDraft: n.cardDraft };
    setTexts((local) => ({ ...fromServer, ...local }));
  }, [list.data]);

  const notes = useMemo(() => new Map((list.data ?? []).map((n) => [noteKey(n.personId, n.kind), n])), [list.data]);
  const yourName = settings.data?.yourName ?? '';
  const spell = speller.data ?? null;
  const tag = tagger.data ?? null;
  const checker = useMemo(() => createNoteChecker(spell, tag), [spell, tag]);
  // Suggestions are slow (Hunspell); the speller remembers them per word, and they are asked for only when wanted.
  const suggest = useCallback((word: string) => (spell ? suggestionText(word, spell) : ''), [spell]);

  // Notes from the company's other interviews, named with their date so a warning is clear.
  const earlier: CheckedNote[] = useMemo(
    () =>
      (colleagues.data ?? []).map(({ note, recipientName, interviewDate }) => ({
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
    [colleagues.data, opportunity.company, opportunity.role],
  );

  const current: CheckedNote[] = useMemo(
    () =>
      participants.flatMap((p) => {
        const person = p.person;
        const notesAbout = [p.topics, p.learned, p.rolePlan, p.notes];
        const knownText = [opportunity.company, opportunity.role, yourName, person.title, person.company, ...notesAbout].join(' ');
        return (['email', 'letter'] as const).map((kind) => ({
          key: noteKey(person.id, kind),
          kind,
          recipientName: person.fullName,
          recipientKey: person.id,
          text: texts[noteKey(person.id, kind)]?.body ?? '',
          knownText,
          context: { kind, recipientName: person.fullName, company: opportunity.company, role: opportunity.role, notes: notesAbout },
        }));
      }),
    [participants, texts, opportunity.company, opportunity.role, yourName],
  );
  const all = useMemo(() => [...current, ...earlier], [current, earlier]);
  const findings = useMemo(() => checker.check(all), [checker, all]);
  const subjects = useMemo(() => {
    const out = new Map<string, Finding[]>();
    for (const note of current) {
      const subject = texts[note.key]?.subject ?? '';
      // An empty subject matters once there is an email to send.
      if (note.kind !== 'email' || (subject.trim() === '' && note.text.trim() === '')) continue;
      const otherNames = participants.map((p) => p.person.fullName).filter((n) => n !== note.recipientName);
      out.set(note.key, subjectFindings(subject, spell, { ...note.context, otherNames, knownText: note.knownText }, { suggest: false }));
    }
    return out;
  }, [current, texts, participants, spell]);

  const value: InterviewNotes = {
    interview,
    opportunity,
    participants,
    notes,
    ready: list.data !== undefined,
    text: (key) => texts[key] ?? blank,
    setText: (key, next) => setTexts((t) => ({ ...t, [key]: next })),
    stored: storedInCache,
    findings,
    subjects,
    checked: new Map(all.map((n) => [n.key, n])),
    recipients: [...new Set(all.map((n) => n.recipientName))],
    templates: templates.data ?? [],
    mergeValues: (participant) =>
      mergeValuesFor({ participant, participants, company: opportunity.company, role: opportunity.role, interviewDate: interview.date, yourName }),
    suggest: spell ? suggest : undefined,
    loadError: list.error
      ? list.error.message
      : speller.error
        ? 'The spelling dictionary could not be loaded; the other checks still run.'
        : tagger.error
          ? 'The grammar tagger could not be loaded; the check for a specific remark waits for it, the other checks still run.'
          : null,
  };
  return <Context.Provider value={value}>{children}</Context.Provider>;
}
