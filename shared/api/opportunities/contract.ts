import { z } from 'zod';
import { id } from '../fields';
import { interviewSummary } from './overview-schemas';
import { interview, interviewFields, interviewPatch, opportunity, opportunityFields, opportunityPatch } from './schemas';

const byId = z.object({ id }).strict();

/** Opportunities' part of the contract, merged in contract.ts. */
export const opportunityContract = {
  'opportunities.list': { input: z.object({}).strict(), output: z.array(opportunity) },
  'opportunities.get': { input: byId, output: opportunity },
  'opportunities.create': { input: opportunityFields.strict(), output: opportunity },
  'opportunities.update': { input: opportunityPatch.strict(), output: opportunity },
  'opportunities.delete': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  /** Each interview with the people met there, the state of the notes to each, and the outcome. */
  'opportunities.overview': { input: byId, output: z.array(interviewSummary) },
  'interviews.listForOpportunity': { input: z.object({ opportunityId: id }).strict(), output: z.array(interview) },
  /** Every interview with its opportunity, newest first, in one call (pickers: the print queue, contact import). */
  'interviews.listAll': { input: z.object({}).strict(), output: z.array(z.object({ interview, opportunity })) },
  'interviews.create': { input: interviewFields, output: interview },
  'interviews.update': { input: interviewPatch.strict(), output: interview },
  'interviews.delete': { input: byId, output: z.object({ deleted: z.literal(true) }) },
};
