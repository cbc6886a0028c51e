import type { Handlers } from '../../../shared/api/contract';
import type { OpportunityMethod } from '../../../shared/api/opportunities/methods';
import type { Repositories } from '../repositories';

export function opportunityHandlers({ opportunities, interviews }: Pick<Repositories, 'opportunities' | 'interviews'>): Pick<Handlers, OpportunityMethod> {
  return {
    'opportunities.list': () => opportunities.list(),
    'opportunities.get': ({ id }) => opportunities.get(id),
    'opportunities.create': (fields) => opportunities.create(fields),
    'opportunities.update': (patch) => opportunities.update(patch),
    'opportunities.delete': ({ id }) => opportunities.delete(id),
    'interviews.listForOpportunity': ({ opportunityId }) => interviews.listForOpportunity(opportunityId),
    'interviews.create': (fields) => interviews.create(fields),
    'interviews.update': (patch) => interviews.update(patch),
    'interviews.delete': ({ id }) => interviews.delete(id),
  };
}
