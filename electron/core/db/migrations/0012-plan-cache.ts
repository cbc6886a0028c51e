import type { Migration } from './migration';

/**
 * Plans kept, not recomputed on every call: each interview's tracked plan as last computed
 * (plan_cache, with its steps still to do in plan_cache_steps for Today's query), and the
 * basis they were computed on (the user's zone, country and region, the rules' version).
 *
 * Derived data (see derived-tables.ts): everything here is rebuilt from the other tables.
 * A change to anything a plan is computed from deletes the plans it touches, in the same
 * transaction as the change, through the triggers below; the core computes what is
 * missing the next time it is asked. So no writer, however it writes, leaves a plan stale,
 * and one change costs only the plans it touches: the interview, or the interviews of its
 * opportunity when one round's date or follow-up bears on another's.
 *
 * Every interview has its plan kept, and Today's steps are kept only for interviews still in
 * play (an active opportunity, no decision; "no answer" keeps only the follow-up), so Today
 * reads one table and two of its indexes: recent interviews and steps whose window is still
 * open in full, the long past folded per opportunity. The company and role, and today's
 * date, are joined or worked out when asked. Note bodies, interview notes about people and
 * other text typed letter by letter touch nothing here.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'plan cache',
  up: `
    CREATE TABLE plan_cache (
      interview_id TEXT PRIMARY KEY REFERENCES interviews(id) ON DELETE CASCADE,
      opportunity_id TEXT NOT NULL,
      interview_date TEXT NOT NULL,
      -- JSON: the tracked plan without today's timing, or NULL when it could not be computed.
      plan TEXT,
      failure TEXT
    ) STRICT;
    CREATE INDEX plan_cache_by_opportunity ON plan_cache(opportunity_id);

    -- The steps Today may show (actionable, open or snoozed, of interviews in play), with what
    -- their timing is worked out from; the step itself as JSON, read only for the page shown.
    CREATE TABLE plan_cache_steps (
      interview_id TEXT NOT NULL REFERENCES plan_cache(interview_id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      opportunity_id TEXT NOT NULL,
      interview_date TEXT NOT NULL,
      step_key TEXT NOT NULL,
      opens_on TEXT NOT NULL,
      opens_at INTEGER,
      due_on TEXT NOT NULL,
      last_day TEXT NOT NULL,
      due_at INTEGER,
      snoozed_until TEXT,
      step TEXT NOT NULL,
      PRIMARY KEY (interview_id, position)
    ) STRICT;
    -- Each covers what the timing needs, so no range reads the steps' JSON: recent interviews
    -- and windows still open (the steps in full), and per opportunity (the folded lines).
    CREATE INDEX plan_cache_steps_by_interview_date ON plan_cache_steps(interview_date, opportunity_id, opens_on, opens_at, last_day, due_at, snoozed_until, due_on, interview_id, position);
    CREATE INDEX plan_cache_steps_by_last_day ON plan_cache_steps(last_day, interview_date, opportunity_id, opens_on, opens_at, due_at, snoozed_until, due_on, interview_id, position);
    CREATE INDEX plan_cache_steps_by_opportunity ON plan_cache_steps(opportunity_id, interview_date, opens_on, opens_at, last_day, due_at, snoozed_until, due_on, interview_id, position);

    CREATE TABLE plan_cache_basis (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      basis TEXT NOT NULL
    ) STRICT;

    CREATE TRIGGER plan_cache_interview_added AFTER INSERT ON interviews BEGIN
      DELETE FROM plan_cache WHERE opportunity_id = NEW.opportunity_id;
    END;
    CREATE TRIGGER plan_cache_interview_moved AFTER UPDATE OF date, start_time, end_time, opportunity_id ON interviews
    WHEN OLD.date IS NOT NEW.date OR OLD.start_time IS NOT NEW.start_time OR OLD.end_time IS NOT NEW.end_time OR OLD.opportunity_id IS NOT NEW.opportunity_id
    BEGIN
      DELETE FROM plan_cache WHERE opportunity_id IN (OLD.opportunity_id, NEW.opportunity_id);
    END;
    CREATE TRIGGER plan_cache_interview_removed AFTER DELETE ON interviews BEGIN
      DELETE FROM plan_cache WHERE opportunity_id = OLD.opportunity_id;
    END;

    CREATE TRIGGER plan_cache_context_added AFTER INSERT ON opportunity_follow_through BEGIN
      DELETE FROM plan_cache WHERE opportunity_id = NEW.opportunity_id;
    END;
    CREATE TRIGGER plan_cache_context_changed AFTER UPDATE ON opportunity_follow_through BEGIN
      DELETE FROM plan_cache WHERE opportunity_id IN (OLD.opportunity_id, NEW.opportunity_id);
    END;
    CREATE TRIGGER plan_cache_context_removed AFTER DELETE ON opportunity_follow_through BEGIN
      DELETE FROM plan_cache WHERE opportunity_id = OLD.opportunity_id;
    END;

    CREATE TRIGGER plan_cache_zone_added AFTER INSERT ON interview_follow_through BEGIN
      DELETE FROM plan_cache WHERE interview_id = NEW.interview_id;
    END;
    CREATE TRIGGER plan_cache_zone_changed AFTER UPDATE ON interview_follow_through BEGIN
      DELETE FROM plan_cache WHERE interview_id IN (OLD.interview_id, NEW.interview_id);
    END;
    CREATE TRIGGER plan_cache_zone_removed AFTER DELETE ON interview_follow_through BEGIN
      DELETE FROM plan_cache WHERE interview_id = OLD.interview_id;
    END;

    -- A follow-up done in one round spaces and limits the later rounds' follow-ups.
    CREATE TRIGGER plan_cache_step_added AFTER INSERT ON plan_steps BEGIN
      DELETE FROM plan_cache WHERE interview_id = NEW.interview_id;
      DELETE FROM plan_cache WHERE NEW.step_key = 'follow-up' AND opportunity_id = (SELECT opportunity_id FROM interviews WHERE id = NEW.interview_id);
    END;
    CREATE TRIGGER plan_cache_step_changed AFTER UPDATE ON plan_steps BEGIN
      DELETE FROM plan_cache WHERE interview_id IN (OLD.interview_id, NEW.interview_id);
      DELETE FROM plan_cache
       WHERE NEW.step_key = 'follow-up' AND (OLD.status IS NOT NEW.status OR OLD.done_on IS NOT NEW.done_on)
         AND opportunity_id = (SELECT opportunity_id FROM interviews WHERE id = NEW.interview_id);
    END;
    CREATE TRIGGER plan_cache_step_removed AFTER DELETE ON plan_steps BEGIN
      DELETE FROM plan_cache WHERE interview_id = OLD.interview_id;
      DELETE FROM plan_cache WHERE OLD.step_key = 'follow-up' AND opportunity_id = (SELECT opportunity_id FROM interviews WHERE id = OLD.interview_id);
    END;
    CREATE TRIGGER plan_cache_step_logged AFTER INSERT ON plan_step_log BEGIN
      DELETE FROM plan_cache WHERE interview_id = NEW.interview_id;
    END;
    CREATE TRIGGER plan_cache_step_log_removed AFTER DELETE ON plan_step_log BEGIN
      DELETE FROM plan_cache WHERE interview_id = OLD.interview_id;
    END;

    -- The email and letter steps count the interviewers and the notes sent or mailed to them.
    CREATE TRIGGER plan_cache_participant_added AFTER INSERT ON interview_participants BEGIN
      DELETE FROM plan_cache WHERE interview_id = NEW.interview_id;
    END;
    CREATE TRIGGER plan_cache_participant_changed AFTER UPDATE OF interview_id, person_id, removed_at ON interview_participants
    WHEN OLD.interview_id IS NOT NEW.interview_id OR OLD.person_id IS NOT NEW.person_id OR OLD.removed_at IS NOT NEW.removed_at
    BEGIN
      DELETE FROM plan_cache WHERE interview_id IN (OLD.interview_id, NEW.interview_id);
    END;
    CREATE TRIGGER plan_cache_participant_removed AFTER DELETE ON interview_participants BEGIN
      DELETE FROM plan_cache WHERE interview_id = OLD.interview_id;
    END;
    CREATE TRIGGER plan_cache_person_deleted AFTER UPDATE OF deleted_at ON people
    WHEN OLD.deleted_at IS NOT NEW.deleted_at
    BEGIN
      DELETE FROM plan_cache WHERE interview_id IN (SELECT interview_id FROM interview_participants WHERE person_id = NEW.id);
    END;
    CREATE TRIGGER plan_cache_note_added AFTER INSERT ON notes BEGIN
      DELETE FROM plan_cache WHERE interview_id = NEW.interview_id;
    END;
    CREATE TRIGGER plan_cache_note_changed AFTER UPDATE OF interview_id, person_id, kind, status ON notes
    WHEN OLD.interview_id IS NOT NEW.interview_id OR OLD.person_id IS NOT NEW.person_id OR OLD.kind IS NOT NEW.kind OR OLD.status IS NOT NEW.status
    BEGIN
      DELETE FROM plan_cache WHERE interview_id IN (OLD.interview_id, NEW.interview_id);
    END;
    CREATE TRIGGER plan_cache_note_removed AFTER DELETE ON notes BEGIN
      DELETE FROM plan_cache WHERE interview_id = OLD.interview_id;
    END;

    -- Whether an interview is in play: its opportunity's status and its outcome.
    CREATE TRIGGER plan_cache_opportunity_status AFTER UPDATE OF status ON opportunities
    WHEN OLD.status IS NOT NEW.status
    BEGIN
      DELETE FROM plan_cache WHERE opportunity_id = NEW.id;
    END;
    CREATE TRIGGER plan_cache_outcome_added AFTER INSERT ON interview_outcomes BEGIN
      DELETE FROM plan_cache WHERE interview_id = NEW.interview_id;
    END;
    CREATE TRIGGER plan_cache_outcome_changed AFTER UPDATE OF interview_id, kind ON interview_outcomes
    WHEN OLD.interview_id IS NOT NEW.interview_id OR OLD.kind IS NOT NEW.kind
    BEGIN
      DELETE FROM plan_cache WHERE interview_id IN (OLD.interview_id, NEW.interview_id);
    END;
    CREATE TRIGGER plan_cache_outcome_removed AFTER DELETE ON interview_outcomes BEGIN
      DELETE FROM plan_cache WHERE interview_id = OLD.interview_id;
    END;

    -- A review with something written in it completes "Review the interview".
    CREATE TRIGGER plan_cache_review_added AFTER INSERT ON interview_reviews BEGIN
      DELETE FROM plan_cache WHERE interview_id = NEW.interview_id;
    END;
    CREATE TRIGGER plan_cache_review_changed AFTER UPDATE ON interview_reviews BEGIN
      DELETE FROM plan_cache WHERE interview_id IN (OLD.interview_id, NEW.interview_id);
    END;
    CREATE TRIGGER plan_cache_review_removed AFTER DELETE ON interview_reviews BEGIN
      DELETE FROM plan_cache WHERE interview_id = OLD.interview_id;
    END;
  `,
};
