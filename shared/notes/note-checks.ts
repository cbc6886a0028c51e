import { sortFindings, type Finding } from './finding';
import { nameWords, prepareNote, similarityFindings, type NoteForComparison, type PreparedNote } from './note-similarity';
import { spellingFindings, type Speller } from './spelling';
import { toneFindings, type NoteContext } from './tone-check';

/** One note as the checks see it, with what is known about its recipient. */
export interface CheckedNote extends NoteForComparison {
  context: NoteContext;
  /** Words spelled on purpose elsewhere (company, role, your name, their notes). */
  knownText: string;
}

/**
 * Runs every check on every note of an interview, remembering the work for notes whose
 * text has not changed, so a keystroke re-checks one note and re-compares only it.
 */
export function createNoteChecker(speller: Speller | null) {
  const prepared = new Map<string, { text: string; names: string; value: PreparedNote }>();
  const own = new Map<string, { text: string; ctx: string; value: Finding[] }>();

  function prepare(note: CheckedNote, names: Set<string>, namesKey: string): PreparedNote {
    const hit = prepared.get(note.key);
    if (hit && hit.text === note.text && hit.names === namesKey) {
      hit.value.note = note;
      return hit.value;
    }
    const value = prepareNote(note, names);
    prepared.set(note.key, { text: note.text, names: namesKey, value });
    return value;
  }

  function ownFindings(note: CheckedNote, otherNames: string[]): Finding[] {
    const ctxKey = JSON.stringify([note.context, note.knownText, otherNames]);
    const hit = own.get(note.key);
    if (hit && hit.text === note.text && hit.ctx === ctxKey) return hit.value;
    const value = [
      ...toneFindings(note.text, note.context),
      ...(speller ? spellingFindings(note.text, speller, { recipientName: note.context.recipientName, otherNames, knownText: note.knownText }) : []),
    ];
    own.set(note.key, { text: note.text, ctx: ctxKey, value });
    return value;
  }

  /** Findings per note key, most serious first. */
  function check(notes: CheckedNote[]): Map<string, Finding[]> {
    const recipients = [...new Set(notes.map((n) => n.recipientName))];
    const namesKey = recipients.join('\u0001');
    const names = nameWords(recipients);
    const all = notes.map((n) => prepare(n, names, namesKey));
    const out = new Map<string, Finding[]>();
    for (const [i, note] of notes.entries()) {
      const otherNames = recipients.filter((r) => r !== note.recipientName);
      out.set(note.key, sortFindings([...similarityFindings(all[i]!, all), ...ownFindings(note, otherNames)]));
    }
    return out;
  }

  return { check };
}

export type NoteChecker = ReturnType<typeof createNoteChecker>;
