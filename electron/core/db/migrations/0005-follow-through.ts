import type { Migration } from './migration';

/**
 * Follow-through: the user's zone and country (for holidays), what the plan needs to know
 * about the employer and the interview's zone, the state and log of each plan step, the
 * review, the outcome and the feedback after a rejection. Plans themselves are computed,
 * never stored, so a changed interview time moves every step with it.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'follow-through',
  up: `
    CREATE TABLE follow_through_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      time_zone TEXT NOT NULL,
      country TEXT NOT NULL,
      region TEXT NOT NULL DEFAULT ''
    ) STRICT;

    CREATE TABLE opportunity_follow_through (
      opportunity_id TEXT PRIMARY KEY REFERENCES opportunities(id) ON DELETE CASCADE,
      large_company INTEGER NOT NULL DEFAULT 0 CHECK (large_company IN (0, 1)),
      decision_date TEXT
    ) STRICT;

    CREATE TABLE interview_follow_through (
      interview_id TEXT PRIMARY KEY REFERENCES interviews(id) ON DELETE CASCADE,
      time_zone TEXT
    ) STRICT;

    CREATE TABLE plan_steps (
      interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
      step_key TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'skipped', 'snoozed')),
      snoozed_until TEXT,
      done_on TEXT,
      note TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL,
      PRIMARY KEY (interview_id, step_key)
    ) STRICT;

    CREATE TABLE plan_step_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
      step_key TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('done', 'skipped', 'snoozed', 'reopened')),
      detail TEXT NOT NULL DEFAULT '',
      at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX plan_step_log_by_step ON plan_step_log(interview_id, step_key, id);

    CREATE TABLE interview_reviews (
      interview_id TEXT PRIMARY KEY REFERENCES interviews(id) ON DELETE CASCADE,
      questions TEXT NOT NULL DEFAULT '[]',
      went_well TEXT NOT NULL DEFAULT '',
      went_badly TEXT NOT NULL DEFAULT '',
      do_differently TEXT NOT NULL DEFAULT '',
      rapport TEXT NOT NULL DEFAULT '',
      rapport_note TEXT NOT NULL DEFAULT '',
      good_place TEXT NOT NULL DEFAULT '',
      good_place_note TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE interview_outcomes (
      interview_id TEXT PRIMARY KEY REFERENCES interviews(id) ON DELETE CASCADE,
      kind TEXT NOT NULL CHECK (kind IN ('pending', 'offer', 'rejection', 'withdrawn', 'no-answer')),
      decided_on TEXT,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE interview_feedback (
      id TEXT PRIMARY KEY,
      interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
      source TEXT NOT NULL DEFAULT '',
      reasons TEXT NOT NULL DEFAULT '[]',
      concern TEXT NOT NULL DEFAULT '',
      received_on TEXT,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX interview_feedback_by_interview ON interview_feedback(interview_id, created_at);
  `,
};
