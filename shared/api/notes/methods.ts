/** Notes to interviewers and their templates (kept apart like every group). */
export const noteMethodNames = [
  'notes.listForInterview',
  'notes.listColleagueNotes',
  'notes.save',
  'notes.setStatus',
  'notes.openInMailApp',
  'notes.saveEml',
  'noteTemplates.list',
  'noteTemplates.save',
  'noteTemplates.delete',
] as const;

export type NoteMethod = (typeof noteMethodNames)[number];
