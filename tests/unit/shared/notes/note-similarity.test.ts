import { describe, expect, it } from 'vitest';
import {
  SIMILARITY_WARNING,
  nameWords,
  prepareNote,
  resemblance,
  sharedPassages,
  similarityFindings,
  type NoteForComparison,
} from '../../../../shared/notes/note-similarity';

const names = ['Ana Silva', 'Ben Okafor', 'Chloé Martin'];
const nameSet = nameWords(names);

function email(recipientName: string, text: string, kind: 'email' | 'letter' = 'email'): NoteForComparison {
  return { key: `${recipientName}:${kind}`, kind, recipientName, recipientKey: recipientName, text };
}
const prep = (n: NoteForComparison) => prepareNote(n, nameSet);

const toAna = `Dear Ana,

Thank you for taking the time to meet with me on Tuesday about the operations analyst role.
I enjoyed hearing how your team rebuilt the weekly forecast in Python and cut the close from five days to two.
I remain very interested in the position and would be glad to help carry that work forward.

Best regards,
Sam Lee`;

const alike: Array<[string, string]> = [
  ['the same note with the name swapped', toAna.replace('Dear Ana', 'Dear Ben')],
  [
    'the sentences reordered',
    `Dear Ben,

I remain very interested in the position and would be glad to help carry that work forward.
Thank you for taking the time to meet with me on Tuesday about the operations analyst role.
I enjoyed hearing how your team rebuilt the weekly forecast in Python and cut the close from five days to two.

Kind regards,
Sam Lee`,
  ],
  [
    'a few words changed',
    `Hi Ben,

Thank you for taking the time to speak with me on Tuesday about the operations analyst position.
I really enjoyed hearing how your group rebuilt the weekly forecast in Python and cut the close from five days to three.
I remain very interested in the role and would be happy to help carry that work forward.

Best,
Sam Lee`,
  ],
  ['the name swapped inside the sentences too', toAna.replace('Dear Ana', 'Dear Ben').replace('your team rebuilt', 'Ben and Ana rebuilt')],
];

const different: Array<[string, string]> = [
  [
    'a genuinely different note sharing only the greeting and sign-off',
    `Dear Ben,

I appreciated our conversation about how the warehouse team schedules its night shifts.
Your point that most stock-outs start with a late supplier call has stayed with me.
The analyst position looks like a good place to put my SQL and vendor experience to use.

Best regards,
Sam Lee`,
  ],
  [
    'a different note that opens with the same stock thanks',
    `Dear Ben,

Thank you for taking the time to meet with me on Tuesday.
Your account of moving the Leeds depot onto a single dispatch board made the day-to-day of the job concrete for me.
I am keen to join Northwind and help the depots share what works.

Best regards,
Sam Lee`,
  ],
  [
    'a different note in a different voice',
    `Dear Ben,

It was a pleasure to meet you and hear about the new returns process you are piloting in Leeds.
Learning that your team measures every change against customer wait times told me a lot about how Northwind works.
I would welcome the chance to contribute to it.

Best regards,
Sam Lee`,
  ],
];

describe('note similarity', () => {
  it.each(alike)('flags %s', (_label, text) => {
    const a = prep(email('Ben Okafor', text));
    const b = prep(email('Ana Silva', toAna));
    const r = resemblance(a, b);
    expect(r.score).toBeGreaterThanOrEqual(SIMILARITY_WARNING);
    const findings = similarityFindings(a, [b]);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]!.message).toContain('Ana Silva');
    // The marked spans are the shared sentences, and never the greeting or signature.
    const marked = findings.filter((f) => f.span).map((f) => text.slice(f.span!.start, f.span!.end));
    expect(marked.join(' ')).toContain('weekly forecast in Python');
    expect(marked.join(' ')).not.toContain('Dear');
    expect(marked.join(' ')).not.toContain('Sam Lee');
  });

  it.each(different)('does not flag %s', (_label, text) => {
    const a = prep(email('Ben Okafor', text));
    const b = prep(email('Ana Silva', toAna));
    expect(resemblance(a, b).score).toBeLessThan(SIMILARITY_WARNING);
    expect(similarityFindings(a, [b])).toEqual([]);
  });

  it('compares the email with the letter to the same person, but not with the letter to a colleague', () => {
    const emailToAna = prep(email('Ana Silva', toAna));
    const letterToAna = prep(email('Ana Silva', toAna.replace('Best regards', 'Sincerely'), 'letter'));
    const letterToBen = prep(email('Ben Okafor', toAna.replace('Dear Ana', 'Dear Ben'), 'letter'));
    const findings = similarityFindings(emailToAna, [letterToAna, letterToBen]);
    expect(findings[0]!.message).toMatch(/repeats the letter to Ana Silva/);
    expect(findings.some((f) => f.message.includes('Ben Okafor'))).toBe(false);
  });

  it('only greetings and sign-offs in common scores zero', () => {
    const a = prep(email('Ana Silva', 'Dear Ana,\n\nBest regards,\nSam Lee'));
    const b = prep(email('Ben Okafor', 'Dear Ben,\n\nBest regards,\nSam Lee'));
    expect(resemblance(a, b).score).toBe(0);
  });
});

