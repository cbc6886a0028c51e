import type { FeedbackReason } from './feedback-reasons';

/**
 * The user's own look back at an interview, its outcome, and what the employer said: what
 * follow-through records and what past interviews teach the next one.
 */
export interface ReviewQuestion {
  question: string;
  answer: string;
  betterAnswer: string;
  /** The user's own judgement that the answer was weak; gathered in the prep view. */
  weak: boolean;
}

export const rapportLevels = ['', 'strong', 'fine', 'missing'] as const;
export const goodPlaceAnswers = ['', 'yes', 'unsure', 'no'] as const;

export interface Review {
  interviewId: string;
  questions: ReviewQuestion[];
  wentWell: string;
  wentBadly: string;
  doDifferently: string;
  rapport: (typeof rapportLevels)[number];
  rapportNote: string;
  goodPlace: (typeof goodPlaceAnswers)[number];
  goodPlaceNote: string;
  updatedAt: string | null;
}

export const outcomeKinds = ['pending', 'offer', 'rejection', 'withdrawn', 'no-answer'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

export interface Outcome {
  interviewId: string;
  kind: OutcomeKind;
  decidedOn: string | null;
  updatedAt: string | null;
}

export interface Feedback {
  id: string;
  interviewId: string;
  opportunityId: string;
  /** Who gave it, as the user wrote it (the hiring manager, the recruiter). */
  source: string;
  reasons: FeedbackReason[];
  concern: string;
  receivedOn: string | null;
  createdAt: string;
}
