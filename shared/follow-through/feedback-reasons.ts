/**
 * Why an employer said no, as the user records it. Kept free of imports so the UI can show
 * the labels without loading the schemas (and the holiday data they validate against).
 */
export const feedbackReasons = ['over-qualified', 'under-qualified', 'culture-fit', 'skills-gap', 'other'] as const;
export type FeedbackReason = (typeof feedbackReasons)[number];

export const feedbackReasonLabels: Record<FeedbackReason, string> = {
  'over-qualified': 'Over-qualified',
  'under-qualified': 'Under-qualified',
  'culture-fit': 'Culture fit',
  'skills-gap': 'Skills gap',
  other: 'Other',
};