describe('reading two notes side by side', () => {
  it('names the other note on the finding and marks the shared phrasing in both, each at its own place', () => {
    const ana = email('Ana Silva', toAna);
    const ben = email('Ben Okafor', `Dear Ben,\n\nA short opening of my own.\n${toAna.split('\n')[2]}\n\nBest regards,\nSam Lee`);
    const [whole] = similarityFindings(prep(ben), [prep(ana)]);
    expect(whole).toMatchObject({ span: null, otherKey: ana.key });
    const { inA, inB } = sharedPassages(ben, ana, names);
    const sentence = toAna.split('\n')[2]!;
    // The shared sentence, found in Ben's note after his own opening and in Ana's at its place.
    expect(inA.map((s) => ben.text.slice(s.start, s.end)).join(' ')).toContain('taking the time to meet with me');
    expect(inB.map((s) => ana.text.slice(s.start, s.end)).join(' ')).toContain('taking the time to meet with me');
    expect(inA[0]!.start).toBe(ben.text.indexOf(sentence) + sentence.indexOf('Thank'));
    expect(inB[0]!.start).toBe(ana.text.indexOf(sentence) + sentence.indexOf('Thank'));
    // Nothing of Ben's own opening is marked.
    const opening = ben.text.indexOf('A short opening');
    expect(inA.every((s) => s.end <= opening || s.start >= opening + 'A short opening of my own.'.length)).toBe(true);
  });
});

describe('rewordings in other small words', () => {
  const a = email(
    'Ana Silva',
    'Dear Ana,\n\nThank you for the visit on Tuesday.\nI was happy to hear how the depot keeps its stock counts on a fortnightly cycle, and I would enjoy helping to move the counts onto the scanners that are still done on paper.\nI remain keen on the analyst role and the Leeds organisation.\n\nBest regards,\nSam Lee',
  );
  const b = email(
    'Ben Okafor',
    'Dear Ben,\n\nI remain keen on the analyst role and the Leeds organization.\nMany thanks for the visit on Tuesday.\nIt was good to learn how your depot keeps stock counts on a two-week cycle, and I would like to help move counts onto the scanners that are still run on paper.\n\nKind regards,\nSam Lee',
  );
  const c = email(
    'Chloé Martin',
    'Dear Chloé,\n\nThank you for the visit on Tuesday.\nYour account of the supplier scorecards and the late calls from Hull showed me where the night shift loses time.\nI remain keen on the analyst role.\n\nKind regards,\nSam Lee',
  );

  it('synonyms, small words, spellings and order changed: still the same note', () => {
    expect(resemblance(prep(b), prep(a)).score).toBeGreaterThanOrEqual(0.6);
    expect(resemblance(prep(a), prep(b)).score).toBeGreaterThanOrEqual(0.6);
  });

  it('a note on another topic with the same stock lines does not read alike', () => {
    expect(resemblance(prep(c), prep(a)).score).toBeLessThan(SIMILARITY_WARNING);
    expect(resemblance(prep(a), prep(c)).score).toBeLessThan(SIMILARITY_WARNING);
  });
});
