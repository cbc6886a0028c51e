import type { Handlers } from '../../../shared/api/contract';
import type { OpportunityMethod } from '../../../shared/api/opportunities/methods';
import type { Repositories } from '../repositories';
import { opportunityOverview } from './overview';

export function opportunityHandlers(repos: Pick<Repositories, 'opportunities' | 'interviews' | 'summaries'>): Pick<Handlers, OpportunityMethod> {
  const { opportunities, interviews } = repos;
  return {
    'opportunities.list': () => opportunities.list(),
    'opportunities.get': ({ id }) => opportunities.get(id),
    'opportunities.create': (fields) => opportunities.create(fields),
    'opportunities.update': (patch) => opportunities.update(patch),
    'opportunities.delete': ({ id }) => opportunities.delete(id),
    'opportunities.overview': ({ id }) => opportunityOverview(repos, id),
    'interviews.listForOpportunity': ({ opportunityId }) => interviews.listForOpportunity(opportunityId),
    'interviews.listAll': () => {
      const byId = new Map(opportunities.list().map((o) => [o.id, o]));
      return interviews
        .listAll()
        .reverse()
        .map(({ interview }) => ({ interview, opportunity: byId.get(interview.opportunityId)! }));
    },
    'interviews.create': (fields) => interviews.create(fields),
    'interviews.update': (patch) => interviews.update(patch),
    'interviews.delete': ({ id }) => interviews.delete(id),
  };
}
