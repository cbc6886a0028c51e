import { describe, expect, it } from 'vitest';
import { builtInTemplates, fillTemplate, hasGaps, spokenDate, unknownFields } from '../../../../shared/notes/note-templates';
import { toneFindings } from '../../../../shared/notes/tone-check';

describe('note templates', () => {
  it('fills merge fields and shows every unfilled one as a gap, never as nothing', () => {
    const text = fillTemplate('Dear {{firstName}}, I learned {{learned}}. {{yourName}}', { firstName: 'Zoë', learned: '   ' });
    expect(text).toBe('Dear Zoë, I learned [something you learned]. [your name]');
    expect(hasGaps(text)).toBe(true);
    expect(hasGaps(fillTemplate('Dear {{firstName}},', { firstName: 'Zoë' }))).toBe(false);
  });

  it('leaves unknown fields visible so the template editor can name them', () => {
    expect(fillTemplate('Hello {{nickname}}', {})).toBe('Hello {{nickname}}');
    expect(unknownFields('{{firstName}} {{nickname}}')).toEqual(['nickname']);
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
