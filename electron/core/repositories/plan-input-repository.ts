import type { OpportunityContext, Review } from '../../../shared/api/follow-through/schemas';
import type { Db } from '../db/open-database';
import { OPEN_STEP, type StepState } from './plan-state-repository';
import { reviewFromRow, type ReviewRow } from './review-repository';

/** How far the note studio is with one interview's interviewers. */
export interface NoteProgress {
  interviewers: number;
  emailsSent: number;
  lettersMailed: number;
}

/** One interview as its plan needs it: when it is, and where it stands among its opportunity's rounds. */
export interface PlannedRound {
  id: string;
  opportunityId: string;
  date: string;
  startTime: string | null;
  endTime: string | null;
}

/**
 * Which of the interview's steps Today may show: all of them while its opportunity is active
 * and nothing is decided, only the follow-up after "no answer" (exactly when one is needed),
 * none once the opportunity is closed or the interview decided.
 */
export type InPlay = 'all' | 'follow-up' | 'none';

/** Everything one interview's plan is computed from, besides the user's settings. */
export interface PlanInputs {
  interview: PlannedRound;
  inPlay: InPlay;
  /** Every interview of its opportunity, itself included, in no particular order. */
  rounds: PlannedRound[];
  interviewTimeZone: string | null;
  context: OpportunityContext;
  /** Follow-ups marked done in this opportunity, with the interview each belongs to. */
  followUpsDone: Array<{ interviewId: string; doneOn: string }>;
  steps: Map<string, StepState>;
  progress: NoteProgress;
  review: Review;
}

/** A JSON array bound as one parameter: `IN (SELECT value FROM json_each(?))` takes any number of ids in one statement. */
const ids = (list: readonly string[]) => JSON.stringify(list);
const IN_IDS = 'IN (SELECT value FROM json_each(?))';

/**
 * The plan's inputs for many interviews at once, in a fixed number of queries whatever
 * their number: the plan cache computes a whole data folder in one pass on first use, and
 * a single interview on each change, through the same path.
 */
