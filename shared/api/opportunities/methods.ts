/** Opportunities and their interviews; zod-free for the preload. */
export const opportunityMethodNames = [
  'opportunities.list',
  'opportunities.get',
  'opportunities.create',
  'opportunities.update',
  'opportunities.delete',
  'opportunities.overview',
  'interviews.listForOpportunity',
  'interviews.listAll',
  'interviews.create',
  'interviews.update',
  'interviews.delete',
] as const;

export type OpportunityMethod = (typeof opportunityMethodNames)[number];
