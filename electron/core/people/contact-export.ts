import fs from 'node:fs';
import type { Person } from '../../../shared/api/people/schemas';
import { safeFileName } from '../../../shared/domain/safe-file-name';
import { InvalidInputError } from '../core-errors';
import type { DialogPort } from '../os-ports';
import type { PeopleRepository } from '../repositories/people-repository';
import { peopleToVcards } from './import-export/vcard-write';

type Exported = { path: string | null; count: number };

/** Saves people as one .vcf where the user chooses; nothing is written when they cancel. */
async function exportTo(dialogs: DialogPort, list: Person[], suggestedName: string): Promise<Exported> {
  const file = await dialogs.showSaveDialog({
    title: 'Export contacts',
    defaultPath: `${safeFileName(suggestedName, 'contacts')}.vcf`,
    filters: [{ name: 'vCard', extensions: ['vcf'] }],
  });
  if (file === null) return { path: null, count: 0 };
  fs.writeFileSync(file, peopleToVcards(list), 'utf8');
  return { path: file, count: list.length };
}

export function contactExport(people: PeopleRepository, dialogs: DialogPort) {
  return {
    person(id: string): Promise<Exported> {
      const person = people.get(id);
      return exportTo(dialogs, [person], person.fullName);
    },
    /** Everyone who took part in the opportunity. */
    opportunity(opportunityId: string): Promise<Exported> {
      const list = people.listForOpportunity(opportunityId);
      if (list.length === 0) throw new InvalidInputError('opportunityId', 'Nobody has been added to this opportunity yet, so there is nothing to export.');
      return exportTo(dialogs, list, 'interviewers');
    },
  };
}
