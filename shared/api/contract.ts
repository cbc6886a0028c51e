import { z } from 'zod';
import type { Result } from '../result';
import { id } from './fields';
import { cardScanContract } from './card-scan-contract';
import { followThroughContract } from './follow-through-contract';
import type { MethodName } from './method-names';
import { noteContract } from './note-contract';
import { peopleContract } from './people-contract';
import { printContract } from './print-contract';
import {
  interview,
  interviewFields,
  interviewPatch,
  opportunity,
  opportunityFields,
  opportunityPatch,
} from './opportunity-schemas';
import { settings, settingsPatch } from './settings-schemas';

const none = z.object({}).strict();
const byId = z.object({ id }).strict();

/** Every method once: its input schema (parsed at the trust boundary) and its output. */
export const contract = {
  ...followThroughContract,
  ...peopleContract,
  ...noteContract,
  ...printContract,
  ...cardScanContract,
  'app.info': {
    input: none,
    output: z.object({ version: z.string(), dataDir: z.string(), schemaVersion: z.number().int() }),
  },
  'opportunities.list': { input: none, output: z.array(opportunity) },
  'opportunities.get': { input: byId, output: opportunity },
  'opportunities.create': { input: opportunityFields.strict(), output: opportunity },
  'opportunities.update': { input: opportunityPatch.strict(), output: opportunity },
  'opportunities.delete': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  'interviews.listForOpportunity': {
    input: z.object({ opportunityId: id }).strict(),
    output: z.array(interview),
  },
  'interviews.create': { input: interviewFields, output: interview },
  'interviews.update': { input: interviewPatch.strict(), output: interview },
  'interviews.delete': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  'settings.get': { input: none, output: settings },
  'settings.update': { input: settingsPatch, output: settings },
} satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
/** What the caller passes (defaults may be left out). */
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
/** What the implementation receives after parsing (defaults filled in). */
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = z.output<Contract[M]['output']>;

/** The typed window.api: one function per method, grouped by the part before the dot. */
export type Api = {
  [M in MethodName as M]: (input: InputOf<M>) => Promise<Result<OutputOf<M>>>;
};

/** Implementations the core provides, one per method. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInputOf<M>) => OutputOf<M> | Promise<OutputOf<M>>;
};

// Both lists must name the same methods; this fails to compile if one is missing.
type Missing = Exclude<MethodName, keyof Contract> | Exclude<keyof Contract, MethodName>;
const _noneMissing: [Missing] extends [never] ? true : never = true;
void _noneMissing;
