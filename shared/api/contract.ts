import type { z } from 'zod';
import type { Result } from '../result';
import { appContract } from './app/contract';
import { backupContract } from './backups/contract';
import { userDataContract } from './user-data/contract';
import { cardContract } from './card-scan/contract';
import { followThroughContract } from './follow-through/contract';
import type { MethodName } from './method-names';
import { noteContract } from './notes/contract';
import { opportunityContract } from './opportunities/contract';
import { peopleContract } from './people/contract';
import { printingContract } from './printing/contract';
import { settingsContract } from './settings/contract';

/** Every method once, each feature's part merged: its input schema (parsed at the trust boundary) and its output. */
export const contract = {
  ...appContract,
  ...opportunityContract,
  ...peopleContract,
  ...cardContract,
  ...noteContract,
  ...printingContract,
  ...followThroughContract,
  ...settingsContract,
  ...backupContract,
  ...userDataContract,
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
