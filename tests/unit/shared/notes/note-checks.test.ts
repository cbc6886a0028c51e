import { describe, expect, it } from 'vitest';
import { createNoteChecker, type CheckedNote } from '../../../../shared/notes/note-checks';
import { suggestionText } from '../../../../shared/notes/spelling';
import { englishSpeller } from './dictionary';

function note(name: string, notes: string[], text: string): CheckedNote {
  return {
    key: `${name}:email`,
    kind: 'email',
    recipientName: name,
    recipientKey: name,
    text,
    knownText: 'Northwind Traders Operations Analyst Sam Lee',
    context: { kind: 'email', recipientName: name, company: 'Northwind Traders', role: 'Operations Analyst', notes },
  };
}

const ana = note(
  'Ana Silva',
  ['weekly forecast in Python'],
  'Dear Ana,\n\nThank you for meeting with me on Tuesday.\nI enjoyed hearing how your team rebuilt the weekly forecast in Python.\nI remain interested in the role.\n\nBest regards,\nSam Lee',
);
const ben = note('Ben Okafor', ['night shift scheduling at the warehouse'], ana.text.replace('Dear Ana', 'Dear Ben'));
const chloe = note(
  'Chloé Martin',
  ['supplier scorecards'],
  'Dear Chloé,\n\nThank you for the tour of the depot.\nYour supplier scorecards showed me how carefully Northwind measures its partners.\nI would be glad to build on that work as the analyst.\n\nBest regards,\nSam Lee',
);

describe('checking an interview’s notes together', () => {
  it('names the colleague a copied note reads like, and leaves the different note alone', () => {
    const findings = createNoteChecker(englishSpeller()).check([ana, ben, chloe]);
    expect(findings.get(ben.key)!.find((f) => f.kind === 'similarity' && f.span === null)?.message).toMatch(/reads like the email to Ana Silva/);
    expect(findings.get(ana.key)!.find((f) => f.kind === 'similarity' && f.span === null)?.message).toMatch(/Ben Okafor/);
    expect(findings.get(chloe.key)).toEqual([]);
  });

  it('gives the same answer when re-checking after an edit, using what it remembered', () => {
    const checker = createNoteChecker(englishSpeller());
    checker.check([ana, ben, chloe]);
    const edited = { ...ben, text: ben.text.replace('Thank you for meeting with me on Tuesday.', 'Thank you for meeting with me on Tuesday!!!') };
    const after = checker.check([ana, edited, chloe]);
    const fresh = createNoteChecker(englishSpeller()).check([ana, edited, chloe]);
    expect(after).toEqual(fresh);
    expect(after.get(ben.key)!.some((f) => f.kind === 'tone' && f.message.includes('exclamation'))).toBe(true);
  });
});

describe('notes from the company’s other interviews', () => {
  it('are compared with, named with their label, and not themselves reported', () => {
    const earlier: CheckedNote = { ...ana, key: 'earlier:1', compareOnly: true, label: 'Ana Silva (interview of Thu, Nov 19, 2026)' };
    const findings = createNoteChecker(englishSpeller()).check([ben, chloe, earlier]);
    expect(findings.has('earlier:1')).toBe(false);
    expect(findings.get(ben.key)!.find((f) => f.kind === 'similarity' && f.span === null)?.message).toMatch(
      /reads like the email to Ana Silva \(interview of Thu, Nov 19, 2026\)/,
    );
  });
});

describe('spelling suggestions', () => {
  it('are never computed by the live checks; the finding carries its word for a lazy look-up', () => {
    const speller = englishSpeller();
    const asked: string[] = [];
    const counting = { correct: (w: string) => speller.correct(w), suggest: (w: string) => (asked.push(w), speller.suggest(w)) };
    const typo = { ...chloe, text: chloe.text.replace('carefully', 'carefuly') };
    const checker = createNoteChecker(counting);
    const first = checker.check([ana, typo]);
    const again = checker.check([{ ...ana }, { ...typo }]);
    expect(asked).toEqual([]);
    const finding = first.get(typo.key)!.find((f) => f.kind === 'spelling');
    expect(finding).toMatchObject({ word: 'carefuly', message: '“carefuly” is not in the dictionary.' });
    // Unchanged notes keep their findings: nothing is re-checked after a pause.
    expect(again.get(typo.key)).toBe(first.get(typo.key));
    expect(suggestionText(finding!.word!, counting)).toMatch(/Did you mean .*“carefully”/);
    expect(asked).toEqual(['carefuly']);
  });
});

describe('what the checker remembers', () => {
  it('names the right colleague after a rename, with the note objects rebuilt as the studio does on each keystroke', () => {
    const checker = createNoteChecker(englishSpeller());
    checker.check([ana, ben, chloe]);
    const renamed = { ...ana, recipientName: 'Ana Silva-Pereira', context: { ...ana.context, recipientName: 'Ana Silva-Pereira' } };
    const after = checker.check([renamed, { ...ben }, { ...chloe }]);
    expect(after).toEqual(createNoteChecker(englishSpeller()).check([renamed, ben, chloe]));
    expect(after.get(ben.key)!.find((f) => f.kind === 'similarity' && f.span === null)?.message).toMatch(/reads like the email to Ana Silva-Pereira\./);
  });

  it('does not change the findings it returned earlier', () => {
    const checker = createNoteChecker(englishSpeller());
    const first = checker.check([ana, ben, chloe]);
    const snapshot = structuredClone([...first.entries()]);
    checker.check([{ ...ana, label: 'Ana Silva (panel)' }, { ...ben, text: `${ben.text} ` }, chloe]);
    expect([...first.entries()]).toEqual(snapshot);
  });
});
