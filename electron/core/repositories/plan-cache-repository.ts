import type { OpportunityContext, TrackedStep } from '../../../shared/api/follow-through/schemas';
import type { StepTiming } from '../../../shared/follow-through/plan';
import type { Db } from '../db/open-database';

/** A tracked step as kept: everything but its timing, which depends on the day it is looked at. */
export type UntimedStep = Omit<TrackedStep, 'timing'>;

/** One interview's plan as computed from its inputs and the user's settings; stored as JSON. */
export interface CachedPlan {
  interviewTimeZone: string | null;
  context: OpportunityContext;
  steps: UntimedStep[];
  guardRails: string[];
  callPrep: { prompts: string[]; questions: string[] } | null;
}

export interface CacheEntry {
  interviewId: string;
  opportunityId: string;
  interviewDate: string;
  /** Null when the interview could not be planned; `failure` says why. */
  plan: CachedPlan | null;
  failure: string | null;
}

/** What Today is worked out for: the user's day, this instant, and the first day that is not long past. */
export interface TodayMoment {
  today: string;
  /** Epoch milliseconds. */
  now: number;
  /** Overdue steps of interviews before this day are folded, one line per opportunity. */
  foldBefore: string;
}

export interface TodayRow {
  interviewId: string;
  position: number;
  timing: Exclude<StepTiming, 'upcoming'>;
  company: string;
  role: string;
  interviewDate: string;
}

export interface FoldedRow {
  opportunityId: string;
  company: string;
  role: string;
  steps: number;
  interviews: number;
  lastInterviewDate: string;
  overdueSince: string;
}

export interface TodayCounts {
  overdue: number;
  dueToday: number;
  open: number;
  /** Opportunities with folded steps: one line each. */
  folded: number;
  foldedSteps: number;
}

/**
 * Where a kept step stands on a day: the same rule as stepTiming in shared/follow-through/plan.ts
 * (and a snooze still running as 'upcoming'), in SQL so Today counts, sorts and pages without
 * reading every step. A unit test holds the two to the same answers.
 */
export const TIMING_SQL = `CASE
    WHEN s.snoozed_until IS NOT NULL AND s.snoozed_until > @today THEN 'upcoming'
    WHEN @today < s.opens_on THEN 'upcoming'
    WHEN s.opens_at IS NOT NULL AND @now < s.opens_at THEN 'upcoming'
    WHEN @today > s.last_day THEN 'overdue'
    WHEN s.due_at IS NOT NULL AND @now > s.due_at THEN 'overdue'
    WHEN @today >= s.due_on THEN 'due-today'
    ELSE 'open'
  END`;

/**
 * Steps Today shows, with their timing and whether they are folded: in active opportunities,
 * of interviews still waiting for an answer ("no answer" keeps only the follow-up), not
 * waiting to open. `where` narrows it (one opportunity).
 */
const shown = (where = '') => `
  WITH candidate AS (
    SELECT s.interview_id, s.position, s.step_key, s.due_on, c.opportunity_id, c.interview_date, o.company, o.role, ${TIMING_SQL} AS timing
      FROM plan_cache_steps s
      JOIN plan_cache c ON c.interview_id = s.interview_id
      JOIN opportunities o ON o.id = c.opportunity_id
      LEFT JOIN interview_outcomes oc ON oc.interview_id = s.interview_id
     WHERE o.status = 'active' AND (oc.kind IS NULL OR oc.kind = 'pending' OR (oc.kind = 'no-answer' AND s.step_key = 'follow-up')) ${where}
  ), shown AS (
    SELECT *, (timing = 'overdue' AND interview_date < @foldBefore) AS folded FROM candidate WHERE timing <> 'upcoming'
  )`;

const TIMING_RANK = `CASE timing WHEN 'overdue' THEN 0 WHEN 'due-today' THEN 1 ELSE 2 END`;

/** Interviews Today may show (active opportunity, no decision yet) that have no plan kept. */
const MISSING = `SELECT i.id FROM interviews i
    JOIN opportunities o ON o.id = i.opportunity_id AND o.status = 'active'
    LEFT JOIN interview_outcomes oc ON oc.interview_id = i.id
   WHERE (oc.kind IS NULL OR oc.kind IN ('pending', 'no-answer'))
     AND NOT EXISTS (SELECT 1 FROM plan_cache c WHERE c.interview_id = i.id)`;

