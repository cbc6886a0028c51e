import { z } from 'zod';

/** The app's own part of the contract, merged in contract.ts. */
export const appContract = {
  /** Which version runs, on which data folder, at which schema version. */
  'app.info': {
    input: z.object({}).strict(),
    output: z.object({ version: z.string(), dataDir: z.string(), schemaVersion: z.number().int() }),
  },
};
