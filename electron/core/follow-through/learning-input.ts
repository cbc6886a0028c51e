import type { LearningInput } from '../../../shared/follow-through/learning';
import type { Repositories } from '../repositories';

/** Every interview with its review, outcome and feedback: what past interviews teach. A few queries, however many interviews. */
export function learningInput({ interviews, reviews }: Pick<Repositories, 'interviews' | 'reviews'>): LearningInput {
  const all = interviews.listAll().map(({ interview, company, role }) => ({ id: interview.id, company, role, date: interview.date }));
  return { interviews: all, reviews: reviews.allReviews(), outcomes: reviews.allOutcomes(), feedback: reviews.allFeedback() };
}
