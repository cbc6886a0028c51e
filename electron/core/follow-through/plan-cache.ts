import holidaysPackage from 'date-holidays/package.json';
import type { FollowThroughSettings, InterviewPlan, TodayItem, TodayPart } from '../../../shared/api/follow-through/schemas';
import type { OutputOf } from '../../../shared/api/contract';
import { addCalendarDays } from '../../../shared/domain/calendar-date';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import type { Repositories } from '../repositories';
import type { CacheEntry, CachedPlan, TodayMoment, UntimedStep } from '../repositories/plan-cache-repository';
import { timingOf, trackPlan } from './tracked-plan';

/**
 * Raise when a change to the plan's rules (shared/follow-through/plan.ts, step-progress.ts,
 * tracked-plan.ts) changes what a computed plan says: plans kept under another number are
 * computed again. A new app version or holiday data does the same by itself.
 */
export const PLAN_RULES_VERSION = 1;

/** Interviews further back than this are long past: their overdue steps fold into one line per opportunity. */
export const LONG_PAST_DAYS = 30;

export type PlanCacheRepositories = Pick<Repositories, 'interviews' | 'planState' | 'planCache' | 'planInputs'>;

export interface PlanCachePorts {
  clock: Clock;
  logger: Logger;
  appVersion: string;
  /** The user's today (YYYY-MM-DD) in their own zone. */
  today: () => string;
}

export interface PlannedInterview {
  interviewId: string;
  opportunityId: string;
  company: string;
  role: string;
  steps: TrackedStepOn[];
}
type TrackedStepOn = InterviewPlan['steps'][number];

/**
 * Plans computed once and kept (the plan_cache tables), not again for every interview on
 * every call. The triggers of migration 0012 drop a kept plan whenever something it was
 * computed from changes; each read first computes what is missing — one interview after a
 * change, the whole folder the first time — so the work for a change is the plans it
 * touched. The user's settings and the rules' version are the basis of every plan: another
 * basis drops them all. Today's timing is worked out when asked, never kept.
 */
export function planCache(repos: PlanCacheRepositories, ports: PlanCachePorts) {
  const { interviews, planState, planCache: kept, planInputs } = repos;
  const { clock, logger, appVersion, today } = ports;
  let checkedBasis: string | null = null;

  /** The settings plans are computed on, with every kept plan on the same ones. */
  function currentSettings(): FollowThroughSettings {
    const settings = planState.settings();
    const basis = JSON.stringify({ rules: PLAN_RULES_VERSION, app: appVersion, holidays: holidaysPackage.version, settings });
    if (basis !== checkedBasis) {
      if (kept.basis() !== basis) kept.replaceBasis(basis);
      checkedBasis = basis;
    }
    return settings;
  }

  function compute(ids: readonly string[], settings: FollowThroughSettings): void {
    if (ids.length === 0) return;
    const entries: CacheEntry[] = [];
    for (const [interviewId, inputs] of planInputs.load(ids)) {
      const where = { interviewId, opportunityId: inputs.interview.opportunityId, interviewDate: inputs.interview.date, inPlay: inputs.inPlay };
      try {
        entries.push({ ...where, plan: trackPlan(inputs, settings), failure: null });
      } catch (error) {
        // Kept as a failure, so one interview that cannot be planned never hides the others and is logged once.
        logger.error(`no plan for interview ${interviewId}`, error);
        entries.push({ ...where, plan: null, failure: error instanceof Error ? error.message : String(error) });
      }
    }
    kept.store(entries);
  }

  /** Every interview's plan is kept: after a change, the few the change touched are computed again. */
  function fresh(): FollowThroughSettings {
    const settings = currentSettings();
    compute(kept.missing(), settings);
    return settings;
  }

  function timed(step: UntimedStep, day: string, now: Date): TrackedStepOn {
    return { ...step, timing: timingOf(step, day, now) };
  }

  function moment(): TodayMoment {
    const day = today();
    return { today: day, now: clock.now().getTime(), foldBefore: addCalendarDays(day, -LONG_PAST_DAYS) };
  }

  return {
    /** One interview's plan, computed if it is not kept. */
    planFor(interviewId: string): InterviewPlan {
      const interview = interviews.get(interviewId);
      const settings = currentSettings();
      let entry = kept.read(interview.id);
      if (!entry) {
        compute([interview.id], settings);
        entry = kept.read(interview.id);
      }
      if (!entry?.plan) throw new Error(`Cannot plan interview ${interview.id}: ${entry?.failure ?? 'unknown'}`);
      const day = today();
      const now = clock.now();
      const { plan } = entry;
      return {
        interviewId: interview.id,
        opportunityId: interview.opportunityId,
        interviewTimeZone: plan.interviewTimeZone,
        settings,
        context: plan.context,
        steps: plan.steps.map((step) => timed(step, day, now)),
        guardRails: plan.guardRails,
        callPrep: plan.callPrep,
        today: day,
      };
    },

    /**
     * Today, one page at a time: the steps in full (overdue and due today from recent
     * interviews, and what can be done now), then one line per opportunity for the overdue
     * steps of interviews long past. Only the page is read out of the database.
     */
    today(offset: number, limit: number, part: TodayPart | null = null): OutputOf<'plan.today'> {
      fresh();
      const at = moment();
      const counts = kept.todayCounts(at);
      const sizes: Record<TodayPart, number> = { overdue: counts.overdue, 'due-today': counts.dueToday, open: counts.open, folded: counts.folded };
      const full = counts.overdue + counts.dueToday + counts.open;
      let rows: ReturnType<typeof kept.todayPage> = [];
      let folded: ReturnType<typeof kept.foldedPage> = [];
      let size: number;
      if (part === 'folded') {
        folded = kept.foldedPage(at, limit, offset);
        size = counts.folded;
      } else if (part) {
        rows = kept.todayPage(at, limit, offset, part);
        size = sizes[part];
      } else {
        rows = offset < full ? kept.todayPage(at, limit, offset) : [];
        folded = kept.foldedPage(at, limit - rows.length, Math.max(0, offset - full));
        size = full + counts.folded;
      }
      const items: TodayItem[] = rows.map((row) => ({
        ...row.step,
        timing: row.timing,
        interviewId: row.interviewId,
        opportunityId: row.opportunityId,
        company: row.company,
        role: row.role,
        interviewDate: row.interviewDate,
        today: at.today,
      }));
      const end = offset + rows.length + folded.length;
      return { today: at.today, foldedBefore: at.foldBefore, counts, items, folded, nextOffset: end < size ? end : null };
    },

    /** The steps behind one folded line of Today, as they stand now. */
    foldedSteps(opportunityId: string): Array<{ interviewId: string; key: UntimedStep['key'] }> {
      fresh();
      return kept.foldedSteps(moment(), opportunityId) as Array<{ interviewId: string; key: UntimedStep['key'] }>;
    },

    /** Every interview still in play with its plan on today (for the calendar). */
    planned(opportunityId: string | null): PlannedInterview[] {
      fresh();
      const day = today();
      const now = clock.now();
      return kept.planned(opportunityId).map(({ plan, ...where }: { plan: CachedPlan } & Omit<PlannedInterview, 'steps'>) => ({
        ...where,
        steps: plan.steps.map((step) => timed(step, day, now)),
      }));
    },
  };
}

export type PlanCache = ReturnType<typeof planCache>;
