import type { OpportunityContext, TrackedStep } from '../../../shared/api/follow-through/schemas';
import type { StepTiming } from '../../../shared/follow-through/plan';
import type { Db } from '../db/open-database';
import type { InPlay } from './plan-input-repository';

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
  /** Which steps Today may show (see plan-input-repository.ts). */
  inPlay: InPlay;
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
  opportunityId: string;
  position: number;
  timing: Exclude<StepTiming, 'upcoming'>;
  company: string;
  role: string;
  interviewDate: string;
}

export interface TodayCounts {
  overdue: number;
  dueToday: number;
  open: number;
  /** Folded lines (opportunities), and the steps behind them. */
  folded: number;
  foldedSteps: number;
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

const TIMING_RANK = `CASE timing WHEN 'overdue' THEN 0 WHEN 'due-today' THEN 1 ELSE 2 END`;

/** Overdue: what the folded lines are made of. */
const OVERDUE_SQL = `(${TIMING_SQL}) = 'overdue'`;

/**
 * Steps shown in full: those of recent interviews, and any whose window is still open (due
 * today or can be done now, however old the interview). Both are ranges of a covering index.
 */
const IN_FULL = `
  SELECT s.interview_id, s.position, s.opportunity_id, s.interview_date, s.due_on, ${TIMING_SQL} AS timing
    FROM plan_cache_steps s WHERE s.interview_date >= @foldBefore
  UNION ALL
  SELECT s.interview_id, s.position, s.opportunity_id, s.interview_date, s.due_on, ${TIMING_SQL} AS timing
    FROM plan_cache_steps s WHERE s.last_day >= @today AND s.interview_date < @foldBefore`;

const FULL = `full AS (SELECT * FROM (${IN_FULL}) WHERE timing <> 'upcoming' AND NOT (timing = 'overdue' AND interview_date < @foldBefore))`;

const FOLDED_WHERE = `s.interview_date < @foldBefore AND ${OVERDUE_SQL}`;

/** One line per opportunity with overdue steps from interviews long past (grouped in the opportunity index's order, no sort). */
const LINES = `lines AS (
    SELECT s.opportunity_id, count(*) AS steps, max(s.interview_date) AS last_interview, min(s.due_on) AS since
      FROM plan_cache_steps s WHERE ${FOLDED_WHERE} GROUP BY s.opportunity_id)`;

function epoch(iso: string | null): number | null {
  return iso === null ? null : new Date(iso).getTime();
}

/** Kept plans (migration 0012): derived data the triggers there empty whenever what they were computed from changes. */
export function createPlanCacheRepository(db: Db) {
  const readBasis = db.prepare<[], { basis: string }>('SELECT basis FROM plan_cache_basis WHERE id = 1');
  const writeBasis = db.prepare('INSERT INTO plan_cache_basis (id, basis) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET basis = excluded.basis');
  const clearAll = db.prepare('DELETE FROM plan_cache');
  const counted = db.prepare<[], { short: number }>('SELECT (SELECT count(*) FROM interviews) - (SELECT count(*) FROM plan_cache) AS short');
  const missing = db.prepare<[], { id: string }>('SELECT i.id FROM interviews i WHERE NOT EXISTS (SELECT 1 FROM plan_cache c WHERE c.interview_id = i.id)');
  const one = db.prepare<[string], { plan: string | null; failure: string | null }>('SELECT plan, failure FROM plan_cache WHERE interview_id = ?');
  const dropSteps = db.prepare('DELETE FROM plan_cache_steps WHERE interview_id = ?');
  const upsert = db.prepare(
    `INSERT INTO plan_cache (interview_id, opportunity_id, interview_date, plan, failure) VALUES (@interviewId, @opportunityId, @interviewDate, @plan, @failure)
     ON CONFLICT (interview_id) DO UPDATE SET opportunity_id = excluded.opportunity_id, interview_date = excluded.interview_date, plan = excluded.plan, failure = excluded.failure`,
  );
  const insertStep = db.prepare(
    `INSERT INTO plan_cache_steps (interview_id, position, opportunity_id, interview_date, step_key, opens_on, opens_at, due_on, last_day, due_at, snoozed_until, step)
     VALUES (@interviewId, @position, @opportunityId, @interviewDate, @key, @opensOn, @opensAt, @dueOn, @lastDay, @dueAt, @snoozedUntil, @step)`,
  );
  type Paged = TodayMoment & { limit: number; offset: number };
  const fullCounts = db.prepare<TodayMoment, { overdue: number; due_today: number; open: number }>(
    `WITH ${FULL} SELECT coalesce(sum(timing = 'overdue'), 0) AS overdue, coalesce(sum(timing = 'due-today'), 0) AS due_today, coalesce(sum(timing = 'open'), 0) AS open FROM full`,
  );
  const foldedCounts = db.prepare<TodayMoment, { lines: number; steps: number }>(
    `WITH ${LINES} SELECT count(*) AS lines, coalesce(sum(steps), 0) AS steps FROM lines`,
  );
  // The page is chosen first and the steps' JSON read only for it.
  const page = db.prepare<
    Paged & { part: string | null },
    {
      interview_id: string;
      opportunity_id: string;
      position: number;
      timing: TodayRow['timing'];
      company: string;
      role: string;
      interview_date: string;
      step: string;
    }
  >(
    `WITH ${FULL}, chosen AS (
       SELECT f.interview_id, f.opportunity_id, f.position, f.timing, f.interview_date, o.company, o.role, f.due_on
         FROM full f JOIN opportunities o ON o.id = f.opportunity_id
        WHERE @part IS NULL OR f.timing = @part
        ORDER BY ${TIMING_RANK}, f.due_on, o.company COLLATE NOCASE, f.interview_date, f.interview_id, f.position LIMIT @limit OFFSET @offset)
     SELECT c.*, s.step FROM chosen c JOIN plan_cache_steps s ON s.interview_id = c.interview_id AND s.position = c.position
      ORDER BY ${TIMING_RANK.replace('timing', 'c.timing')}, c.due_on, c.company COLLATE NOCASE, c.interview_date, c.interview_id, c.position`,
  );
  const foldedPage = db.prepare<Paged, FoldedRow>(
    `WITH ${LINES}, chosen AS (SELECT * FROM lines ORDER BY last_interview DESC, opportunity_id LIMIT @limit OFFSET @offset)
     SELECT c.opportunity_id AS opportunityId, o.company, o.role, c.steps,
            (SELECT count(DISTINCT s.interview_id) FROM plan_cache_steps s WHERE s.opportunity_id = c.opportunity_id AND ${FOLDED_WHERE}) AS interviews,
            c.last_interview AS lastInterviewDate, c.since AS overdueSince
       FROM chosen c JOIN opportunities o ON o.id = c.opportunity_id ORDER BY c.last_interview DESC, c.opportunity_id`,
  );
  const foldedOf = db.prepare<TodayMoment & { opportunityId: string }, { interview_id: string; step_key: string }>(
    `SELECT s.interview_id, s.step_key FROM plan_cache_steps s
      WHERE s.opportunity_id = @opportunityId AND ${FOLDED_WHERE} ORDER BY s.interview_date, s.position`,
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
    /** Interviews with no kept plan: a count first, so the usual answer (none) costs two counts. */
    missing: (): string[] => (counted.get()!.short === 0 ? [] : missing.all().map((r) => r.id)),
    read(interviewId: string): { plan: CachedPlan | null; failure: string | null } | null {
      const row = one.get(interviewId);
      return row ? { plan: row.plan === null ? null : (JSON.parse(row.plan) as CachedPlan), failure: row.failure } : null;
    },
    store: db.transaction((entries: readonly CacheEntry[]): void => {
      for (const e of entries) {
        dropSteps.run(e.interviewId);
        upsert.run({
          interviewId: e.interviewId,
          opportunityId: e.opportunityId,
          interviewDate: e.interviewDate,
          plan: e.plan ? JSON.stringify(e.plan) : null,
          failure: e.failure,
        });
        if (e.inPlay === 'none') continue;
        (e.plan?.steps ?? []).forEach((step, position) => {
          if (!step.actionable || (step.status !== 'open' && step.status !== 'snoozed')) return;
          if (e.inPlay === 'follow-up' && step.key !== 'follow-up') return;
          insertStep.run({
            interviewId: e.interviewId,
            position,
            opportunityId: e.opportunityId,
            interviewDate: e.interviewDate,
            key: step.key,
            opensOn: step.opensOn,
            opensAt: epoch(step.opensAt),
            dueOn: step.dueOn,
            lastDay: step.lastDay,
            dueAt: epoch(step.dueAt),
            snoozedUntil: step.status === 'snoozed' ? step.snoozedUntil : null,
            step: JSON.stringify(step),
          });
        });
      }
    }),
    /** How many steps of each part there are, and how many folded lines (and steps behind them). */
    todayCounts(at: TodayMoment): TodayCounts {
      const full = fullCounts.get(at)!;
      const folded = foldedCounts.get(at)!;
      return { overdue: full.overdue, dueToday: full.due_today, open: full.open, folded: folded.lines, foldedSteps: folded.steps };
    },
    /**
     * One page of the steps shown in full, most pressing first (overdue, due today, then open;
     * by due day, company, interview and step), of one timing or all.
     */
    todayPage(at: TodayMoment, limit: number, offset: number, part: TodayRow['timing'] | null = null): Array<TodayRow & { step: UntimedStep }> {
      if (limit <= 0) return [];
      return page.all({ ...at, limit, offset, part }).map((r) => ({
        interviewId: r.interview_id,
        opportunityId: r.opportunity_id,
        position: r.position,
        timing: r.timing,
        company: r.company,
        role: r.role,
        interviewDate: r.interview_date,
        step: JSON.parse(r.step) as UntimedStep,
      }));
    },
    /** One page of the folded lines, the latest interview first. */
    foldedPage: (at: TodayMoment, limit: number, offset: number): FoldedRow[] => (limit > 0 ? foldedPage.all({ ...at, limit, offset }) : []),
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
