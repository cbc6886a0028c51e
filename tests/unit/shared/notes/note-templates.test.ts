import { describe, expect, it } from 'vitest';
import { builtInTemplates, fillTemplate, hasGaps, spokenDate, unknownFields } from '../../../../shared/notes/note-templates';
import { SIMILARITY_WARNING, nameWords, prepareNote, resemblance } from '../../../../shared/notes/note-similarity';
import { toneFindings } from '../../../../shared/notes/tone-check';

describe('note templates', () => {
  it('fills merge fields and shows every unfilled one as a gap, never as nothing', () => {
    const text = fillTemplate('Dear {{firstName}}, I learned {{learned}}. {{yourName}}', { firstName: 'Zoë', learned: '   ' });
    expect(text).toBe('Dear Zoë, I learned [something you learned]. [your name]');
    expect(hasGaps(text)).toBe(true);
    expect(hasGaps(fillTemplate('Dear {{firstName}},', { firstName: 'Zoë' }))).toBe(false);
  });

  it('turns unknown fields into gaps and names them for the template editor', () => {
    expect(fillTemplate('Hello {{nickname}}', {})).toBe('Hello [nickname]');
    expect(hasGaps(fillTemplate('Hello {{nickname}}', {}))).toBe(true);
    expect(unknownFields('{{firstName}} {{nickname}}')).toEqual(['nickname']);
  });

  it.each([
    ['{{first_name}}', 'Zoë'],
    ['{{ First Name }}', 'Zoë'],
    ['{{FIRSTNAME}}', 'Zoë'],
    ['{{ company }}', 'Northwind Traders'],
    ['{{interview_date}}', 'Tuesday, November 24'],
    ['{{hiring-manager}}', 'Ana Silva'],
  ])('%s is the known field it looks like', (written, filled) => {
    expect(unknownFields(`Dear ${written},`)).toEqual([]);
    expect(
      fillTemplate(`Dear ${written},`, { firstName: 'Zoë', company: 'Northwind Traders', interviewDate: 'Tuesday, November 24', hiringManager: 'Ana Silva' }),
    ).toBe(`Dear ${filled},`);
  });

  it.each([
    ['{{nick name}}', 'nick name'],
    ['{{ first.name }}', 'first.name'],
    ['{{}}', ''],
    ['{{their first name}}', 'their first name'],
  ])('%s is reported as unknown and never sent as braces', (written, name) => {
    expect(unknownFields(`Dear ${written},`)).toEqual([name]);
    expect(fillTemplate(`Dear ${written},`, { firstName: 'Zoë' })).not.toMatch(/[{}]/);
  });

  it('writes the interview date out in words', () => {
    expect(spokenDate('2026-11-24')).toBe('Tuesday, November 24');
    expect(spokenDate('not a date')).toBe('');
  });

  it.each(builtInTemplates.map((t) => [t.name, t] as const))('built-in "%s" uses only known fields and reads calmly once filled', (_name, template) => {
    expect(unknownFields(template.body + template.subject)).toEqual([]);
    const filled = fillTemplate(template.body, {
      firstName: 'Ana',
      company: 'Northwind Traders',
      role: 'Operations Analyst',
      interviewDate: 'Tuesday, November 24',
      topics: 'the weekly forecast',
      learned: 'that the close now takes two days',
      rolePlan: 'the plan to open a Leeds depot',
      yourName: 'Sam Lee',
    });
    const tone = toneFindings(filled, {
      kind: template.kind,
      recipientName: 'Ana Silva',
      company: 'Northwind Traders',
      role: 'Operations Analyst',
      notes: ['the weekly forecast', 'that the close now takes two days', 'the plan to open a Leeds depot'],
    }).filter((f) => f.kind === 'tone' || f.kind === 'structure' || f.kind === 'length');
    expect(tone).toEqual([]);
  });
});

describe('the built-in thank-you email wordings', () => {
  it('give three interviewers side by side drafts that do not read alike', () => {
    const wordings = builtInTemplates.filter((t) => t.kind === 'email' && t.stage === 'thank-you');
    expect(wordings.length).toBeGreaterThanOrEqual(3);
    const people = [
      {
        firstName: 'Ana',
        fullName: 'Ana Silva',
        topics: 'the weekly forecast',
        learned: 'that the close takes two days',
        rolePlan: 'the plan to hire a second analyst',
      },
      {
        firstName: 'Ben',
        fullName: 'Ben Okafor',
        topics: 'night shift scheduling',
        learned: 'that stock-outs start with late calls',
        rolePlan: 'moving the depot to one dispatch board',
      },
      {
        firstName: 'Chloé',
        fullName: 'Chloé Martin',
        topics: 'supplier scorecards',
        learned: 'that scorecards go to every supplier',
        rolePlan: 'a shared supplier portal',
      },
    ];
    const names = nameWords(people.map((p) => p.fullName));
    const notes = people.map((p, i) =>
      prepareNote(
        {
          key: p.fullName,
          kind: 'email',
          recipientName: p.fullName,
          recipientKey: p.fullName,
          text: fillTemplate(wordings[i]!.body, {
            ...p,
            company: 'Northwind Traders',
            role: 'Operations Analyst',
            interviewDate: 'Tuesday, November 24',
            yourName: 'Sam Lee',
          }),
        },
        names,
      ),
    );
    for (const a of notes) for (const b of notes) if (a !== b) expect(resemblance(a, b).score).toBeLessThan(SIMILARITY_WARNING);
  });
});
