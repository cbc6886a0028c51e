import { describe, expect, it } from 'vitest';
import { spellingFindings } from '../../../../shared/notes/spelling';
import { englishSpeller } from './dictionary';

const ctx = { recipientName: 'Łukasz Nowak', otherNames: ['Zoë Adams', 'José García'], knownText: 'Northwind Traders Operations Analyst Sam Lee' };

describe('spelling', () => {
  const speller = englishSpeller();

  it('accepts correctly spelled notes, the company and the name as on the card', () => {
    const text = 'Dear Łukasz,\n\nThank you for explaining how Northwind Traders plans its deliveries; I appreciated it.\n\nBest regards,\nSam Lee';
    expect(spellingFindings(text, speller, ctx)).toEqual([]);
  });

  it.each([
    ['recieve', 'receive'],
    ['definately', 'definitely'],
    ['oppertunity', 'opportunity'],
  ])('flags "%s" and suggests "%s"', (wrong, right) => {
    const text = `I was glad to ${wrong === 'recieve' ? 'recieve' : 'have'} the ${wrong === 'recieve' ? 'invitation' : wrong} today.`;
    const finding = spellingFindings(text, speller, ctx).find((f) => f.kind === 'spelling');
    expect(finding).toBeDefined();
    expect(text.slice(finding!.span!.start, finding!.span!.end)).toBe(wrong);
    expect(finding!.message).toContain(`“${right}”`);
  });

  it.each([['Lukasz'], ['Łucasz'], ['Lukas']])('flags the name written "%s" as an error naming the card spelling', (written) => {
    const text = `Dear ${written},\n\nThank you for your time.`;
    const finding = spellingFindings(text, speller, ctx).find((f) => f.kind === 'name');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe('Their card spells it “Łukasz”.');
  });

  it("flags a colleague's name left in the greeting of a copied note", () => {
    const text = 'Dear Zoë,\n\nThank you for your time.';
    const finding = spellingFindings(text, speller, ctx).find((f) => f.kind === 'name');
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toBe('“Zoë” is Zoë Adams\'s name, but this note is to Łukasz Nowak.');
  });

  it("only asks about a colleague's name in the text, where it may be meant", () => {
    const text = 'Dear Łukasz,\n\nThank you and José for your time.';
    const finding = spellingFindings(text, speller, ctx).find((f) => f.kind === 'name');
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toBe('“José” is José García\'s name; check that this note to Łukasz Nowak means to mention them.');
  });
});

describe('spelling while typing', () => {
  it('still flags the word without asking Hunspell for suggestions', () => {
    const findings = spellingFindings('Thank you for the oppertunity.', englishSpeller(), ctx, { suggest: false });
    expect(findings).toEqual([{ kind: 'spelling', severity: 'warning', message: '“oppertunity” is not in the dictionary.', span: { start: 18, end: 29 } }]);
  });
});
