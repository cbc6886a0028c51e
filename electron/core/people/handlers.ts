import type { Handlers } from '../../../shared/api/contract';
import type { PeopleMethod } from '../../../shared/api/people/methods';
import type { DialogPort } from '../os-ports';
import type { Repositories } from '../repositories';
import { contactExport } from './contact-export';
import { directoryEntry, peopleDirectory } from './directory';
import { contactFiles } from './contact-files';
import { contactImport } from './contact-import';
import { explainEmail } from './explain-email';
import { personWrites } from './person-writes';
import { createPeopleSearch } from './search';

export type PeopleRepositories = Pick<
  Repositories,
  'transaction' | 'people' | 'participants' | 'interviews' | 'opportunities' | 'summaries' | 'references' | 'peopleSearch' | 'cardPhotos'
>;

/** People, their part in interviews, and their contacts files in and out. */
export function peopleHandlers(repos: PeopleRepositories, ports: { dialogs: DialogPort }): Pick<Handlers, PeopleMethod> {
  const { transaction, people, participants } = repos;
  const writes = personWrites(repos);
  const search = createPeopleSearch(people, participants, repos.peopleSearch);
  const files = contactFiles(ports.dialogs);
  const contacts = contactImport(repos, files);
  const exports = contactExport(people, ports.dialogs);
  return {
    'people.list': ({ company, opportunityId }) =>
      opportunityId !== undefined ? people.listForOpportunity(opportunityId) : company !== undefined ? people.listAtCompany(company) : people.list(),
    'people.get': ({ id }) => people.get(id),
    'people.directory': ({ offset, limit }) => peopleDirectory(repos, offset, limit),
    'people.directoryEntry': ({ id }) => directoryEntry(repos, id),
    'people.create': (fields) => writes.create(fields),
    'people.update': (patch) => writes.update(patch),
    'people.delete': ({ id }) => writes.delete(id),
    'people.restore': ({ id }) => writes.restore(id),
    'people.confirmEmail': ({ id }) => writes.confirmEmail(id),
    'people.rejectEmail': ({ id }) => writes.rejectEmail(id),
    'people.explainEmail': ({ id }) => explainEmail(people, id),
    'people.search': ({ query }) => search(query),
    'people.setRoles': transaction(({ opportunityId, personId, roles }) => participants.setRoles(opportunityId, personId, roles)),
    'participants.list': ({ interviewId }) => participants.listForInterview(interviewId),
    'participants.listForPerson': ({ personId }) => participants.listForPerson(personId),
    'participants.add': (input) => writes.addParticipant(input),
    'participants.update': transaction((patch) => participants.updateNotes(patch)),
    'participants.remove': transaction(({ interviewId, personId }) => participants.remove(interviewId, personId)),
    'participants.restore': transaction(({ interviewId, personId }) => participants.restore(interviewId, personId)),
    'contacts.chooseImportFile': () => files.choose(),
    'contacts.previewImport': (input) => contacts.preview(input),
    'contacts.import': (input) => contacts.import(input),
    'contacts.exportPerson': ({ id }) => exports.person(id),
    'contacts.exportOpportunity': ({ opportunityId }) => {
      repos.references.opportunity(opportunityId);
      return exports.opportunity(opportunityId);
    },
  };
}
