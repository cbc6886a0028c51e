/**
 * Every table the user's data lives in, column by column, as the export file carries it:
 * one JSON object per row, keyed by the column's name, the value as SQLite holds it (text as
 * a string, integers and reals as numbers, 0/1 flags as numbers, NULL as null, a blob as a
 * base64 string). docs/export-format.md describes the file; a unit test fails when a table
 * or column exists in the database that is not described here, so nothing is left out.
 */
export type ColumnType = 'TEXT' | 'INTEGER' | 'REAL' | 'BLOB';

export interface Column {
  type: ColumnType;
  nullable: boolean;
  /** The only values a CHECK constraint allows. */
  values?: readonly string[];
  /** A 0/1 flag. */
  flag?: boolean;
  /** Text that holds JSON. */
  json?: boolean;
  /** Holds a person's id: an import that matches the person to one already known rewrites it. */
  person?: boolean;
}

export interface ExportTable {
  /** What a person calls the rows, for the import's preview. */
  title: string;
  columns: Record<string, Column>;
  /** The primary key's columns. */
  key: readonly string[];
  /** One row only (id = 1): an import into data already in use keeps the row it has. */
  single?: boolean;
  /** The key is SQLite's AUTOINCREMENT counter: an import into data in use lets it give new ones. */
  counter?: boolean;
}

const text: Column = { type: 'TEXT', nullable: false };
const maybeText: Column = { type: 'TEXT', nullable: true };
const integer: Column = { type: 'INTEGER', nullable: false };
const real: Column = { type: 'REAL', nullable: false };
const flag: Column = { type: 'INTEGER', nullable: false, flag: true };
const json: Column = { type: 'TEXT', nullable: false, json: true };
const personId: Column = { type: 'TEXT', nullable: false, person: true };
const oneOf = (...values: string[]): Column => ({ type: 'TEXT', nullable: false, values });

