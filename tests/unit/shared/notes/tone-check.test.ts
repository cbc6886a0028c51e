import { describe, expect, it } from 'vitest';
import { subjectFindings } from '../../../../shared/notes/subject-check';
import { toneFindings, type NoteContext } from '../../../../shared/notes/tone-check';
import { englishSpeller } from './dictionary';
import { realTagger } from './tagger';

const ctx: NoteContext = {
  kind: 'email',
  recipientName: 'Ana Silva',
  company: 'Northwind Traders',
  role: 'Operations Analyst',
  notes: ['Weekly forecast rebuilt in Python; close went from five days to two', 'Plans to hire a second analyst for the Leeds depot'],
};

const clean = `Dear Ana,

Thank you for taking the time to meet with me on Tuesday.
I enjoyed hearing how your team rebuilt the weekly forecast in Python and shortened the monthly close.
I remain interested in the operations analyst role and look forward to hearing about next steps.

Best regards,
Sam Lee`;

const flagged: Array<[string, string, RegExp]> = [
  ['exclamation marks', clean.replace('on Tuesday.', 'on Tuesday!!!'), /exclamation marks/],
  ['a single exclamation mark', clean.replace('on Tuesday.', 'on Tuesday!'), /exclamation mark/],
  ['gushing', clean.replace('I enjoyed hearing', 'It was an amazing conversation and I was blown away hearing'), /“amazing” sounds gushing/],
  ['a dream job', clean.replace('I remain interested in the operations analyst role', 'This is my dream job'), /“dream job” sounds gushing/],
  ['a superlative', clean.replace('I enjoyed hearing', 'It was the best conversation I have had, hearing'), /“best conversation” is a superlative/],
  [
    'a superlative with “most”',
    clean.replace('I enjoyed hearing', 'It was the most inspiring hour of my week, hearing'),
    /“most inspiring hour” is a superlative/,
  ],
  ['capitals for emphasis', clean.replace('I remain interested', 'I am SO interested'), /“SO” in capitals reads as shouting and gushing/],
  ['an apology', clean.replace('Thank you for taking', 'Sorry for running long, and thank you for taking'), /nothing to apologise for/],
  [
    'begging',
    clean.replace('I remain interested in the operations analyst role', 'I really need this job, so please consider me for the role'),
    /sounds like begging/,
  ],
  ['an intensifier', clean.replace('I remain interested', 'I remain extremely interested'), /“extremely” adds emphasis/],
];

const swap = (line: string) => clean.replace('I enjoyed hearing how your team rebuilt the weekly forecast in Python and shortened the monthly close.', line);
const toneSpans = (text: string, re: RegExp) =>
  toneFindings(text, ctx, realTagger())
    .filter((f) => f.kind === 'tone' && re.test(f.message))
    .map((f) => text.slice(f.span!.start, f.span!.end));

describe('begging, in its kinds', () => {
  it.each([
    ['Please, please give me one shot at the forecast work.', 'give me one shot'],
    ['I truly, badly need this role after a hard year.', 'I truly, badly need this role'],
    ['I promise you will never regret it.', 'I promise you'],
    ['I would be very grateful for any chance to prove myself.', 'very grateful for any chance'],
    ['Please don’t forget me when you decide.', 'Please don’t forget me'],
    ['I won’t let you down on the forecast.', 'won’t let you down'],
  ])('“%s” pleads (%s)', (line, phrase) => {
    expect(toneSpans(swap(line), /begging/)).toContain(phrase);
  });

  it.each([
    ['Kindly consider my application for the analyst role.'],
    ['Kindly consider me for the analyst post.'],
    ['I would be grateful for the opportunity to discuss the forecast further.'],
    ['I hope you will consider me for the analyst role.'],
  ])('“%s” is polite, not begging', (line) => {
    expect(toneSpans(swap(`${line} The weekly forecast in Python was new to me.`), /begging/)).toEqual([]);
  });
});

