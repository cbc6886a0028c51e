/**
 * Templates with merge fields written {{field}}. A field with nothing to put in it is never
 * filled with nothing: it becomes a visible gap such as "[something you learned]" that
 * the checks report until the user completes it. Square brackets written in a template
 * ("[an idea you did not mention]") are gaps too.
 */
export const mergeFields = {
  firstName: 'their first name',
  fullName: 'their name',
  title: 'their title',
  company: 'company',
  role: 'role',
  interviewDate: 'interview date',
  topics: 'what you talked about',
  learned: 'something you learned',
  rolePlan: 'their plan for the role',
  hiringManager: 'hiring manager',
  yourName: 'your name',
} as const;

export type MergeField = keyof typeof mergeFields;
export type MergeValues = Partial<Record<MergeField, string>>;

export type TemplateKind = 'email' | 'letter';
export type TemplateStage = 'thank-you' | 'feedback' | 'follow-up';

export interface NoteTemplate {
  id: string;
  name: string;
  kind: TemplateKind;
  stage: TemplateStage;
  /** Email subject; '' for letters. */
  subject: string;
  body: string;
  builtIn: boolean;
}

// Anything in double braces is meant as a field, however it is written: {{first_name}}, {{ First Name }}.
const FIELD = /\{\{([^{}]*)\}\}/g;

export function isMergeField(name: string): name is MergeField {
  return Object.hasOwn(mergeFields, name);
}

const byLooseName = new Map(Object.keys(mergeFields).map((f) => [loose(f), f as MergeField]));

function loose(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The field a written name means ("first_name", " First Name " → firstName), or null. */
export function fieldNamed(name: string): MergeField | null {
  return byLooseName.get(loose(name)) ?? null;
}

/** The fields a template uses that are not known, as written, so an editor can name them. */
export function unknownFields(text: string): string[] {
  return [...text.matchAll(FIELD)].map((m) => m[1]!.trim()).filter((name) => fieldNamed(name) === null);
}

export function gapFor(field: MergeField): string {
  return `[${mergeFields[field]}]`;
}

export function fillTemplate(text: string, values: MergeValues): string {
  return text.replace(FIELD, (_whole, written: string) => {
    const name = fieldNamed(written);
    // A field Afterword does not know is a gap to complete, never braces sent to an interviewer.
    if (name === null) return `[${written.trim() || 'missing field'}]`;
    const value = values[name]?.trim();
    return value ? value : gapFor(name);
  });
}

/** Whether the text still has a gap to complete (a field or a bracketed placeholder). */
export function hasGaps(text: string): boolean {
  return /\[[^\]\n]{1,80}\]/.test(text);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "Tuesday, November 24" for a YYYY-MM-DD date, computed without time zones. */
export function spokenDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return '';
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${MONTHS[month - 1]} ${day}`;
}

/**
 * What each template says follows the user's guidance: the email is three sentences
 * (thanks; a positive remark about the job, company or the plan; interest), the letter
 * thanks for the invitation, says it was a pleasure to meet, names something learned and
 * confirms interest, all from a cool remove.
 */
export const builtInTemplates: readonly NoteTemplate[] = [
  {
    id: 'builtin-email-thanks',
    name: 'Thank-you email (three sentences)',
    kind: 'email',
    stage: 'thank-you',
    builtIn: true,
    subject: 'Thank you — {{role}} interview',
    body: `Dear {{firstName}},

Thank you for taking the time to meet with me on {{interviewDate}}.
I appreciated hearing about {{rolePlan}}, and it made the {{role}} role at {{company}} concrete for me.
I remain interested in the position and look forward to the next steps.

Best regards,
{{yourName}}`,
  },
  // Two more wordings, so interviewers side by side start from different sentences.
  {
    id: 'builtin-email-thanks-b',
    name: 'Thank-you email (another wording)',
    kind: 'email',
    stage: 'thank-you',
    builtIn: true,
    subject: 'Thank you for {{interviewDate}}',
    body: `Dear {{firstName}},

I appreciated the time you gave me on {{interviewDate}}.
What you said about {{topics}} stayed with me, and it says a good deal about how {{company}} works.
I continue to be interested in the {{role}} position.

Best regards,
{{yourName}}`,
  },
  {
    id: 'builtin-email-thanks-c',
    name: 'Thank-you email (a third wording)',
    kind: 'email',
    stage: 'thank-you',
    builtIn: true,
    subject: 'Our conversation about {{topics}}',
    body: `Dear {{firstName}},

Thank you for our conversation about the {{role}} role.
Learning {{learned}} gave me a clearer picture of the team and its plans.
I am keen to contribute and hope to hear about the next steps.

Kind regards,
{{yourName}}`,
  },
  {
    id: 'builtin-letter-thanks',
    name: 'Thank-you letter',
    kind: 'letter',
    stage: 'thank-you',
    builtIn: true,
    subject: '',
    body: `Dear {{firstName}},

Thank you for the invitation to interview for the {{role}} position at {{company}} on {{interviewDate}}. It was a pleasure to meet you.

Our conversation about {{topics}} was useful to me. I learned {{learned}}, which gave me a clearer picture of the work and of how your team approaches it.

I remain interested in the position and would be glad to contribute to {{company}}. Thank you again for your time and consideration.

Sincerely,
{{yourName}}`,
  },
  {
    id: 'builtin-card-thanks',
    name: 'Handwritten card',
    kind: 'letter',
    stage: 'thank-you',
    builtIn: true,
    subject: '',
    body: `Dear {{firstName}},

Thank you for meeting with me on {{interviewDate}}. I enjoyed learning {{learned}}, and I remain interested in joining {{company}}.

With thanks,
{{yourName}}`,
  },
  {
    id: 'builtin-email-feedback',
    name: 'Feedback request after a rejection',
    kind: 'email',
    stage: 'feedback',
    builtIn: true,
    subject: 'Your feedback on my {{role}} interview',
    body: `Dear {{firstName}},

Thank you for letting me know about your decision on the {{role}} position, and for the time you and your colleagues gave me.
If you are able to share it, I would value a word on how I came across: for example whether my experience seemed too much or too little for the role, or whether something else weighed on the decision.
I would use it to prepare better, and I would be glad to be considered for future openings at {{company}}.

Best regards,
{{yourName}}`,
  },
  {
    id: 'builtin-email-follow-up',
    name: 'Follow-up with a new idea',
    kind: 'email',
    stage: 'follow-up',
    builtIn: true,
    subject: 'A thought after our conversation about {{topics}}',
    body: `Dear {{firstName}},

Thank you again for our conversation on {{interviewDate}}; since then I have been thinking about {{rolePlan}}.
One idea I did not mention: [an idea you did not mention in the interview].
I remain interested in the {{role}} role and would be glad to discuss it whenever it suits you.

Best regards,
{{yourName}}`,
  },
];