/** In the order a reader meets them: opportunities, people, notes, then what hangs off them. */
export const exportTables = {
  opportunities: {
    title: 'Opportunities',
    key: ['id'],
    columns: {
      id: text,
      company: text,
      role: text,
      location: text,
      notes: text,
      status: oneOf('active', 'offer', 'rejected', 'withdrawn', 'closed'),
      created_at: text,
      updated_at: text,
    },
  },
  interviews: {
    title: 'Interviews',
    key: ['id'],
    columns: {
      id: text,
      opportunity_id: text,
      date: text,
      start_time: maybeText,
      end_time: maybeText,
      title: text,
      location: text,
      notes: text,
      created_at: text,
      updated_at: text,
    },
  },
  people: {
    title: 'People',
    key: ['id'],
    columns: {
      id: text,
      full_name: text,
      given_name: text,
      family_name: text,
      title: text,
      company: text,
      email: text,
      email_status: oneOf('none', 'confirmed', 'guessed'),
      email_evidence: text,
      phone: text,
      address_lines: maybeText,
      address_city: text,
      address_region: text,
      address_postal_code: text,
      address_country: text,
      website: text,
      linkedin: text,
      card_collected: flag,
      deleted_at: maybeText,
      created_at: text,
      updated_at: text,
      company_key: text,
      dismissed_emails: text,
    },
  },
  interview_participants: {
    title: 'Interviewers at interviews',
    key: ['interview_id', 'person_id'],
    columns: {
      interview_id: text,
      person_id: personId,
      topics: text,
      learned: text,
      role_plan: text,
      notes: text,
      position: integer,
      removed_at: maybeText,
      created_at: text,
      updated_at: text,
      removed_roles: text,
    },
  },
  opportunity_people: {
    title: 'Roles in opportunities',
    key: ['opportunity_id', 'person_id', 'role'],
    columns: { opportunity_id: text, person_id: personId, role: oneOf('interviewer', 'hiring-manager', 'recruiter') },
  },
  notes: {
    title: 'Notes',
    key: ['id'],
    columns: {
      id: text,
      interview_id: text,
      person_id: personId,
      kind: oneOf('email', 'letter'),
      subject: text,
      body: text,
      card_draft: text,
      template_id: maybeText,
      status: oneOf('draft', 'ready', 'sent', 'printed', 'mailed'),
      ready_at: maybeText,
      sent_at: maybeText,
      printed_at: maybeText,
      mailed_at: maybeText,
      created_at: text,
      updated_at: text,
    },
  },
  note_templates: {
    title: 'Note templates',
    key: ['id'],
    columns: {
      id: text,
      name: text,
      kind: oneOf('email', 'letter'),
      stage: oneOf('thank-you', 'feedback', 'follow-up'),
      subject: text,
      body: text,
      created_at: text,
      updated_at: text,
    },
  },
  settings: {
    title: 'Settings',
    key: ['id'],
    single: true,
    columns: { id: integer, json, updated_at: text },
  },
  print_queue: {
    title: 'Print queue items',
    key: ['id'],
    columns: {
      id: text,
      kind: oneOf('letter', 'envelope', 'labels'),
      position: real,
      json,
      status: oneOf('queued', 'printing', 'printed'),
      last_error: maybeText,
      printed_at: maybeText,
      job_printer: maybeText,
      job_id: maybeText,
      job_sent_at: maybeText,
      job_state: maybeText,
      job_detail: maybeText,
      created_at: text,
      updated_at: text,
    },
  },
  printer_offsets: {
    title: 'Printer offsets',
    key: ['printer'],
    columns: { printer: text, x_mm: real, y_mm: real, updated_at: text },
  },
  follow_through_settings: {
    title: 'Follow-through settings',
    key: ['id'],
    single: true,
    columns: { id: integer, time_zone: text, country: text, region: text },
  },
  opportunity_follow_through: {
    title: 'Follow-through of opportunities',
    key: ['opportunity_id'],
    columns: { opportunity_id: text, large_company: flag, decision_date: maybeText },
  },
  interview_follow_through: {
    title: 'Follow-through of interviews',
    key: ['interview_id'],
    columns: { interview_id: text, time_zone: maybeText },
  },
  plan_steps: {
    title: 'Plan steps',
    key: ['interview_id', 'step_key'],
    columns: {
      interview_id: text,
      step_key: text,
      status: oneOf('open', 'done', 'skipped', 'snoozed'),
      snoozed_until: maybeText,
      done_on: maybeText,
      note: text,
      updated_at: text,
    },
  },
  plan_step_log: {
    title: 'Plan step history',
    key: ['id'],
    counter: true,
    columns: { id: integer, interview_id: text, step_key: text, action: oneOf('done', 'skipped', 'snoozed', 'reopened'), detail: text, at: text },
  },
  interview_reviews: {
    title: 'Reviews',
    key: ['interview_id'],
    columns: {
      interview_id: text,
      questions: json,
      went_well: text,
      went_badly: text,
      do_differently: text,
      rapport: text,
      rapport_note: text,
      good_place: text,
      good_place_note: text,
      updated_at: text,
    },
  },
  interview_outcomes: {
    title: 'Outcomes',
    key: ['interview_id'],
    columns: { interview_id: text, kind: oneOf('pending', 'offer', 'rejection', 'withdrawn', 'no-answer'), decided_on: maybeText, updated_at: text },
  },
  interview_feedback: {
    title: 'Feedback',
    key: ['id'],
    columns: { id: text, interview_id: text, source: text, reasons: json, concern: text, received_on: maybeText, created_at: text },
  },
  calendar_exports: {
    title: 'Calendar events exported',
    key: ['uid'],
    columns: { uid: text, opportunity_id: text, sequence: integer, fingerprint: text, event: json, cancelled: flag, exported_at: text },
  },
  follow_through_drafts: {
    title: 'Follow-through drafts',
    key: ['interview_id', 'stage'],
    columns: {
      interview_id: text,
      stage: oneOf('feedback', 'follow-up'),
      person_id: { ...maybeText, person: true },
      subject: text,
      body: text,
      updated_at: text,
    },
  },
  follow_through_draft_sends: {
    title: 'Follow-through notes sent',
    key: ['id'],
    counter: true,
    columns: { id: integer, interview_id: text, stage: text, sent_to: text, subject: text, at: text },
  },
  card_photos: {
    title: 'Card photos',
    key: ['id'],
    columns: {
      id: text,
      person_id: personId,
      side: oneOf('front', 'back'),
      jpeg: { type: 'BLOB', nullable: false },
      width: integer,
      height: integer,
      source: oneOf('scan', 'contact file'),
      reading: { ...maybeText, json: true },
      created_at: text,
    },
  },
} satisfies Record<string, ExportTable>;

export type ExportTableName = keyof typeof exportTables;
export const exportTableNames = Object.keys(exportTables) as ExportTableName[];