describe('flattery as phrases', () => {
  it.each([
    ['Thanks a million for the weekly forecast walk-through.', 'Thanks a million'],
    ['Hearing about the weekly forecast was the high point of my whole career.', 'the high point of my whole career'],
    ['Northwind is fortunate to have someone like you running the weekly forecast.', 'fortunate to have someone like you'],
    ['Working for a manager of your stature on the weekly forecast would teach me a lot.', 'a manager of your stature'],
    ['Seeing the weekly forecast was an immense honour.', 'an immense honour'],
    ['I will be indebted to you forever for the weekly forecast tour.', 'indebted to you forever'],
    ['I stood in awe of the weekly forecast.', 'in awe'],
    ['Thank you VERY much for showing me the weekly forecast.', 'VERY much'],
  ])('“%s” flatters or gushes (%s)', (line, phrase) => {
    expect(toneSpans(swap(line), /gushing|flatter|superlative/)).toContain(phrase);
  });

  it.each([
    ['The weekly forecast tour was nothing short of breathtaking.', 'nothing short of breathtaking'],
    ['I cannot thank you enough for the weekly forecast walk-through.', 'cannot thank you enough'],
  ])('“%s” gushes (%s)', (line, phrase) => {
    expect(toneSpans(swap(line), /gushing|flatter|superlative/)).toContain(phrase);
  });

  it.each([
    ['That was the most fun interview I can remember, with the weekly forecast.', 'most fun interview'],
    ['You are one of the finest planners I know, judging by the weekly forecast.', 'finest planners I know'],
    ['Northwind runs the finest depot on the east coast, judging by the weekly forecast.', 'finest depot on the east coast'],
    ['Northwind is my dream employer, and the weekly forecast shows why.', 'dream employer'],
    ['The planners would follow you anywhere after the weekly forecast work.', 'follow you anywhere'],
    ['Seeing the weekly forecast was a truly memorable experience.', 'a truly memorable experience'],
    ['Rebuilding the weekly forecast was a historic achievement.', 'historic'],
  ])('“%s” inflates by its pattern (%s)', (line, phrase) => {
    expect(toneSpans(swap(line), /gushing|flatter|superlative/).join(' | ')).toContain(phrase);
  });

  it.each([
    ['The weekly forecast was the part of the day I found most useful.'],
    ['I would be honoured to help with the weekly forecast.'],
    ['I am grateful for the time you gave the weekly forecast.'],
    ['The forecast you most want rebuilt is the weekly one, in Python.'],
    ['The most common forecast errors come from the Leeds depot.'],
    ['The weekly forecast is kept in a historic building on the quay.'],
    ['My dream of running a forecast team started at school.'],
  ])('“%s” is calm', (line) => {
    expect(toneSpans(swap(line), /gushing|flatter|superlative/)).toEqual([]);
  });
});

const isInterestMissing = (f: { kind: string; message: string }) => f.kind === 'structure' && f.message.startsWith('Nothing here says you still want the job');

