/**
 * The live note checks: 8 interviewers, each with a 300-word letter and a three-sentence
 * email, re-checked after one keystroke, as the note studio does while the user types.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createNoteChecker, type CheckedNote } from '../shared/notes/note-checks';
import nlp from 'compromise/two';
import { createTagger, type Nlp } from '../shared/notes/noun-tagger';
import { createSpeller, suggestionText } from '../shared/notes/spelling';
import type { Benchmark } from './harness';

const dictionaryDir = path.resolve(__dirname, '../node_modules/dictionary-en');
const speller = createSpeller(fs.readFileSync(path.join(dictionaryDir, 'index.aff'), 'utf8'), fs.readFileSync(path.join(dictionaryDir, 'index.dic'), 'utf8'));

// The tagger the app loads; one per checker as in the note studio, so a baseline starts with it cold.
const tagger = () => createTagger(nlp as unknown as Nlp);

const people = ['Ana Silva', 'Ben Okafor', 'Chloé Martin', 'Dmitri Volkov', 'Elena Rossi', 'Farid Haddad', 'Grace Liu', 'Hannah Becker'];
const topics = [
  'the weekly forecast',
  'night shift scheduling',
  'supplier scorecards',
  'the returns pilot',
  'warehouse safety audits',
  'the new dispatch board',
  'customer wait times',
  'the Leeds depot opening',
];
const sentences = [
  'Thank you for the invitation to interview for the operations analyst position and for the time you gave me on Tuesday.',
  'It was a pleasure to meet you and to hear how the team works from one week to the next.',
  'Our conversation about TOPIC showed me how carefully Northwind measures what it changes before it commits to it.',
  'I learned that the monthly close now takes two days instead of five, and that the team plans to publish its forecast to the depots.',
  'That kind of openness with data is what I look for in a place to work, and it matches how I ran reporting at my last job.',
  'At Contoso I rebuilt our stock reports in SQL and Python, which let the buyers see shortages a week earlier than before.',
  'I would bring the same habits to Northwind: small changes, measured honestly, and explained to the people who use the numbers.',
  'You mentioned that the next quarter will focus on TOPIC, and I have been thinking about how a simple daily report could support it.',
  'I remain interested in the position and would be glad to contribute to the work you described.',
  'Thank you again for your time and consideration.',
];

// Sentences with nothing particular in them: the letter a generic note becomes (each made distinct by one letter, N).
const generic = [
  'Thank you for the invitation to interview for the operations analyst position and for your time (N).',
  'It was a pleasure to meet you and to learn more about the role and the team (N).',
  'I was impressed by the professionalism of everyone I met and by the care the team takes over its work (N).',
  'Our conversation confirmed that my skills and my experience would serve the position well (N).',
  'I enjoyed hearing about the culture and the values of the company and how the team works together (N).',
  'I remain very interested in the position and would welcome the opportunity to contribute (N).',
];

function letterFor(i: number): string {
  const name = people[i]!;
  const topic = topics[i]!;
  // Each letter rotates the pool so the eight are not identical, as real ones are not.
  const body: string[] = [];
  for (let k = 0; body.join(' ').split(/\s+/).length < 300; k++) body.push(sentences[(k + i) % sentences.length]!.replace('TOPIC', topic));
  return `Dear ${name.split(' ')[0]},\n\n${body.join(' ')}\n\nSincerely,\nSam Lee`;
}

function emailFor(i: number): string {
  const name = people[i]!;
  return `Dear ${name.split(' ')[0]},\n\nThank you for meeting with me on Tuesday.\nI enjoyed hearing about ${topics[i]}, which made the role concrete for me.\nI remain interested in the position and look forward to the next steps.\n\nBest regards,\nSam Lee`;
}

function notes(withNotes = true): CheckedNote[] {
  return people.flatMap((name, i) => {
    const context = { recipientName: name, company: 'Northwind Traders', role: 'Operations Analyst', notes: withNotes ? [topics[i]!] : [] };
    const base = { recipientName: name, recipientKey: name, knownText: 'Northwind Traders Operations Analyst Sam Lee Contoso SQL Python' };
    return [
      { ...base, key: `${name}:letter`, kind: 'letter' as const, text: letterFor(i), context: { ...context, kind: 'letter' as const } },
      { ...base, key: `${name}:email`, kind: 'email' as const, text: emailFor(i), context: { ...context, kind: 'email' as const } },
    ];
  });
}

const words = notes().reduce((n, note) => n + note.text.split(/\s+/).length, 0);

export const benchmarks: Benchmark[] = [
  {
    name: `re-check after one keystroke (8 interviewers, 16 notes, ${words} words)`,
    unit: 're-check',
    targetMs: 5,
    setup() {
      const checker = createNoteChecker(speller, tagger());
      const all = notes();
      checker.check(all);
      const target = all.findIndex((n) => n.kind === 'letter');
      const original = all[target]!.text;
      return (i) => {
        // One character typed into the middle of a letter, then taken out again: each
        // iteration differs from the last by one keystroke.
        const at = Math.floor(original.length / 2);
        const text = i % 2 === 0 ? original.slice(0, at) + 'e' + original.slice(at) : original;
        all[target] = { ...all[target]!, text };
        checker.check(all);
      };
    },
    baseline: {
      name: 'checking all 16 notes from scratch',
      setup() {
        const all = notes();
        return () => {
          createNoteChecker(speller, tagger()).check(all);
        };
      },
    },
  },
  {
    // The user stops typing (the studio re-renders with the same texts), looks at a
    // misspelled word's finding (its suggestions, computed once per word), then types again.
    name: 'pause, look at a spelling finding, then type one keystroke (16 notes)',
    unit: 'pause + keystroke',
    targetMs: 5,
    setup() {
      const checker = createNoteChecker(speller, tagger());
      const all = notes();
      const target = all.findIndex((n) => n.kind === 'letter');
      const original = all[target]!.text.replace('carefully', 'carefuly');
      all[target] = { ...all[target]!, text: original };
      checker.check(all);
      const at = Math.floor(original.length / 2);
      return (i) => {
        const paused = checker.check(all.map((n) => ({ ...n })));
        const word = paused.get(all[target]!.key)!.find((f) => f.kind === 'spelling')?.word;
        if (word) suggestionText(word, speller);
        const text = i % 2 === 0 ? original.slice(0, at) + 'e' + original.slice(at) : original;
        all[target] = { ...all[target]!, text };
        checker.check(all);
      };
    },
  },
  {
    // The worst case for the tagger: a generic letter, no notes of the user's to find in
    // it, no numbers, no names, so whether it is specific is decided by tagging its nouns.
    // Each keystroke makes text never seen before, so the edited sentence is tagged anew
    // every time; the tagger remembers the others.
    name: 're-check after one keystroke in a generic 300-word letter (the tagger decides "specific"; 16 notes)',
    unit: 're-check',
    targetMs: 5,
    setup() {
      const checker = createNoteChecker(speller, tagger());
      const all = notes(false);
      const target = all.findIndex((n) => n.kind === 'letter');
      const body: string[] = [];
      for (let k = 0; body.join(' ').split(/\s+/).length < 300; k++) body.push(generic[k % generic.length]!.replace('N', String.fromCharCode(97 + (k % 26))));
      const original = `Dear Ana,\n\n${body.join(' ')}\n\nSincerely,\nSam Lee`;
      all[target] = { ...all[target]!, text: original };
      checker.check(all);
      const at = Math.floor(original.length / 2);
      return (i) => {
        // A different letter each time ("ab", "ac", …), as typing makes.
        const typed = (i % 676)
          .toString(26)
          .split('')
          .map((d) => String.fromCharCode(97 + parseInt(d, 26)))
          .join('');
        all[target] = { ...all[target]!, text: original.slice(0, at) + typed + original.slice(at) };
        checker.check(all);
      };
    },
  },
];
