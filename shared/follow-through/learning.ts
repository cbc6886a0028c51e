import type { FeedbackReason } from './feedback-reasons';
import type { Feedback, Outcome, Review } from './review';

/**
 * Gathers what past interviews taught — the employer's concerns, questions answered weakly
 * and the better answers written since — so the next interview can address them head-on.
 */
export interface PastInterview {
  id: string;
  company: string;
  role: string;
  date: string;
}

export interface LearningInput {
  interviews: readonly PastInterview[];
  reviews: readonly Review[];
  outcomes: readonly Outcome[];
  feedback: readonly Feedback[];
}

/** An employer's concern from an earlier interview, to answer before it is raised again. */
export interface PastConcern {
  company: string;
  role: string;
  interviewDate: string;
  source: string;
  reasons: FeedbackReason[];
  concern: string;
}

export interface QuestionToPrepare {
  question: string;
  /** How many reviews recorded it. */
  times: number;
  /** How many times the user judged the answer weak. */
  weakTimes: number;
  betterAnswers: string[];
  companies: string[];
}

export interface ReasonCount {
  reason: FeedbackReason;
  count: number;
}

/** What past interviews teach, gathered for the next one. */
export interface PrepView {
  concerns: PastConcern[];
  reasonCounts: ReasonCount[];
  questions: QuestionToPrepare[];
  lessons: Array<{ company: string; interviewDate: string; text: string }>;
}

export interface MonthCount {
  month: string;
  interviews: number;
  offers: number;
  rejections: number;
}

export interface LearningStats {
  months: MonthCount[];
  reasonCounts: ReasonCount[];
}

/** Questions are matched loosely: case, spacing and punctuation do not make a new question. */
export function questionKey(question: string): string {
  return question
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function countReasons(feedback: readonly Feedback[]): ReasonCount[] {
  const counts = new Map<FeedbackReason, number>();
  for (const f of feedback) for (const r of new Set(f.reasons)) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}

/** Everything learned from interviews other than `forInterviewId`. */
export function gatherPrep(input: LearningInput, forInterviewId: string | null): PrepView {
  const byId = new Map(input.interviews.map((i) => [i.id, i]));
  const past = (id: string) => id !== forInterviewId && byId.has(id);
  const feedback = input.feedback.filter((f) => past(f.interviewId));
  const concerns = feedback
    .map((f) => {
      const i = byId.get(f.interviewId) as PastInterview;
      return { company: i.company, role: i.role, interviewDate: i.date, source: f.source, reasons: f.reasons, concern: f.concern };
    })
    .sort((a, b) => b.interviewDate.localeCompare(a.interviewDate));

  const groups = new Map<string, { question: string; times: number; weakTimes: number; betterAnswers: string[]; companies: Set<string> }>();
  const lessons: PrepView['lessons'] = [];
  for (const review of input.reviews) {
    if (!past(review.interviewId)) continue;
    const i = byId.get(review.interviewId) as PastInterview;
    for (const q of review.questions) {
      const key = questionKey(q.question);
      if (!key) continue;
      const group = groups.get(key) ?? { question: q.question.trim(), times: 0, weakTimes: 0, betterAnswers: [], companies: new Set<string>() };
      group.times += 1;
      if (q.weak) group.weakTimes += 1;
      if (q.betterAnswer.trim()) group.betterAnswers.push(q.betterAnswer.trim());
      group.companies.add(i.company);
      groups.set(key, group);
    }
    if (review.doDifferently.trim()) lessons.push({ company: i.company, interviewDate: i.date, text: review.doDifferently.trim() });
  }
  const questions = [...groups.values()]
    .filter((g) => g.weakTimes > 0 || g.betterAnswers.length > 0)
    .map((g) => ({ ...g, companies: [...g.companies] }))
    .sort((a, b) => b.weakTimes - a.weakTimes || b.times - a.times || a.question.localeCompare(b.question));
  lessons.sort((a, b) => b.interviewDate.localeCompare(a.interviewDate));

  return { concerns, reasonCounts: countReasons(feedback), questions, lessons };
}

/** 'YYYY-MM' of the month after. */
function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** Interviews, offers and rejections per month of the interview date, oldest first. */
export function countOverTime(input: LearningInput): LearningStats {
  const outcomeOf = new Map(input.outcomes.map((o) => [o.interviewId, o.kind]));
  const months = new Map<string, MonthCount>();
  for (const i of input.interviews) {
    const month = i.date.slice(0, 7);
    const m = months.get(month) ?? { month, interviews: 0, offers: 0, rejections: 0 };
    m.interviews += 1;
    const kind = outcomeOf.get(i.id);
    if (kind === 'offer') m.offers += 1;
    if (kind === 'rejection') m.rejections += 1;
    months.set(month, m);
  }
  const known = [...months.keys()].sort();
  const first = known[0];
  const last = known.at(-1);
  // Every month from the first interview to the last, quiet ones included, so the time axis is true.
  const all: MonthCount[] = [];
  for (let month = first; month && last && month <= last; month = nextMonth(month)) {
    all.push(months.get(month) ?? { month, interviews: 0, offers: 0, rejections: 0 });
  }
  return { months: all, reasonCounts: countReasons(input.feedback) };
}