describe('tone', () => {
  it('finds nothing in a calm, specific, personal email', () => {
    expect(toneFindings(clean, ctx)).toEqual([]);
  });

  it.each(flagged)('flags %s, with the span it is about', (_label, text, message) => {
    const findings = toneFindings(text, ctx);
    const hit = findings.find((f) => message.test(f.message));
    expect(hit, findings.map((f) => f.message).join('\n')).toBeDefined();
    expect(hit!.span).not.toBeNull();
    expect(text.slice(hit!.span!.start, hit!.span!.end).length).toBeGreaterThan(0);
  });

  it('does not take “most” before a noun for a superlative', () => {
    const text = clean.replace('I enjoyed hearing', 'Your point that most stock-outs start with a late call stayed with me, as did hearing');
    expect(toneFindings(text, ctx).filter((f) => f.message.includes('superlative'))).toEqual([]);
  });

  it('does not count the sign-off "Warmest regards" as flattery', () => {
    expect(toneFindings(clean.replace('Best regards,', 'Warmest regards,'), ctx)).toEqual([]);
  });

  it('does not treat company acronyms as shouting', () => {
    const text = clean.replace('in Python', 'in SQL for ACME');
    expect(toneFindings(text, ctx).filter((f) => f.message.includes('capitals'))).toEqual([]);
  });

  it.each([
    ['in Python for HIPAA reporting'],
    ['in Python on the SCADA historian'],
    ['in Python for the NASDAQ filing'],
    ['in Python with the FINRA and HMRC rules'],
  ])('does not treat acronyms of five or six letters as shouting: %s', (phrase) => {
    const text = clean.replace('in Python', phrase);
    expect(toneFindings(text, ctx).filter((f) => f.message.includes('capitals'))).toEqual([]);
  });

  it.each([
    ['I am SO EXCITED about the role', ['SO', 'EXCITED']],
    ['THIS WAS THE BEST CONVERSATION and I remain interested', ['THIS WAS THE BEST CONVERSATION']],
    ['I remain ABSOLUTELY interested', ['ABSOLUTELY']],
  ])('flags capitals for emphasis in "%s"', (phrase, shouted) => {
    const text = clean.replace('I remain interested', phrase);
    const spans = toneFindings(text, ctx)
      .filter((f) => f.message.includes('capitals'))
      .map((f) => text.slice(f.span!.start, f.span!.end));
    expect(spans).toEqual(shouted);
  });

  it.each([['I am most interested in the operations analyst role'], ['I remain most interested in the role']])(
    '"%s" is a statement of interest, not a superlative',
    (phrase) => {
      const text = clean.replace('I remain interested in the operations analyst role', phrase);
      expect(toneFindings(text, ctx).filter((f) => f.message.includes('superlative'))).toEqual([]);
    },
  );

  it('notices a missing thank-you, positive remark and statement of interest', () => {
    const text = 'Dear Ana,\n\nWe met on Tuesday.\nThe team was very nice to me.\n\nBest regards,\nSam Lee';
    const messages = toneFindings(text, ctx, realTagger()).map((f) => f.message);
    expect(messages).toContain('Nothing here thanks them for their time. Start with that.');
    expect(messages).toContain('Nothing here says you still want the job. Add that you remain interested in the role, in your own words.');
    expect(messages.some((m) => m.startsWith('This note is generic: it could go to anyone who interviewed you.'))).toBe(true);
  });

  it.each([
    ['It reinforced why this role is the one I most want.'],
    ['I would be honored to become a part of your firm.'],
    ['Please count me as still interested.'],
    ['I would jump at the chance to work with you.'],
    ['I would be delighted to be offered the post.'],
    ['I should be pleased to take up the role if it is offered.'],
    ['I hope to get the chance to work alongside the planners.'],
    ['I would be happy to come aboard as an analyst.'],
    ['Northwind is where I hope to begin my career.'],
    ['I look forward to hearing from you and remain keen on the role.'],
    ['I am very intersted in the operations analyst role.'],
    ['I have run reports like these for years and would bring that care to Northwind.'],
    ['Please keep me in mind for the analyst post.'],
    ['The analyst role is exactly what I have been looking for.'],
    ['My enthusiasm for the role has only grown since Tuesday.'],
    ['I remain keen on Northwind Traders.'],
    ['I would very much like to be your next Operations Analyst.'],
    ['Having met the planners, I know Northwind is where I want to be next.'],
  ])('"%s" states interest', (line) => {
    const text = clean.replace('I remain interested in the operations analyst role and look forward to hearing about next steps.', line);
    expect(toneFindings(text, ctx, realTagger()).some(isInterestMissing)).toBe(false);
  });

  it.each([
    ['When do you expect to make a decision?'],
    ['You said you are pleased to be part of the company.'],
    ['The team seemed excited about the launch.'],
    ['Looking forward to hearing from you.'],
    ['I hope to hear back from you soon.'],
    ['I was glad to hear the depots will get the forecast.'],
    ['I would be happy to send my references.'],
    ['I am most interested in the returns pilot you described.'],
    ['I hope the team enjoys the new office in Leeds.'],
    ['I hope Northwind Traders does well with the new depot.'],
    ['I would welcome any feedback on my answers.'],
    ['I would like to be kept informed.'],
    ['The Leeds depot is where the forecast started.'],
  ])('"%s" does not state the writer’s interest', (line) => {
    const text = clean.replace('I remain interested in the operations analyst role and look forward to hearing about next steps.', line);
    expect(toneFindings(text, ctx, realTagger()).some(isInterestMissing)).toBe(true);
  });

  it('says plainly that hoping to hear back is not wanting the job', () => {
    const text = clean.replace(
      'I remain interested in the operations analyst role and look forward to hearing about next steps.',
      'I look forward to hearing from you.',
    );
    const finding = toneFindings(text, ctx, realTagger()).find(isInterestMissing);
    expect(finding?.message).toBe(
      'Nothing here says you still want the job: “I look forward to hearing from you.” asks for a reply, not for the role. Add that you remain interested in it, in your own words.',
    );
  });

  it.each([
    ['Thank you for your time meeting me yesterday to discuss the operations analyst position.'],
    ['I enjoyed our conversation and appreciate the insight into the role at Northwind Traders.'],
    ['I enjoyed learning about the culture and values of the team.'],
  ])('a note whose only remark is "%s" is generic', (line) => {
    const text = clean.replace('I enjoyed hearing how your team rebuilt the weekly forecast in Python and shortened the monthly close.', line);
    expect(toneFindings(text, ctx, realTagger()).some((f) => f.message.startsWith('This note is generic'))).toBe(true);
  });

  it('without the tagger loaded yet, a note is not called generic on a guess', () => {
    const text = clean.replace(
      'I enjoyed hearing how your team rebuilt the weekly forecast in Python and shortened the monthly close.',
      'I enjoyed our conversation.',
    );
    expect(toneFindings(text, ctx, null).some((f) => f.message.startsWith('This note is generic'))).toBe(false);
  });

  it.each([
    ['Best Bedding Company', 'I enjoyed hearing how Best Bedding Company rebuilt the weekly forecast in Python.'],
    ['do my best', 'I will do my best to help rebuild the weekly forecast in Python.'],
    ['the most useful part', 'The most useful part for me was how the weekly forecast is rebuilt in Python.'],
    ['Prime Ledger', 'I enjoyed hearing how the weekly forecast moved into Prime Ledger.'],
  ])('%s is no tone finding', (_label, line) => {
    const text = clean.replace('I enjoyed hearing how your team rebuilt the weekly forecast in Python and shortened the monthly close.', line);
    expect(toneFindings(text, { ...ctx, company: 'Best Bedding Company' }, realTagger()).filter((f) => f.kind === 'tone')).toEqual([]);
  });

  it('notices a note with nothing personal to that interviewer', () => {
    const text = clean.replace(
      'I enjoyed hearing how your team rebuilt the weekly forecast in Python and shortened the monthly close.',
      'I enjoyed our conversation about the team.',
    );
    expect(toneFindings(text, ctx).map((f) => f.message)).toContain('Nothing here is particular to Ana Silva. Mention something from your notes about them.');
  });

  it('counts sentences in an email and words in a letter', () => {
    const long = clean.replace('Best regards', 'We also talked about parking. And the cafeteria. And the weather. And my commute.\n\nBest regards');
    expect(toneFindings(long, ctx).map((f) => f.message)).toContain(
      'This email has 7 sentences. About three is right: thanks, one specific remark, your interest.',
    );
    const paragraph = 'Thank you for the invitation; I enjoyed learning how the weekly forecast is built and remain interested in the role. ';
    const letter = `Dear Ana,\n\n${paragraph.repeat(20)}\n\nSincerely,\nSam Lee`;
    expect(toneFindings(letter, { ...ctx, kind: 'letter' }).some((f) => f.kind === 'length' && /will not fit on one page/.test(f.message))).toBe(true);
    expect(toneFindings(`Dear Ana,\n\n${paragraph.repeat(5)}\n\nSincerely,\nSam Lee`, { ...ctx, kind: 'letter' }).filter((f) => f.kind === 'length')).toEqual(
      [],
    );
  });

  it('shows an unfilled template field as a gap', () => {
    const text = clean.replace('how your team rebuilt the weekly forecast in Python', '[something you learned]');
    const gap = toneFindings(text, ctx).find((f) => f.kind === 'gap');
    expect(gap?.message).toBe('Fill in the gap: something you learned.');
    expect(text.slice(gap!.span!.start, gap!.span!.end)).toBe('[something you learned]');
  });
});

