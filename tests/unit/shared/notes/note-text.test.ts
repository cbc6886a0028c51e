import { describe, expect, it } from 'vitest';
import { letterParts } from '../../../../shared/notes/letter-parts';
import { nameWords, prepareNote, resemblance, type NoteForComparison } from '../../../../shared/notes/note-similarity';
import { bodySentences, foldWord, sentences } from '../../../../shared/notes/note-text';
import { toneFindings } from '../../../../shared/notes/tone-check';

const formulaic = (text: string) =>
  sentences(text)
    .filter((s) => s.formulaic)
    .map((s) => s.text);
const body = (text: string) => bodySentences(text).map((s) => s.text);

describe('sign-offs count only when a signature alone follows them', () => {
  it.each([
    [
      'Thank you!',
      'Dear Ana,\n\nThank you!\n\nI enjoyed hearing how your team rebuilt the weekly forecast in Python.\nI remain interested in the role.\n\nBest regards,\nSam Lee',
    ],
    [
      'Thank you again.',
      'Dear Ana,\n\nThank you again.\nIt was good to hear about the Leeds depot and its new sorting line.\nI remain interested in the role.',
    ],
    ['Cheers!', 'Hi Ben,\n\nCheers! The tour of the warehouse made the role concrete for me.\nI look forward to the next steps.'],
  ])('"%s" with text after it is body text', (line, text) => {
    expect(body(text)).toContain(line);
    expect(body(text).length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['Best regards,\nSam Lee', ['Best regards,', 'Sam Lee']],
    ['Thank you again,\nSam Lee\nOperations analyst\n+1 555 0100', ['Thank you again,', 'Sam Lee', 'Operations analyst', '+1 555 0100']],
    ['Thank you!\nSam', ['Thank you!', 'Sam']],
    ['Thanks again,\n\nKind regards,\nSam Lee, Ph.D.', ['Thanks again,', 'Kind regards,', 'Sam Lee, Ph.D.']],
  ])('a closing with only a signature after it is formulaic: %j', (closing, expected) => {
    const text = `Dear Ana,\n\nThank you for your time on Tuesday.\nI remain interested in the role.\n\n${closing}`;
    expect(formulaic(text)).toEqual(['Dear Ana,', ...expected]);
  });

  it('a copied email pasted after "Thank you!" is compared, not ignored', () => {
    const copied =
      'I enjoyed hearing how your team rebuilt the weekly forecast in Python and cut the close from five days to two.\nI remain very interested in the position and would be glad to help carry that work forward.';
    const names = nameWords(['Ana Silva', 'Ben Okafor']);
    const note = (who: string, text: string): NoteForComparison => ({ key: who, kind: 'email', recipientName: who, recipientKey: who, text });
    const a = prepareNote(note('Ana Silva', `Dear Ana,\n\nThank you!\n\n${copied}\n\nSam Lee`), names);
    const b = prepareNote(note('Ben Okafor', `Dear Ben,\n\nThank you for your time today.\n${copied}\n\nBest regards,\nSam Lee`), names);
    expect(resemblance(a, b).score).toBeGreaterThan(0.5);
  });

  it('gushing after "Thank you!" is flagged', () => {
    const text = 'Dear Ana,\n\nThank you!\nIt was an amazing day and the BEST interview ever!!!\n\nSam Lee';
    const messages = toneFindings(text, { kind: 'email', recipientName: 'Ana Silva', company: 'Northwind', role: 'Analyst', notes: [] }).map((f) => f.message);
    expect(messages.some((m) => m.includes('“amazing” sounds gushing'))).toBe(true);
    expect(messages.some((m) => m.includes('Several exclamation marks'))).toBe(true);
  });
});

describe('greetings', () => {
  it.each([
    ['Dear Ms. Silva,', 'Dear Ms. Silva,'],
    ['Dear Dr. Okafor,', 'Dear Dr. Okafor,'],
    ['Dear Prof. Chloé Martin:', 'Dear Prof. Chloé Martin:'],
    ['Dear Mr. and Mrs. Nowak,', 'Dear Mr. and Mrs. Nowak,'],
    ['Hi Ana, Ben and Chloé,', 'Hi Ana, Ben and Chloé,'],
    ['Good morning Ana', 'Good morning Ana'],
  ])('"%s" is a greeting', (line, greeting) => {
    const text = `${line}\n\nThank you for your time on Tuesday.\nI remain interested in the role.`;
    expect(sentences(text)[0]).toMatchObject({ text: greeting, formulaic: true });
    expect(body(text)).toEqual(['Thank you for your time on Tuesday.', 'I remain interested in the role.']);
  });

  it.each([
    ['Hi Ana, what an amazing, incredible day!', 'Hi Ana,', ['what an amazing, incredible day!']],
    ['Hello Ana, thank you so much for the amazing interview', 'Hello Ana,', ['thank you so much for the amazing interview']],
    ['Dear Dr. Okafor, thank you for the tour. It was useful.', 'Dear Dr. Okafor,', ['thank you for the tour.', 'It was useful.']],
    ['Hi Ana thank you for the tour of the depot', 'Hi Ana', ['thank you for the tour of the depot']],
  ])('"%s": the greeting is split from the text typed after it', (line, greeting, rest) => {
    expect(sentences(line)[0]).toMatchObject({ text: greeting, formulaic: true });
    expect(body(line)).toEqual(rest);
  });

  it('gushing typed on the greeting line is flagged', () => {
    const messages = toneFindings('Hi Ana, what an amazing, incredible day!\n\nBest regards,\nSam', {
      kind: 'email',
      recipientName: 'Ana Silva',
      company: 'Northwind',
      role: 'Analyst',
      notes: [],
    }).map((f) => f.message);
    expect(messages.some((m) => m.includes('“amazing” sounds gushing'))).toBe(true);
  });
});

describe('greetings and closings in British and Indian usage', () => {
  it.each([
    ['Respected Mr. Smith,', 'With all good wishes,'],
    ['Respected Sir,', 'Thanking you once again,'],
    ['Dear Arjun Sir,', 'Thanks & Regards,'],
    ['Dear Mrs Obi', 'Yours sincerely'],
    ['Tom,', 'Warm regards,'],
    ['Hi Carla -', 'Talk soon,'],
    ['Good afternoon Fiona,', 'Yours faithfully,'],
    ['Hello Sir,', 'Thanks again and best regards,'],
  ])('"%s" … "%s" frame the note and are not its sentences', (greeting, closing) => {
    const text = `${greeting}\n\nThank you for the tour of the workshop.\nI remain keen on the role.\n\n${closing}\nRohan Kulkarni\n+91 98200 12345`;
    expect(body(text)).toEqual(['Thank you for the tour of the workshop.', 'I remain keen on the role.']);
  });

  it('"Greetings of the day." belongs to the greeting, and two closing lines are both closing', () => {
    const text = 'Dear Sir,\n\nGreetings of the day.\nThank you for the interview.\n\nThanking you,\n\nYours faithfully,\nRohan Kulkarni';
    expect(body(text)).toEqual(['Thank you for the interview.']);
  });

  it('a name alone at the end is a signature even without a closing', () => {
    expect(body('Marcus,\n\nThank you for the tour.\nI am still interested.\n\nSam Lee')).toEqual(['Thank you for the tour.', 'I am still interested.']);
  });
});

describe('hard wraps in pasted text', () => {
  it('counts a wrapped paragraph by its sentences, keeping their places in the text', () => {
    const text =
      'Dear Tom,\n\nThank you for the interview on Monday and for explaining why three\nteams still reconcile accounts by hand. Moving the ledger to the cloud is a\nplan I would like to help with.\nI remain interested in the role.\n\nKind regards,\nSam Lee';
    const found = bodySentences(text);
    expect(found).toHaveLength(3);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(
      'Thank you for the interview on Monday and for explaining why three\nteams still reconcile accounts by hand.',
    );
  });

  it('keeps list items and sentences on their own lines apart', () => {
    expect(bodySentences('Thank you for the tour.\nWe covered:\n- the forecast\n- the close\nI remain interested.')).toHaveLength(5);
  });

  it('a quoted exclamation inside a sentence does not end it', () => {
    expect(bodySentences('When you said "Ship it right, ship it once!" I saw why. I remain interested.')).toHaveLength(2);
  });
});

describe('sentences', () => {
  it.each([
    [
      'Dear Ana,\n\nThank you for the tour with Dr. Okafor on Tuesday. I learned that e.g. St. Albans handles 2.5 times the volume of Leeds, i.e. most of it. I remain interested.\n\nBest regards,\nSam',
      3,
    ],
    ['Thank you for meeting me at 10 a.m. with J. Okafor. The plan for Q3 (approx. 40 stores) is clear. I remain interested.', 3],
    ['Thank you for the call. I wrote to sam@example.com and read northwind.com. I remain interested!', 3],
  ])('counts the sentences of %j as %i', (text, count) => {
    expect(bodySentences(text)).toHaveLength(count);
  });
});

describe('letter parts keep every paragraph', () => {
  it.each([
    [
      'a "Thank you again." paragraph in the middle',
      'Dear Ms. Nowak,\n\nThank you for the invitation to interview.\n\nThank you again.\n\nI learned how the Leeds depot plans its routes.\n\nI remain interested.\n\nSincerely,\nSam Lee',
      'Dear Ms. Nowak,',
      'Thank you for the invitation to interview.\n\nThank you again.\n\nI learned how the Leeds depot plans its routes.\n\nI remain interested.',
    ],
    [
      'thanks before the closing',
      'Dear Dr. Okafor,\n\nThank you for the invitation.\n\nThank you again.\n\nSincerely,\nSam Lee',
      'Dear Dr. Okafor,',
      'Thank you for the invitation.\n\nThank you again.',
    ],
    [
      'text on the greeting line',
      'Dear Ana, thank you for the tour.\n\nI remain interested.\n\nBest regards,\nSam',
      'Dear Ana,',
      'thank you for the tour.\n\nI remain interested.',
    ],
  ])('%s', (_, text, salutation, letterBody) => {
    expect(letterParts(text)).toEqual({ salutation, body: letterBody });
  });
});

describe('folding words for comparison', () => {
  it.each([
    ['Łukasz', 'Lukasz'],
    ['Søren', 'Soren'],
    ['Straße', 'Strasse'],
    ['José', 'Jose'],
    ['Zoë’s', "Zoe's"],
    ['Ærø', 'Aero'],
  ])('%s and %s are the same word', (a, b) => {
    expect(foldWord(a)).toBe(foldWord(b));
  });

  it.each([
    ['Дмитрий', 'ДМИТРИЙ'],
    ['王伟', '王伟'],
    ['Ελένη', 'ΕΛΕΝΗ'],
  ])('%s keeps its own letters, in any case', (word, upper) => {
    expect(foldWord(word)).toBe(foldWord(upper));
    expect(foldWord(word)).not.toBe('');
    expect(foldWord(word)).not.toMatch(/[a-z]/);
  });
});

describe('the frame of a note in more of its forms', () => {
  const lines = 'Thank you for the visit to the depot on Monday.\nThe new loading bays looked well planned.\nI remain keen on the planning clerk role.';

  it.each([['To whom it may concern,'], ['Dear Sir or Madam,'], ['Dear Hiring Manager,']])('"%s" is a greeting', (greeting) => {
    expect(body(`${greeting}\n${lines}\nSincerely,\nSam Lee`)).toEqual(lines.split('\n'));
  });

  it('a date and an inside address above the greeting are no sentences', () => {
    const text = `3 March 2026\n\nMr Dev Anand\nHarbour Freight Lines\n12 Quay Street\nHull HU1 1AA\n\nDear Mr Anand,\n\n${lines}\n\nYours sincerely,\n\nSam Lee`;
    expect(body(text)).toEqual(lines.split('\n'));
    expect(formulaic(text)).toContain('Dear Mr Anand,');
  });

  it.each([['With deepest appreciation,'], ['In gratitude,'], ['Onwards and upwards,'], ['Until next time,']])(
    '"%s" above the signature is the closing',
    (closing) => {
      expect(body(`Dear Dev,\n${lines}\n\n${closing}\nSam Lee\nPlanning clerk applicant`)).toEqual(lines.split('\n'));
    },
  );

  it.each([
    ['Sam', `Dear Dev,\n${lines}\nSam`],
    ['Sent from my Galaxy', `Dev,\n${lines}\nSam\n\nSent from my Galaxy`],
    ['Get Outlook for Android', `Dear Dev,\n${lines}\nBest,\nSam\n\nGet Outlook for Android`],
  ])('"%s" after the last sentence is not a sentence', (_tail, text) => {
    expect(body(text)).toEqual(lines.split('\n'));
  });

  it('a line ending in a comma that a sentence follows is not taken for a closing', () => {
    expect(body(`Dear Dev,\n${lines}\nAll the same,\nthe loading bays could use a second door.\n\nSam Lee`)).toHaveLength(4);
  });
});

describe('marks that end no sentence', () => {
  const ctx = { kind: 'email' as const, recipientName: 'Dev Anand', company: 'Harbour Freight Lines', role: 'Planning Clerk', notes: [] };
  const exclamations = (text: string) => toneFindings(text, ctx).filter((f) => /exclamation/i.test(f.message));

  it('a "!" inside a name ends no sentence and exclaims nothing', () => {
    const text = 'Dear Dev,\n\nThank you for Monday.\nI would enjoy helping with the Go! Kids reading scheme you run.\nI remain keen on the role.\n\nSam Lee';
    expect(body(text)).toHaveLength(3);
    expect(exclamations(text)).toEqual([]);
  });

  it('a "!" after a day still ends the sentence', () => {
    const text = 'Dear Dev,\n\nThank you for the tour on Monday! It made the role concrete.\nI remain keen on the role.\n\nSam Lee';
    expect(body(text)).toHaveLength(3);
    expect(exclamations(text)).toHaveLength(1);
  });

  it.each([['‘Load it once, load it right!’'], ["'Load it once, load it right!'"]])('%s in single quotes is the speaker’s mark', (quote) => {
    const text = `Dear Dev,\n\nThank you for Monday.\nI smiled when the foreman said ${quote} to the new starters.\nI remain keen on the role; the parents’ evening rota can wait.\n\nSam Lee`;
    expect(exclamations(text)).toEqual([]);
    expect(body(text)).toHaveLength(3);
  });
});

describe('letter frames in Indian formal usage, postscripts and titles ending in "!"', () => {
  const lines = 'I am thankful to you for the interview on 4th March.\nI am very much interested in the post of Planning Clerk.';

  it('a heading of Date:, "To,", comma-ended address lines and Subject: above "Respected Sir," is no sentence', () => {
    const text = `Date: 05/03/2026\n\nTo,\nMr. Dev Anand,\nPlanning Head,\nHarbour Freight Lines,\nNariman Point, Mumbai - 400021\n\nSubject: Thank you for the interview for the post of Planning Clerk\n\nRespected Sir,\n\n${lines}\n\nThanking you,\nYours faithfully,\nPriya Shah`;
    expect(body(text)).toEqual(lines.split('\n'));
    expect(formulaic(text)).toContain('Respected Sir,');
  });

  it('a first line ending in a comma is still a greeting, not a heading', () => {
    expect(body(`Dev,\n\n${lines}\n\nRegards,\nPriya`)).toEqual(lines.split('\n'));
  });

  it('a P.S. below the signature is one body sentence, and the closing above it still closes', () => {
    const text = `Dear Dev,\n\n${lines}\n\nWarmly,\nPriya Shah\n\nP.S. I have attached the route sheet we talked about.\n\nSent from my iPhone`;
    expect(body(text)).toEqual([...lines.split('\n'), 'P.S. I have attached the route sheet we talked about.']);
    expect(formulaic(text)).toEqual(expect.arrayContaining(['Warmly,', 'Priya Shah', 'Sent from my iPhone']));
  });

  it('a printed letter keeps its P.S., after the body, and leaves the closing to the layout', () => {
    expect(letterParts(`Dear Dev,\n\nThe bays looked well planned.\n\nSincerely,\nSam Lee\n\nPS: the route sheet is attached.`)).toEqual({
      salutation: 'Dear Dev,',
      body: 'The bays looked well planned.\n\nPS: the route sheet is attached.',
    });
  });

  it('a misspelt closing above the name is the closing, not a sentence', () => {
    expect(body(`Dear Dev,\n\n${lines}\n\nSincerly,\n\nPriya Shah`)).toEqual(lines.split('\n'));
  });

  it('a "!" that closes a name mid-sentence ends nothing; one the sentence does not go on after still does', () => {
    expect(body('Dear Dev,\n\nThe team behind Crate Quest! showed me the loading game.\nI remain keen on the role.\n\nSam')).toHaveLength(2);
    expect(body('Dear Dev,\n\nThank you for showing me Crate Quest! It was fun.\nI remain keen on the role.\n\nSam')).toHaveLength(3);
  });
});

describe('a title from the user’s notes that ends in "!"', () => {
  const ctx = {
    kind: 'email' as const,
    recipientName: 'Dev Anand',
    company: 'Harbour Freight Lines',
    role: 'Planning Clerk',
    notes: ['Their app is called Crate Quest!'],
  };
  it('is a name: its mark exclaims nothing, even where a capital follows', () => {
    const text = 'Dear Dev,\n\nThank you for Monday. I tried Crate Quest! Your drivers clearly love it.\nI remain keen on the role.\n\nSam';
    expect(toneFindings(text, ctx).filter((f) => /exclamation/i.test(f.message))).toEqual([]);
  });
});