export function createPlanInputRepository(db: Db) {
  const rounds = db.prepare<[string], PlannedRound>(
    `SELECT id, opportunity_id AS opportunityId, date, start_time AS startTime, end_time AS endTime FROM interviews
      WHERE opportunity_id IN (SELECT opportunity_id FROM interviews WHERE id ${IN_IDS})`,
  );
  const standing = db.prepare<[string], { id: string; status: string; kind: string | null }>(
    `SELECT i.id, o.status, oc.kind FROM interviews i JOIN opportunities o ON o.id = i.opportunity_id
       LEFT JOIN interview_outcomes oc ON oc.interview_id = i.id WHERE i.id ${IN_IDS}`,
  );
  const zones = db.prepare<[string], { interview_id: string; time_zone: string | null }>(
    `SELECT interview_id, time_zone FROM interview_follow_through WHERE interview_id ${IN_IDS}`,
  );
  const contexts = db.prepare<[string], { opportunity_id: string; large_company: number; decision_date: string | null }>(
    `SELECT opportunity_id, large_company, decision_date FROM opportunity_follow_through WHERE opportunity_id ${IN_IDS}`,
  );
  const followUps = db.prepare<[string], { interview_id: string; done_on: string }>(
    `SELECT s.interview_id, s.done_on FROM plan_steps s JOIN interviews i ON i.id = s.interview_id
      WHERE i.opportunity_id ${IN_IDS} AND s.step_key = 'follow-up' AND s.status = 'done' AND s.done_on IS NOT NULL`,
  );
  const steps = db.prepare<
    [string],
    { interview_id: string; step_key: string; status: StepState['status']; snoozed_until: string | null; done_on: string | null; note: string }
  >(`SELECT interview_id, step_key, status, snoozed_until, done_on, note FROM plan_steps WHERE interview_id ${IN_IDS}`);
  const logs = db.prepare<[string], { interview_id: string; step_key: string; action: StepState['log'][number]['action']; detail: string; at: string }>(
    `SELECT interview_id, step_key, action, detail, at FROM plan_step_log WHERE interview_id ${IN_IDS} ORDER BY id`,
  );
  // Who is at the interview (not taken off it, not deleted), and the notes to them sent or mailed.
  const present = db.prepare<[string], { interview_id: string; person_id: string }>(
    `SELECT ip.interview_id, ip.person_id FROM interview_participants ip JOIN people p ON p.id = ip.person_id AND p.deleted_at IS NULL
      WHERE ip.removed_at IS NULL AND ip.interview_id ${IN_IDS}`,
  );
  const delivered = db.prepare<[string], { interview_id: string; person_id: string; kind: 'email' | 'letter' }>(
    `SELECT interview_id, person_id, kind FROM notes
      WHERE interview_id ${IN_IDS} AND ((kind = 'email' AND status = 'sent') OR (kind = 'letter' AND status = 'mailed'))`,
  );
  const reviews = db.prepare<[string], ReviewRow & { interview_id: string }>(`SELECT * FROM interview_reviews WHERE interview_id ${IN_IDS}`);

  function group<T extends { interview_id: string }>(rows: T[]): Map<string, T[]> {
    const out = new Map<string, T[]>();
    for (const row of rows) {
      const list = out.get(row.interview_id);
      if (list) list.push(row);
      else out.set(row.interview_id, [row]);
    }
    return out;
  }

  return {
    /** The inputs of each interview asked for that exists; unknown ids are left out. */
    load(interviewIds: readonly string[]): Map<string, PlanInputs> {
      const out = new Map<string, PlanInputs>();
      if (interviewIds.length === 0) return out;
      const wanted = ids(interviewIds);
      const byOpportunity = new Map<string, PlannedRound[]>();
      const byId = new Map<string, PlannedRound>();
      for (const round of rounds.all(wanted)) {
        byId.set(round.id, round);
        const list = byOpportunity.get(round.opportunityId);
        if (list) list.push(round);
        else byOpportunity.set(round.opportunityId, [round]);
      }
      const opportunityIds = ids([...byOpportunity.keys()]);
      const playOf = new Map(
        standing
          .all(wanted)
          .map((r): [string, InPlay] => [
            r.id,
            r.status !== 'active' ? 'none' : r.kind === null || r.kind === 'pending' ? 'all' : r.kind === 'no-answer' ? 'follow-up' : 'none',
          ]),
      );
      const zoneOf = new Map(zones.all(wanted).map((r) => [r.interview_id, r.time_zone]));
      const contextOf = new Map(contexts.all(opportunityIds).map((r) => [r.opportunity_id, r]));
      const followUpsOf = new Map<string, Array<{ interviewId: string; doneOn: string }>>();
      for (const r of followUps.all(opportunityIds)) {
        const opportunityId = byId.get(r.interview_id)?.opportunityId;
        if (!opportunityId) continue;
        const list = followUpsOf.get(opportunityId);
        if (list) list.push({ interviewId: r.interview_id, doneOn: r.done_on });
        else followUpsOf.set(opportunityId, [{ interviewId: r.interview_id, doneOn: r.done_on }]);
      }
      const stepsOf = group(steps.all(wanted));
      const logsOf = group(logs.all(wanted));
      const presentOf = group(present.all(wanted));
      const deliveredOf = group(delivered.all(wanted));
      const reviewOf = new Map(reviews.all(wanted).map((r) => [r.interview_id, r]));

      for (const id of interviewIds) {
        const interview = byId.get(id);
        if (!interview) continue;
        const states = new Map<string, StepState>();
        for (const row of stepsOf.get(id) ?? []) {
          states.set(row.step_key, { status: row.status, snoozedUntil: row.snoozed_until, doneOn: row.done_on, note: row.note, log: [] });
        }
        for (const entry of logsOf.get(id) ?? []) {
          let state = states.get(entry.step_key);
          if (!state) {
            state = { ...OPEN_STEP, log: [] };
            states.set(entry.step_key, state);
          }
          state.log.push({ action: entry.action, detail: entry.detail, at: entry.at });
        }
        const people = new Set((presentOf.get(id) ?? []).map((r) => r.person_id));
        const mine = (deliveredOf.get(id) ?? []).filter((n) => people.has(n.person_id));
        const context = contextOf.get(interview.opportunityId);
        out.set(id, {
          interview,
          inPlay: playOf.get(id) ?? 'none',
          rounds: byOpportunity.get(interview.opportunityId) ?? [interview],
          interviewTimeZone: zoneOf.get(id) ?? null,
          context: { opportunityId: interview.opportunityId, largeCompany: context?.large_company === 1, decisionDate: context?.decision_date ?? null },
          followUpsDone: followUpsOf.get(interview.opportunityId) ?? [],
          steps: states,
          progress: {
            interviewers: people.size,
            emailsSent: mine.filter((n) => n.kind === 'email').length,
            lettersMailed: mine.filter((n) => n.kind === 'letter').length,
          },
          review: reviewFromRow(id, reviewOf.get(id)),
        });
      }
      return out;
    },
  };
}

export type PlanInputRepository = ReturnType<typeof createPlanInputRepository>;
