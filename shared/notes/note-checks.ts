import { sortFindings, type Finding } from './finding';
import {
  commonWords,
  comparable,
  findingsFor,
  nameWords,
  prepareNote,
  resemblance,
  type NoteForComparison,
  type PreparedNote,
  type Resemblance,
} from './note-similarity';
import { spellingFindings, type Speller } from './spelling';
import type { Tagger } from './noun-tagger';
import { toneFindings, type NoteContext } from './tone-check';

/** One note as the checks see it, with what is known about its recipient. */
export interface CheckedNote extends NoteForComparison {
  context: NoteContext;
  /** Words spelled on purpose elsewhere (company, role, your name, their notes). */
  knownText: string;
  /** Written for another interview: compared with, but not itself checked or shown. */
  compareOnly?: boolean;
}

/**
 * Runs every check on every note of an interview, remembering the work for notes whose
 * text has not changed, so a keystroke re-checks one note and re-compares only it. The
 * speller and the tagger load lazily; until they are there, the checks that need them wait.
 */
export function createNoteChecker(speller: Speller | null, tagger: Tagger | null = null) {
  // Cached values are never changed in place: a note whose text, names or label change is prepared anew.
  const prepared = new Map<string, { identity: string; value: PreparedNote }>();
  const own = new Map<string, { text: string; ctx: string; value: Finding[] }>();
  // Pairs whose notes are both unchanged keep their score: a keystroke re-compares one note.
  const pairs = new Map<string, { a: PreparedNote; b: PreparedNote; value: Resemblance }>();

  function compare(a: PreparedNote, b: PreparedNote): Resemblance {
    const key = `${a.note.key}\u0001${b.note.key}`;
    const hit = pairs.get(key);
    // Prepared notes are the same objects while unchanged, so the remembered score names the right note.
    if (hit && hit.a === a && hit.b === b) return hit.value;
    const value = resemblance(a, b);
    pairs.set(key, { a, b, value });
    return value;
  }

  // A note whose own findings and comparisons are all unchanged keeps its sorted list too.
  const final = new Map<string, { parts: unknown[]; value: Finding[] }>();

  function findingsOf(target: PreparedNote, all: PreparedNote[], ownList: Finding[]): Finding[] {
    const found = all.filter((o) => comparable(target.note, o.note)).map((o) => compare(target, o));
    const parts: unknown[] = [ownList, ...found];
    const hit = final.get(target.note.key);
    if (hit && hit.parts.length === parts.length && hit.parts.every((p, i) => p === parts[i])) return hit.value;
    const value = sortFindings([
      ...findingsFor(
        target.note,
        [...found].sort((x, y) => y.score - x.score),
      ),
      ...ownList,
    ]);
    final.set(target.note.key, { parts, value });
    return value;
  }

  function prepare(note: CheckedNote, names: Set<string>, namesKey: string, common: Set<string>): PreparedNote {
    // Everything comparisons and their messages read from the note; the text is compared last, being the longest.
    const identity = [namesKey, note.kind, note.recipientName, note.recipientKey, note.label ?? '', note.compareOnly ? 1 : 0].join('\u0002');
    const hit = prepared.get(note.key);
    if (hit && hit.identity === identity && hit.value.note.text === note.text) return hit.value;
    const value = prepareNote(note, names, common);
    prepared.set(note.key, { identity, value });
    return value;
  }

  function ownFindings(note: CheckedNote, otherNames: string[]): Finding[] {
    const ctxKey = JSON.stringify([note.context, note.knownText, otherNames]);
    const hit = own.get(note.key);
    if (hit && hit.text === note.text && hit.ctx === ctxKey) return hit.value;
    const value = [
      ...toneFindings(note.text, note.context, tagger),
      ...(speller
        ? spellingFindings(note.text, speller, { recipientName: note.context.recipientName, otherNames, knownText: note.knownText }, { suggest: false })
        : []),
    ];
    own.set(note.key, { text: note.text, ctx: ctxKey, value });
    return value;
  }

  /**
   * Findings per note key, most serious first. Spelling findings carry their word but no
   * suggestions: those are slow and asked for only when the user looks at one (suggestionText).
   */
  function check(notes: CheckedNote[]): Map<string, Finding[]> {
    const recipients = [...new Set(notes.map((n) => n.recipientName))];
    const job = [...new Set(notes.flatMap((n) => [n.context.company, n.context.role]))];
    const namesKey = [...recipients, '\u0003', ...job].join('\u0001');
    const names = nameWords(recipients);
    const common = commonWords(job);
    // Only the people at this interview count as "the other interviewer" for names in a note.
    const present = [...new Set(notes.filter((n) => !n.compareOnly).map((n) => n.recipientName))];
    const all = notes.map((n) => prepare(n, names, namesKey, common));
    const out = new Map<string, Finding[]>();
    for (const [i, note] of notes.entries()) {
      if (note.compareOnly) continue;
      const otherNames = present.filter((r) => r !== note.recipientName);
      out.set(note.key, findingsOf(all[i]!, all, ownFindings(note, otherNames)));
    }
    return out;
  }

  return { check };
}

export type NoteChecker = ReturnType<typeof createNoteChecker>;
