/** Follow-through's methods (plan, Today, calendar, review, outcome, feedback, learning); zod-free for the preload. */
export const followThroughMethodNames = [
  'followThrough.settings',
  'followThrough.updateSettings',
  'plan.forInterview',
  'plan.updateContext',
  'plan.setInterviewTimeZone',
  'plan.today',
  'plan.markFolded',
  'plan.userToday',
  'plan.markStep',
  'plan.saveStepNote',
  'plan.exportCalendar',
  'review.get',
  'review.save',
  'outcome.get',
  'outcome.set',
  'feedback.add',
  'feedback.delete',
  'drafts.get',
  'drafts.save',
  'followThrough.openDraftInMailApp',
  'learning.prep',
  'learning.stats',
] as const;

export type FollowThroughMethod = (typeof followThroughMethodNames)[number];
