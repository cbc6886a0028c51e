/** People, their part in interviews, and contact import/export (kept apart like every group). */
export const peopleMethodNames = [
  'people.list',
  'people.get',
  'people.directory',
  'people.directoryEntry',
  'people.create',
  'people.update',
  'people.delete',
  'people.restore',
  'people.confirmEmail',
  'people.rejectEmail',
  'people.explainEmail',
  'people.search',
  'people.setRoles',
  'participants.list',
  'participants.listForPerson',
  'participants.add',
  'participants.update',
  'participants.remove',
  'participants.restore',
  'contacts.chooseImportFile',
  'contacts.previewImport',
  'contacts.import',
  'contacts.exportPerson',
  'contacts.exportOpportunity',
] as const;

export type PeopleMethod = (typeof peopleMethodNames)[number];
