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
    expect(finding?.message).toBe("“Zoë” is Zoë Adams's name, but this note is to Łukasz Nowak.");
  });

  it("only asks about a colleague's name in the text, where it may be meant", () => {
    const text = 'Dear Łukasz,\n\nThank you and José for your time.';
    const finding = spellingFindings(text, speller, ctx).find((f) => f.kind === 'name');
    expect(finding?.severity).toBe('info');
    expect(finding?.message).toBe("“José” is José García's name; check that this note to Łukasz Nowak means to mention them.");
  });
});

describe('spelling while typing', () => {
  it('still flags the word without asking Hunspell for suggestions', () => {
    const findings = spellingFindings('Thank you for the oppertunity.', englishSpeller(), ctx, { suggest: false });
    expect(findings).toEqual([
      { kind: 'spelling', severity: 'warning', message: '“oppertunity” is not in the dictionary.', span: { start: 18, end: 29 }, word: 'oppertunity' },
    ]);
  });
});

describe('names: ordinary words are not misspelled names', () => {
  const speller = englishSpeller();
  const known = 'Northwind Traders Operations Analyst Sam Lee';
  it.each([
    ['Dave Brown', 'Dear Dave,\n\nHave a look at the pilot results when you can; thank you for your time.'],
    ['Ian Wright', 'Dear Ian,\n\nIn our talk you explained the depot rota. Thank you for that.'],
    ['Chen Li', 'Dear Chen,\n\nThank you for the tour. Then we saw the new sorting line.'],
    ['Grant Hughes', 'Dear Grant,\n\nGreat questions came up about the forecast. Thank you.'],
    ['Dana Kim', 'Dear Dana,\n\nData from the pilot was clearer than I expected. Thank you.'],
    ['Tim Ross', 'Dear Tim,\n\nTime with your team showed me how the close works. Thank you.'],
    ['John Park', 'Dear John,\n\nThank you for the tour. Join points between the two systems were the topic I found most useful.'],
    ['Priya Nair', "Dear Priya,\n\nThank you for your time. Priya's plan for the depot and Priya’s notes on hiring were clear."],
  ])('%s: no name finding', (recipientName, text) => {
    const findings = spellingFindings(text, speller, { recipientName, otherNames: [], knownText: known });
    expect(findings.filter((f) => f.kind === 'name')).toEqual([]);
  });

  it.each([
    ['Grant Hughes', 'Dear Grnat,', 'Grant'],
    ['John Park', 'Dear Jon,', 'John'],
    ['Dana Kim', 'Dear Data,', 'Dana'],
    ['Priya Nair', 'Thank you for your time. Pirya’s plan was clear.', 'Priya'],
  ])('%s: "%s" is still an error', (recipientName, text, card) => {
    const findings = spellingFindings(text, speller, { recipientName, otherNames: [], knownText: known });
    expect(findings.find((f) => f.kind === 'name')).toMatchObject({ severity: 'error', message: `Their card spells it “${card}”.` });
  });
});

describe('spelling: hyphens and possessives', () => {
  const speller = englishSpeller();
  it.each([
    ['I will send a follow-up by e-mail on Friday.'],
    ['The team is data-driven and cross-functional.'],
    ['It is a well-run depot, and Northwind’s plan for it is clear.'],
    ["Northwind's forecast is data-driven."],
  ])('%s: no spelling finding', (text) => {
    expect(spellingFindings(text, speller, ctx)).toEqual([]);
  });

  it.each([
    ['The plan is data-drivn.', 'data-drivn'],
    ["The depot's recieving line is new.", 'recieving'],
  ])('%s: still flagged', (text, word) => {
    const finding = spellingFindings(text, speller, ctx).find((f) => f.kind === 'spelling');
    expect(finding && text.slice(finding.span!.start, finding.span!.end)).toBe(word);
  });
});

describe('spelling: what is typed exactly, and other forms of the user’s own words', () => {
  const speller = englishSpeller();
  const flagged = (text: string, knownText = ctx.knownText) =>
    spellingFindings(text, speller, { ...ctx, knownText })
      .filter((f) => f.kind === 'spelling')
      .map((f) => f.word);

  it('skips addresses, links and domains, and still flags a typo beside them', () => {
    expect(flagged('Reach me at sam.lee@mailbox.co.uk or see www.samlee-portfolio.dev and kestrel-freight.example.org for the recieving plan.')).toEqual([
      'recieving',
    ]);
  });

  it('takes another form of a word from the notes as spelled on purpose', () => {
    expect(flagged('I have been geocoding the depots since you geocoded the first one.', 'Northwind Traders geocoded depots')).toEqual([]);
  });

  it.each([['geofences'], ['telematics'], ['timesheets'], ['rollout'], ['anonymize']])('knows the workplace word "%s"', (word) => {
    expect(flagged(`The ${word} came up twice.`)).toEqual([]);
  });
});

describe('spelling: what a careful reader knows is spelled right, and what is not', () => {
  const speller = englishSpeller();
  const flagged = (text: string) =>
    spellingFindings(text, speller, ctx, { suggest: false })
      .filter((f) => f.kind === 'spelling' && f.severity === 'warning')
      .map((f) => f.word);

  it.each([
    ['I opened two cafés in Leeds.'],
    ['We filmed a playtest of the zebrafish tracker and a repro of the crash.'],
    ['The flyers went out with one lakh orders, mostly to kirana shops, this arvo.'],
  ])('“%s” has no misspelling', (line) => {
    expect(flagged(`Dear Łukasz,\n\n${line}\n\nBest regards,\nSam Lee`)).toEqual([]);
  });

  it('skips a link’s path and a handle in the signature', () => {
    expect(flagged('Dear Łukasz,\n\nThank you.\n\nBest regards,\nSam Lee\nlinkedin.com/in/samleeplans\n@samleeplans')).toEqual([]);
  });

  it.each([['pleasent'], ['intrested'], ['usefull'], ['alot'], ['publically']])('“%s” is still a typo, though it splits into words', (typo) => {
    expect(flagged(`Dear Łukasz,\n\nIt was ${typo} to meet.\n\nBest regards,\nSam Lee`)).toEqual([typo]);
  });

  it('a misspelt closing word is a warning, not a possible name', () => {
    expect(flagged('Dear Łukasz,\n\nThank you for Tuesday.\n\nSincerly,\n\nSam Lee')).toEqual(['Sincerly']);
  });
});
