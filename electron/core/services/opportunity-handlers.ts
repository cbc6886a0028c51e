import type { Handlers } from '../../../shared/api/contract';
import type { MethodName } from '../../../shared/api/method-names';
import type { InterviewRepository } from '../repositories/interview-repository';
import type { InterviewSummaryRepository } from '../repositories/interview-summary-repository';
import type { OpportunityRepository } from '../repositories/opportunity-repository';

export function opportunityHandlers(
  opportunities: OpportunityRepository,
  interviews: InterviewRepository,
  summaries: InterviewSummaryRepository,
): Pick<Handlers, Extract<MethodName, `opportunities.${string}` | `interviews.${string}`>> {
  return {
    'opportunities.list': () => opportunities.list(),
    'opportunities.get': ({ id }) => opportunities.get(id),
    'opportunities.create': (fields) => opportunities.create(fields),
    'opportunities.update': (patch) => opportunities.update(patch),
    'opportunities.delete': ({ id }) => opportunities.delete(id),
    // Who was met at each interview, and how far the notes to them have got.
    'opportunities.overview': ({ id }) => {
      const met = summaries.participationsInOpportunity(id);
      const outcomes = summaries.outcomesInOpportunity(id);
      return interviews.listForOpportunity(id).map((interview) => ({
        interview,
        outcome: outcomes.get(interview.id) ?? null,
        people: met
          .filter((p) => p.interviewId === interview.id)
          .map((p) => ({ personId: p.personId, fullName: p.fullName, title: p.personTitle, roles: p.roles, email: p.email, letter: p.letter })),
      }));
    },
    'interviews.listForOpportunity': ({ opportunityId }) => interviews.listForOpportunity(opportunityId),
    'interviews.create': (fields) => interviews.create(fields),
    'interviews.update': (patch) => interviews.update(patch),
    'interviews.delete': ({ id }) => interviews.delete(id),
  };
}
