import { z } from 'zod';
import { settings, settingsPatch } from './schemas';

/** Settings' part of the contract, merged in contract.ts. */
export const settingsContract = {
  'settings.get': { input: z.object({}).strict(), output: settings },
  'settings.update': { input: settingsPatch, output: settings },
};
