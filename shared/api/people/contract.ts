import { z } from 'zod';
import { chosenFile, exportResult, importInput, importPreview, importResult, previewInput } from './contact-import-schemas';
import { id, text } from '../fields';
import { participantKey, participantNotesPatch, personFields, personPatch, personRoles, searchHit } from './input-schemas';
import { directoryEntry, directoryPage, directoryPageInput } from './directory-schemas';
import { interviewParticipant, opportunityRole, person } from './schemas';

const byId = z.object({ id }).strict();

export const peopleContract = {
  /** Everyone, or the people at one company, or everyone who took part in an opportunity. */
  'people.list': {
    input: z.object({ company: text('Company', 200).optional(), opportunityId: id.optional() }).strict(),
    output: z.array(person),
  },
  'people.get': { input: byId, output: person },
  /** Everyone, each with every interview they were in and the state of the notes to them. */
  'people.directory': { input: directoryPageInput, output: directoryPage },
  /** One person of the directory with their interviews (the one chosen, wherever in the list). */
  'people.directoryEntry': { input: z.object({ id }).strict(), output: directoryEntry },
  'people.create': { input: personFields.strict(), output: person },
  'people.update': { input: personPatch.strict(), output: person },
  /** Soft delete: people.restore undoes it. */
  'people.delete': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  'people.restore': { input: byId, output: person },
  /** Turns a guessed address into a confirmed one. */
  'people.confirmEmail': { input: byId, output: person },
  /** "Not this address": drops a guessed address and never proposes it for this person again. */
  'people.rejectEmail': { input: byId, output: person },
  /** Why a person has the address they have, or why none could be worked out. */
  'people.explainEmail': {
    input: byId,
    output: z.object({ kind: z.enum(['confirmed', 'guessed', 'no-guess']), explanation: z.string() }),
  },
  'people.search': { input: z.object({ query: text('Search', 200) }).strict(), output: z.array(searchHit) },
  'people.setRoles': { input: personRoles.strict(), output: z.array(opportunityRole) },
  'participants.list': { input: z.object({ interviewId: id }).strict(), output: z.array(interviewParticipant) },
  'participants.listForPerson': { input: z.object({ personId: id }).strict(), output: z.array(interviewParticipant) },
  /** Someone already known (a second round), or a new person entered from their card. */
  'participants.add': {
    input: z.union([participantKey.strict(), z.object({ interviewId: id, person: personFields.strict() }).strict()]),
    output: interviewParticipant,
  },
  'participants.update': { input: participantNotesPatch.strict(), output: interviewParticipant },
  /** Takes the person off this interview (their notes kept for undo); participants.restore undoes it. */
  'participants.remove': { input: participantKey.strict(), output: z.object({ removed: z.literal(true) }) },
  'participants.restore': { input: participantKey.strict(), output: interviewParticipant },
  /** Asks for a .vcf or .csv file through the open dialog; CSV answers with its columns to map. */
  'contacts.chooseImportFile': { input: z.object({}).strict(), output: chosenFile },
  /** What would be imported and whom it matches; nothing is saved. */
  'contacts.previewImport': { input: previewInput, output: importPreview },
  /** Saves the previewed contacts in one transaction, one action per entry. */
  'contacts.import': { input: importInput, output: importResult },
  'contacts.exportPerson': { input: byId, output: exportResult },
  'contacts.exportOpportunity': { input: z.object({ opportunityId: id }).strict(), output: exportResult },
};
