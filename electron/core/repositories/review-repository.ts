import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  feedbackReason,
  reviewQuestion,
  type Feedback,
  type Outcome,
  type Review,
  type feedbackInput,
  type outcomeInput,
  type reviewInput,
} from '../../../shared/api/follow-through/schemas';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { NotFoundError } from '../core-errors';

export interface ReviewRow {
  questions: string;
  went_well: string;
  went_badly: string;
  do_differently: string;
  rapport: Review['rapport'];
  rapport_note: string;
  good_place: Review['goodPlace'];
  good_place_note: string;
  updated_at: string;
}

interface FeedbackRow {
  id: string;
  interview_id: string;
  opportunity_id: string;
  source: string;
  reasons: string;
  concern: string;
  received_on: string | null;
  created_at: string;
}

/** JSON columns are read back through their schema: a damaged value becomes empty, not a crash. */
function parseJson<T>(schema: z.ZodType<T>, raw: string, fallback: T): T {
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

const questionsColumn = z.array(reviewQuestion);
const reasonsColumn = z.array(feedbackReason);

export function emptyReview(interviewId: string): Review {
  return {
    interviewId,
    questions: [],
    wentWell: '',
    wentBadly: '',
    doDifferently: '',
    rapport: '',
    rapportNote: '',
    goodPlace: '',
    goodPlaceNote: '',
    updatedAt: null,
  };
}

/** A stored review, or the empty one when the interview has none yet. */
export function reviewFromRow(interviewId: string, row: ReviewRow | undefined): Review {
  if (!row) return emptyReview(interviewId);
  return {
    interviewId,
    questions: parseJson(questionsColumn, row.questions, []),
    wentWell: row.went_well,
    wentBadly: row.went_badly,
    doDifferently: row.do_differently,
    rapport: row.rapport,
    rapportNote: row.rapport_note,
    goodPlace: row.good_place,
    goodPlaceNote: row.good_place_note,
    updatedAt: row.updated_at,
  };
}

function toFeedback(row: FeedbackRow): Feedback {
  return {
    id: row.id,
    interviewId: row.interview_id,
    opportunityId: row.opportunity_id,
    source: row.source,
    reasons: parseJson(reasonsColumn, row.reasons, []),
    concern: row.concern,
    receivedOn: row.received_on,
    createdAt: row.created_at,
  };
}

const FEEDBACK_SELECT = `SELECT f.*, i.opportunity_id FROM interview_feedback f JOIN interviews i ON i.id = f.interview_id`;

/** The user's own look back at an interview, its outcome, and what the employer said. */
export function createReviewRepository(db: Db, clock: Clock) {
  const interviewExists = db.prepare<[string], { id: string }>('SELECT id FROM interviews WHERE id = ?');
  const readReview = db.prepare<[string], ReviewRow>('SELECT * FROM interview_reviews WHERE interview_id = ?');
  const writeReview = db.prepare(
    `INSERT INTO interview_reviews (interview_id, questions, went_well, went_badly, do_differently, rapport, rapport_note, good_place, good_place_note, updated_at)
     VALUES (@interviewId, @questions, @wentWell, @wentBadly, @doDifferently, @rapport, @rapportNote, @goodPlace, @goodPlaceNote, @now)
     ON CONFLICT (interview_id) DO UPDATE SET questions = excluded.questions, went_well = excluded.went_well, went_badly = excluded.went_badly,
       do_differently = excluded.do_differently, rapport = excluded.rapport, rapport_note = excluded.rapport_note,
       good_place = excluded.good_place, good_place_note = excluded.good_place_note, updated_at = excluded.updated_at`,
  );
  const readOutcome = db.prepare<[string], { kind: Outcome['kind']; decided_on: string | null; updated_at: string }>(
    'SELECT kind, decided_on, updated_at FROM interview_outcomes WHERE interview_id = ?',
  );
  const writeOutcome = db.prepare(
    `INSERT INTO interview_outcomes (interview_id, kind, decided_on, updated_at) VALUES (@interviewId, @kind, @decidedOn, @now)
     ON CONFLICT (interview_id) DO UPDATE SET kind = excluded.kind, decided_on = excluded.decided_on, updated_at = excluded.updated_at`,
  );
  const feedbackFor = db.prepare<[string], FeedbackRow>(`${FEEDBACK_SELECT} WHERE f.interview_id = ? ORDER BY f.created_at`);
  const feedbackById = db.prepare<[string], FeedbackRow>(`${FEEDBACK_SELECT} WHERE f.id = ?`);
  const allFeedback = db.prepare<[], FeedbackRow>(`${FEEDBACK_SELECT} ORDER BY f.created_at`);
  const insertFeedback = db.prepare(
    `INSERT INTO interview_feedback (id, interview_id, source, reasons, concern, received_on, created_at)
     VALUES (@id, @interviewId, @source, @reasons, @concern, @receivedOn, @now)`,
  );
  const removeFeedback = db.prepare('DELETE FROM interview_feedback WHERE id = ?');
  const allReviews = db.prepare<[], ReviewRow & { interview_id: string }>('SELECT * FROM interview_reviews');
  const allOutcomes = db.prepare<[], { interview_id: string; kind: Outcome['kind']; decided_on: string | null; updated_at: string }>(
    'SELECT * FROM interview_outcomes',
  );

  function requireInterview(interviewId: string): void {
    if (!interviewExists.get(interviewId)) throw new NotFoundError('That interview');
  }

  function review(interviewId: string): Review {
    requireInterview(interviewId);
    return reviewFromRow(interviewId, readReview.get(interviewId));
  }

  function outcome(interviewId: string): Outcome {
    requireInterview(interviewId);
    const row = readOutcome.get(interviewId);
    return row
      ? { interviewId, kind: row.kind, decidedOn: row.decided_on, updatedAt: row.updated_at }
      : { interviewId, kind: 'pending', decidedOn: null, updatedAt: null };
  }

  return {
    review,
    saveReview(input: z.output<typeof reviewInput>): Review {
      requireInterview(input.interviewId);
      writeReview.run({ ...input, questions: JSON.stringify(input.questions), now: clock.now().toISOString() });
      return review(input.interviewId);
    },
    allReviews: (): Review[] => allReviews.all().map((row) => reviewFromRow(row.interview_id, row)),
    outcome,
    setOutcome(input: z.output<typeof outcomeInput>): Outcome {
      requireInterview(input.interviewId);
      writeOutcome.run({ ...input, now: clock.now().toISOString() });
      return outcome(input.interviewId);
    },
    allOutcomes: (): Outcome[] =>
      allOutcomes.all().map((r) => ({ interviewId: r.interview_id, kind: r.kind, decidedOn: r.decided_on, updatedAt: r.updated_at })),
    feedback(interviewId: string): Feedback[] {
      requireInterview(interviewId);
      return feedbackFor.all(interviewId).map(toFeedback);
    },
    allFeedback: (): Feedback[] => allFeedback.all().map(toFeedback),
    addFeedback(input: z.output<typeof feedbackInput>): Feedback {
      requireInterview(input.interviewId);
      const id = randomUUID();
      insertFeedback.run({ ...input, id, reasons: JSON.stringify(input.reasons), now: clock.now().toISOString() });
      const row = feedbackById.get(id);
      if (!row) throw new NotFoundError('That feedback');
      return toFeedback(row);
    },
    deleteFeedback(id: string): { deleted: true } {
      if (removeFeedback.run(id).changes === 0) throw new NotFoundError('That feedback');
      return { deleted: true };
    },
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
