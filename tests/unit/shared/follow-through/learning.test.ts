import { describe, expect, it } from 'vitest';
import type { Feedback, Review } from '../../../../shared/api/follow-through/schemas';
import { countOverTime, gatherPrep, questionKey, type LearningInput } from '../../../../shared/follow-through/learning';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

function review(interviewId: string, questions: Review['questions'], doDifferently = ''): Review {
  return { interviewId, questions, wentWell: '', wentBadly: '', doDifferently, rapport: '', rapportNote: '', goodPlace: '', goodPlaceNote: '', updatedAt: 'x' };
}

function fb(interviewId: string, reasons: Feedback['reasons'], concern: string): Feedback {
  return { id: interviewId, interviewId, opportunityId: interviewId, source: 'Recruiter', reasons, concern, receivedOn: null, createdAt: 'x' };
}

const input: LearningInput = {
  interviews: [
    { id: A, company: 'Northwind', role: 'Analyst', date: '2026-08-03' },
    { id: B, company: 'Contoso', role: 'Engineer', date: '2026-09-10' },
    { id: C, company: 'Fabrikam', role: 'Lead', date: '2026-09-20' },
  ],
  reviews: [
    review(A, [{ question: 'Why do you want to leave?', answer: 'Rambled', betterAnswer: 'Growth, in two sentences', weak: true }], 'Bring numbers'),
    review(B, [
      { question: 'why do you want to LEAVE', answer: 'Better', betterAnswer: '', weak: true },
      { question: 'Tell me about a failure', answer: 'Fine', betterAnswer: '', weak: false },
    ]),
    review(C, [{ question: 'Salary?', answer: '', betterAnswer: 'A range', weak: true }]),
  ],
  outcomes: [
    { interviewId: A, kind: 'rejection', decidedOn: null, updatedAt: null },
    { interviewId: B, kind: 'offer', decidedOn: null, updatedAt: null },
  ],
  feedback: [fb(A, ['skills-gap', 'culture-fit'], 'Little SQL'), fb(B, ['skills-gap'], 'Thin on cloud')],
};

describe('learning across interviews', () => {
  it('matches questions regardless of case and punctuation', () => {
    expect(questionKey('Why do you want to leave?')).toBe(questionKey('why do you want to LEAVE'));
  });

  it('gathers concerns, recurring weak answers with their better answers, and lessons, leaving out the interview being prepared', () => {
    const prep = gatherPrep(input, C);
    expect(prep.concerns.map((c) => c.concern)).toEqual(['Thin on cloud', 'Little SQL']);
    expect(prep.reasonCounts).toEqual([
      { reason: 'skills-gap', count: 2 },
      { reason: 'culture-fit', count: 1 },
    ]);
    expect(prep.questions).toEqual([
      { question: 'Why do you want to leave?', times: 2, weakTimes: 2, betterAnswers: ['Growth, in two sentences'], companies: ['Northwind', 'Contoso'] },
    ]);
    expect(prep.lessons).toEqual([{ company: 'Northwind', interviewDate: '2026-08-03', text: 'Bring numbers' }]);
  });

  it('counts interviews, offers and rejections per month', () => {
    expect(countOverTime(input).months).toEqual([
      { month: '2026-08', interviews: 1, offers: 0, rejections: 1 },
      { month: '2026-09', interviews: 2, offers: 1, rejections: 0 },
    ]);
  });

  it('keeps the quiet months between interviews, across a year end', () => {
    const months = countOverTime({
      ...input,
      interviews: [
        { id: A, company: 'Northwind', role: 'Analyst', date: '2026-11-03' },
        { id: B, company: 'Contoso', role: 'Engineer', date: '2027-02-10' },
      ],
    }).months;
    expect(months.map((m) => `${m.month}:${m.interviews}`)).toEqual(['2026-11:1', '2026-12:0', '2027-01:0', '2027-02:1']);
    expect(countOverTime({ ...input, interviews: [] }).months).toEqual([]);
  });
});
