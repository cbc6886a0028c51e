import { z } from 'zod';
import { chosenExport, dataSummary, deleteAllInput, deleteAllResult, exportEverythingResult, importInput, importResult } from './schemas';

const none = z.object({}).strict();

/** The user's data as a whole: its part of the contract, merged in contract.ts. */
export const userDataContract = {
  /** "Export everything": the JSON export where the person chooses, with a .vcf and a .csv of everyone beside it; null when cancelled. */
  'userData.exportEverything': { input: none, output: exportEverythingResult.nullable() },
  /** "Import an export": asks for the file, checks all of it, and answers with what an import would do. */
  'userData.chooseImport': { input: none, output: chosenExport },
  /** Imports the checked file in one transaction, after a backup of the data as it was. */
  'userData.import': { input: importInput, output: importResult },
  'userData.summary': { input: none, output: dataSummary },
  /** "Delete all my data": needs `confirmed`; answers needs-confirmation with what goes until then. */
  'userData.deleteAll': { input: deleteAllInput, output: deleteAllResult },
};