describe('the subject line', () => {
  it('gets the wording, spelling and gap checks, and a plain subject gets none', () => {
    const subjectCtx = { ...ctx, otherNames: [], knownText: 'Northwind Traders Operations Analyst' };
    expect(subjectFindings('Thank you — Operations Analyst interview', englishSpeller(), subjectCtx)).toEqual([]);
    const messages = subjectFindings('AMAZING interview!!! Thnak you — [role]', englishSpeller(), subjectCtx).map((f) => f.message);
    expect(messages).toContain('“AMAZING” in capitals reads as shouting.');
    expect(messages).toContain('Several exclamation marks read as over-excited. End the sentence with a full stop.');
    expect(messages.some((m) => m.startsWith('“Thnak” may be misspelled'))).toBe(true);
    expect(messages).toContain('Fill in the gap in the subject: role.');
  });

  it.each([['Thank You!'], ['Thanks - Project Coordinator interview!']])('"%s" is a capital and one mark: a hint at most', (subject) => {
    const found = subjectFindings(subject, englishSpeller(), { ...ctx, otherNames: [], knownText: '' });
    expect(found.map((f) => f.severity)).toEqual(['info']);
  });

  it('names the company in the subject without calling it a superlative', () => {
    const subjectCtx = { ...ctx, company: 'Best Bedding Company', otherNames: [], knownText: 'Best Bedding Company' };
    expect(subjectFindings('Best Bedding Company — thank you', englishSpeller(), subjectCtx)).toEqual([]);
    expect(subjectFindings('The best interview ever', englishSpeller(), subjectCtx).map((f) => f.severity)).toEqual(['warning']);
  });

  it.each([[''], ['   ']])('an empty subject %j gets a finding', (subject) => {
    const findings = subjectFindings(subject, englishSpeller(), { ...ctx, otherNames: [], knownText: '' });
    expect(findings).toEqual([
      {
        kind: 'structure',
        severity: 'warning',
        message: 'The subject is empty. A short one such as “Thank you — Operations Analyst” tells them what it is.',
        span: null,
      },
    ]);
  });
});

