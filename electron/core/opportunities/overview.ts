import type { InterviewSummary } from '../../../shared/api/opportunities/overview-schemas';
import type { Repositories } from '../repositories';

/** Who was met at each interview of an opportunity, how far the notes to each have got, and the outcome. */
export function opportunityOverview({ interviews, summaries }: Pick<Repositories, 'interviews' | 'summaries'>, opportunityId: string): InterviewSummary[] {
  const met = summaries.participationsInOpportunity(opportunityId);
  const outcomes = summaries.outcomesInOpportunity(opportunityId);
  return interviews.listForOpportunity(opportunityId).map((interview) => ({
    interview,
    outcome: outcomes.get(interview.id) ?? null,
    people: met
      .filter((p) => p.interviewId === interview.id)
      .map((p) => ({ personId: p.personId, fullName: p.fullName, title: p.personTitle, roles: p.roles, email: p.email, letter: p.letter })),
  }));
}
