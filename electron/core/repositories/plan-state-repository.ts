import type { z } from 'zod';
import type {
  FollowThroughSettings,
  OpportunityContext,
  StepLogEntry,
  StepStatus,
  markStepInput,
  opportunityContextPatch,
} from '../../../shared/api/follow-through/schemas';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';

interface StepRow {
  step_key: string;
  status: StepStatus;
  snoozed_until: string | null;
  done_on: string | null;
  note: string;
}

export interface StepState {
  status: StepStatus;
  snoozedUntil: string | null;
  doneOn: string | null;
  note: string;
  log: StepLogEntry[];
}

export const OPEN_STEP: Omit<StepState, 'log'> = { status: 'open', snoozedUntil: null, doneOn: null, note: '' };

/**
 * What the user did with each step (and when), plus the facts the plan is computed from
 * that no other table holds: the user's zone and country, the employer's
 * size and decision date, the interview's own zone.
 */
export function createPlanStateRepository(db: Db, clock: Clock, defaults: FollowThroughSettings | (() => FollowThroughSettings)) {
  const readSettings = db.prepare<[], { time_zone: string; country: string; region: string }>(
    'SELECT time_zone, country, region FROM follow_through_settings WHERE id = 1',
  );
  const writeSettings = db.prepare(
    `INSERT INTO follow_through_settings (id, time_zone, country, region) VALUES (1, @timeZone, @country, @region)
     ON CONFLICT (id) DO UPDATE SET time_zone = excluded.time_zone, country = excluded.country, region = excluded.region`,
  );
  const readContext = db.prepare<[string], { large_company: number; decision_date: string | null }>(
    'SELECT large_company, decision_date FROM opportunity_follow_through WHERE opportunity_id = ?',
  );
  const writeContext = db.prepare(
    `INSERT INTO opportunity_follow_through (opportunity_id, large_company, decision_date) VALUES (@opportunityId, @large, @decisionDate)
     ON CONFLICT (opportunity_id) DO UPDATE SET large_company = excluded.large_company, decision_date = excluded.decision_date`,
  );
  const readZone = db.prepare<[string], { time_zone: string | null }>('SELECT time_zone FROM interview_follow_through WHERE interview_id = ?');
  const writeZone = db.prepare(
    `INSERT INTO interview_follow_through (interview_id, time_zone) VALUES (?, ?)
     ON CONFLICT (interview_id) DO UPDATE SET time_zone = excluded.time_zone`,
  );
  const readSteps = db.prepare<[string], StepRow>('SELECT step_key, status, snoozed_until, done_on, note FROM plan_steps WHERE interview_id = ?');
  const readLog = db.prepare<[string], { step_key: string; action: StepLogEntry['action']; detail: string; at: string }>(
    'SELECT step_key, action, detail, at FROM plan_step_log WHERE interview_id = ? ORDER BY id',
  );
  const upsertStep = db.prepare(
    `INSERT INTO plan_steps (interview_id, step_key, status, snoozed_until, done_on, note, updated_at)
     VALUES (@interviewId, @key, @status, @snoozedUntil, @doneOn, @note, @now)
     ON CONFLICT (interview_id, step_key) DO UPDATE SET status = excluded.status, snoozed_until = excluded.snoozed_until,
       done_on = excluded.done_on, note = excluded.note, updated_at = excluded.updated_at`,
  );
  const appendLog = db.prepare('INSERT INTO plan_step_log (interview_id, step_key, action, detail, at) VALUES (?, ?, ?, ?, ?)');
  // Only interviews before this one (by date, start time, then id for a stable order): a later
  // round's follow-up says nothing about how often round one was chased.
  const followUpsDone = db.prepare<[string], { done_on: string }>(
    `SELECT s.done_on FROM plan_steps s JOIN interviews i ON i.id = s.interview_id JOIN interviews me ON me.id = ?
     WHERE i.opportunity_id = me.opportunity_id AND i.id <> me.id AND s.step_key = 'follow-up' AND s.status = 'done' AND s.done_on IS NOT NULL
       AND (i.date, COALESCE(i.start_time, ''), i.id) < (me.date, COALESCE(me.start_time, ''), me.id)`,
  );

  function settings(): FollowThroughSettings {
    const row = readSettings.get();
    if (row) return { timeZone: row.time_zone, country: row.country, region: row.region };
    return typeof defaults === 'function' ? defaults() : defaults;
  }

  function context(opportunityId: string): OpportunityContext {
    const row = readContext.get(opportunityId);
    return { opportunityId, largeCompany: row?.large_company === 1, decisionDate: row?.decision_date ?? null };
  }

  function steps(interviewId: string): Map<string, StepState> {
    const out = new Map<string, StepState>();
    for (const row of readSteps.all(interviewId)) {
      out.set(row.step_key, { status: row.status, snoozedUntil: row.snoozed_until, doneOn: row.done_on, note: row.note, log: [] });
    }
    for (const entry of readLog.all(interviewId)) {
      let state = out.get(entry.step_key);
      if (!state) {
        state = { ...OPEN_STEP, log: [] };
        out.set(entry.step_key, state);
      }
      state.log.push({ action: entry.action, detail: entry.detail, at: entry.at });
    }
    return out;
  }

  function current(interviewId: string, key: string): Omit<StepState, 'log'> {
    return steps(interviewId).get(key) ?? OPEN_STEP;
  }

  return {
    settings,
    /** Stores the whole settings; merging a patch and its rules belong to the handler. */
    replaceSettings(next: FollowThroughSettings): FollowThroughSettings {
      writeSettings.run(next);
      return settings();
    },
    context,
    updateContext(patch: z.output<typeof opportunityContextPatch>): OpportunityContext {
      const before = context(patch.opportunityId);
      const next = {
        opportunityId: patch.opportunityId,
        large: (patch.largeCompany ?? before.largeCompany) ? 1 : 0,
        decisionDate: patch.decisionDate === undefined ? before.decisionDate : patch.decisionDate,
      };
      writeContext.run(next);
      return context(patch.opportunityId);
    },
    interviewZone: (interviewId: string): string | null => readZone.get(interviewId)?.time_zone ?? null,
    setInterviewZone(interviewId: string, zone: string | null): void {
      writeZone.run(interviewId, zone);
    },
    steps,
    /** Days of follow-ups done for the interview's opportunity in its earlier interviews (for the guard rails). */
    earlierFollowUps: (interviewId: string): string[] => followUpsDone.all(interviewId).map((r) => r.done_on),
    /** Changes a step's status and logs what was done, in one transaction. `today` is the user's day. */
    mark: db.transaction((input: z.output<typeof markStepInput>, today: string): void => {
      const before = current(input.interviewId, input.key);
      const now = clock.now().toISOString();
      const status: StepStatus = input.action === 'reopened' ? 'open' : input.action;
      upsertStep.run({
        interviewId: input.interviewId,
        key: input.key,
        status,
        snoozedUntil: input.action === 'snoozed' ? (input.until ?? null) : null,
        doneOn: input.action === 'done' ? today : null,
        note: before.note,
        now,
      });
      const detail = input.action === 'snoozed' && input.until ? `until ${input.until}${input.detail ? `: ${input.detail}` : ''}` : input.detail;
      appendLog.run(input.interviewId, input.key, input.action, detail, now);
    }),
    saveNote(interviewId: string, key: string, note: string): void {
      const before = current(interviewId, key);
      upsertStep.run({
        interviewId,
        key,
        status: before.status,
        snoozedUntil: before.snoozedUntil,
        doneOn: before.doneOn,
        note,
        now: clock.now().toISOString(),
      });
    },
  };
}

export type PlanStateRepository = ReturnType<typeof createPlanStateRepository>;