describe('a subject left over from another application', () => {
  const subjectCtx = { ...ctx, otherNames: ['Ben Okafor'], knownText: 'Northwind Traders Operations Analyst Sam Lee' };
  const errors = (subject: string) =>
    subjectFindings(subject, englishSpeller(), subjectCtx)
      .filter((f) => f.severity === 'error')
      .map((f) => subject.slice(f.span!.start, f.span!.end));

  it.each([
    ['Thank you – Operations Analyst interview at Bluewater Shipping', 'Bluewater Shipping'],
    ['Operations Analyst interview: Contoso Retail Group', 'Contoso Retail Group'],
    ['Following up on my interview with Fabrikam Software', 'Fabrikam Software'],
  ])('"%s" names another company (%s): an error', (subject, name) => {
    expect(errors(subject)).toEqual([name]);
  });

  it.each([
    ['Thank you – Operations Analyst interview at Northwind'],
    ['Thank You for Your Time at the Office on Tuesday'],
    ['Interview with Ben Okafor and Ana Silva'],
    ['Interview with Hannah Pryce'],
    ['Thank you from Sam Lee'],
    ['Re: Operations Analyst Interview'],
  ])('"%s" names nobody else', (subject) => {
    expect(errors(subject)).toEqual([]);
  });

  it('begging in the subject is a finding too', () => {
    expect(subjectFindings('Please don’t pass me over', englishSpeller(), subjectCtx).some((f) => f.severity === 'error' && /begging/.test(f.message))).toBe(
      true,
    );
  });
});