function epoch(iso: string | null): number | null {
  return iso === null ? null : new Date(iso).getTime();
}

/** Kept plans (migration 0011): derived data the triggers there empty whenever what they were computed from changes. */
export function createPlanCacheRepository(db: Db) {
  const readBasis = db.prepare<[], { basis: string }>('SELECT basis FROM plan_cache_basis WHERE id = 1');
  const writeBasis = db.prepare('INSERT INTO plan_cache_basis (id, basis) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET basis = excluded.basis');
  const clearAll = db.prepare('DELETE FROM plan_cache');
  const missing = db.prepare<[], { id: string }>(MISSING);
  const missingIn = db.prepare<[string], { id: string }>(`${MISSING} AND i.opportunity_id = ?`);
  const one = db.prepare<[string], { plan: string | null; failure: string | null }>('SELECT plan, failure FROM plan_cache WHERE interview_id = ?');
  const many = db.prepare<[string], { interview_id: string; plan: string | null }>(
    'SELECT interview_id, plan FROM plan_cache WHERE interview_id IN (SELECT value FROM json_each(?))',
  );
  const dropSteps = db.prepare('DELETE FROM plan_cache_steps WHERE interview_id = ?');
  const upsert = db.prepare(
    `INSERT INTO plan_cache (interview_id, opportunity_id, interview_date, plan, failure) VALUES (@interviewId, @opportunityId, @interviewDate, @plan, @failure)
     ON CONFLICT (interview_id) DO UPDATE SET opportunity_id = excluded.opportunity_id, interview_date = excluded.interview_date, plan = excluded.plan, failure = excluded.failure`,
  );
  const insertStep = db.prepare(
    `INSERT INTO plan_cache_steps (interview_id, position, step_key, opens_on, opens_at, due_on, last_day, due_at, snoozed_until)
     VALUES (@interviewId, @position, @key, @opensOn, @opensAt, @dueOn, @lastDay, @dueAt, @snoozedUntil)`,
  );
  const counts = db.prepare<TodayMoment, { timing: TodayRow['timing']; folded: number; steps: number; opportunities: number }>(
    `${shown()} SELECT timing, folded, count(*) AS steps, count(DISTINCT opportunity_id) AS opportunities FROM shown GROUP BY timing, folded`,
  );
  const page = db.prepare<
    TodayMoment & { limit: number; offset: number },
    { interview_id: string; position: number; timing: TodayRow['timing']; company: string; role: string; interview_date: string }
  >(
    `${shown()} SELECT interview_id, position, timing, company, role, interview_date FROM shown WHERE NOT folded
      ORDER BY ${TIMING_RANK}, due_on, company COLLATE NOCASE, interview_date, interview_id, position LIMIT @limit OFFSET @offset`,
  );
  const foldedPage = db.prepare<TodayMoment & { limit: number; offset: number }, FoldedRow>(
    `${shown()} SELECT opportunity_id AS opportunityId, company, role, count(*) AS steps, count(DISTINCT interview_id) AS interviews,
        max(interview_date) AS lastInterviewDate, min(due_on) AS overdueSince
      FROM shown WHERE folded GROUP BY opportunity_id ORDER BY lastInterviewDate DESC, company COLLATE NOCASE, opportunity_id LIMIT @limit OFFSET @offset`,
  );
  const foldedOf = db.prepare<TodayMoment & { opportunityId: string }, { interview_id: string; step_key: string }>(
    `${shown('AND c.opportunity_id = @opportunityId')} SELECT interview_id, step_key FROM shown WHERE folded ORDER BY interview_date, position`,
  );
  const planned = db.prepare<{ opportunityId: string | null }, { interview_id: string; opportunity_id: string; company: string; role: string; plan: string }>(
    `SELECT c.interview_id, c.opportunity_id, o.company, o.role, c.plan FROM plan_cache c
       JOIN opportunities o ON o.id = c.opportunity_id AND o.status = 'active'
       LEFT JOIN interview_outcomes oc ON oc.interview_id = c.interview_id
      WHERE c.plan IS NOT NULL AND (oc.kind IS NULL OR oc.kind IN ('pending', 'no-answer'))
        AND (@opportunityId IS NULL OR c.opportunity_id = @opportunityId)
      ORDER BY o.company COLLATE NOCASE, c.interview_date, c.interview_id`,
  );

  return {
    /** What the kept plans were computed on (settings and rules), or null before the first. */
    basis: (): string | null => readBasis.get()?.basis ?? null,
    /** Another basis: every kept plan is dropped, to be computed again on it. */
    replaceBasis: db.transaction((basis: string): void => {
      clearAll.run();
      writeBasis.run(basis);
    }),
    /** Interviews Today may show whose plan is not kept, in one opportunity or all. */
    missing: (opportunityId: string | null = null): string[] => (opportunityId ? missingIn.all(opportunityId) : missing.all()).map((r) => r.id),
    read(interviewId: string): { plan: CachedPlan | null; failure: string | null } | null {
      const row = one.get(interviewId);
      return row ? { plan: row.plan === null ? null : (JSON.parse(row.plan) as CachedPlan), failure: row.failure } : null;
    },
    readMany(interviewIds: readonly string[]): Map<string, CachedPlan> {
      const out = new Map<string, CachedPlan>();
      for (const row of many.all(JSON.stringify(interviewIds))) if (row.plan !== null) out.set(row.interview_id, JSON.parse(row.plan) as CachedPlan);
      return out;
    },
    store: db.transaction((entries: readonly CacheEntry[]): void => {
      for (const e of entries) {
        dropSteps.run(e.interviewId);
        upsert.run({ ...e, plan: e.plan ? JSON.stringify(e.plan) : null });
        (e.plan?.steps ?? []).forEach((step, position) => {
          if (!step.actionable || (step.status !== 'open' && step.status !== 'snoozed')) return;
          insertStep.run({
            interviewId: e.interviewId,
            position,
            key: step.key,
            opensOn: step.opensOn,
            opensAt: epoch(step.opensAt),
            dueOn: step.dueOn,
            lastDay: step.lastDay,
            dueAt: epoch(step.dueAt),
            snoozedUntil: step.status === 'snoozed' ? step.snoozedUntil : null,
          });
        });
      }
    }),
    todayCounts(at: TodayMoment): TodayCounts {
      const out: TodayCounts = { overdue: 0, dueToday: 0, open: 0, folded: 0, foldedSteps: 0 };
      for (const row of counts.all(at)) {
        if (row.folded) {
          out.folded += row.opportunities;
          out.foldedSteps += row.steps;
        } else if (row.timing === 'overdue') out.overdue += row.steps;
        else if (row.timing === 'due-today') out.dueToday += row.steps;
        else out.open += row.steps;
      }
      return out;
    },
    /** Steps shown in full, most pressing first: overdue, due today, then open; by due day, company, interview and step. */
    todayPage(at: TodayMoment, limit: number, offset: number): TodayRow[] {
      return page.all({ ...at, limit, offset }).map((r) => ({
        interviewId: r.interview_id,
        position: r.position,
        timing: r.timing,
        company: r.company,
        role: r.role,
        interviewDate: r.interview_date,
      }));
    },
    /** One line per opportunity with overdue steps from interviews long past, the latest interview first. */
    foldedPage: (at: TodayMoment, limit: number, offset: number): FoldedRow[] => foldedPage.all({ ...at, limit, offset }),
    /** The steps one folded line stands for. */
    foldedSteps: (at: TodayMoment, opportunityId: string): Array<{ interviewId: string; key: string }> =>
      foldedOf.all({ ...at, opportunityId }).map((r) => ({ interviewId: r.interview_id, key: r.step_key })),
    /** Every kept plan still in play (active opportunity, no decision), in one opportunity or all. */
    planned: (opportunityId: string | null) =>
      planned.all({ opportunityId }).map((r) => ({
        interviewId: r.interview_id,
        opportunityId: r.opportunity_id,
        company: r.company,
        role: r.role,
        plan: JSON.parse(r.plan) as CachedPlan,
      })),
  };
}

export type PlanCacheRepository = ReturnType<typeof createPlanCacheRepository>;
