import type { OutcomeKind } from '../../../shared/api/follow-through/schemas';
import type { NoteStatus } from '../../../shared/api/notes/schemas';
import type { OpportunityRole } from '../../../shared/api/people/schemas';
import type { Db } from '../db/open-database';

/** One person at one interview, with the state of the two notes to them: one row of the join. */
export interface Participation {
  interviewId: string;
  opportunityId: string;
  company: string;
  role: string;
  date: string;
  title: string;
  personId: string;
  fullName: string;
  personTitle: string;
  roles: OpportunityRole[];
  email: NoteStatus | null;
  letter: NoteStatus | null;
}

interface Row {
  interview_id: string;
  opportunity_id: string;
  company: string;
  role: string;
  date: string;
  interview_title: string;
  person_id: string;
  full_name: string;
  person_title: string;
  roles: string | null;
  email: NoteStatus | null;
  letter: NoteStatus | null;
}

const ROLE_ORDER: readonly OpportunityRole[] = ['hiring-manager', 'recruiter', 'interviewer'];

// A note row is written by the first keystroke of autosave; a draft with nothing in it is "not started".
const noteState = (
  kind: 'email' | 'letter',
) => `(SELECT CASE WHEN n.status = 'draft' AND trim(n.body) = '' AND trim(n.subject) = '' AND trim(n.card_draft) = '' THEN NULL ELSE n.status END
    FROM notes n WHERE n.interview_id = ip.interview_id AND n.person_id = ip.person_id AND n.kind = '${kind}')`;

const SELECT = `SELECT ip.interview_id, i.opportunity_id, o.company, o.role, i.date, i.title AS interview_title,
    p.id AS person_id, p.full_name, p.title AS person_title,
    (SELECT group_concat(op.role) FROM opportunity_people op WHERE op.opportunity_id = i.opportunity_id AND op.person_id = p.id) AS roles,
    ${noteState('email')} AS email, ${noteState('letter')} AS letter
  FROM interview_participants ip
  JOIN interviews i ON i.id = ip.interview_id
  JOIN opportunities o ON o.id = i.opportunity_id
  JOIN people p ON p.id = ip.person_id AND p.deleted_at IS NULL
  WHERE ip.removed_at IS NULL`;

/**
 * Read-only joins across interviews, people and notes for the overviews: one query per
 * view instead of one per interview and person.
 */
export function createInterviewSummaryRepository(db: Db) {
  const forOpportunity = db.prepare<[string], Row>(`${SELECT} AND i.opportunity_id = ? ORDER BY i.date, i.start_time, ip.position`);
  const all = db.prepare<[], Row>(`${SELECT} ORDER BY i.date DESC, i.start_time DESC, ip.position`);
  const ofPeople = db.prepare<[string], Row>(
    `${SELECT} AND ip.person_id IN (SELECT value FROM json_each(?)) ORDER BY i.date DESC, i.start_time DESC, ip.position`,
  );
  const outcomes = db.prepare<[string], { interview_id: string; kind: OutcomeKind }>(
    'SELECT oc.interview_id, oc.kind FROM interview_outcomes oc JOIN interviews i ON i.id = oc.interview_id WHERE i.opportunity_id = ?',
  );

  function toParticipation(row: Row): Participation {
    const have = new Set((row.roles ?? '').split(',').filter(Boolean));
    return {
      interviewId: row.interview_id,
      opportunityId: row.opportunity_id,
      company: row.company,
      role: row.role,
      date: row.date,
      title: row.interview_title,
      personId: row.person_id,
      fullName: row.full_name,
      personTitle: row.person_title,
      roles: ROLE_ORDER.filter((r) => have.has(r)),
      email: row.email,
      letter: row.letter,
    };
  }

  return {
    /** Everyone at the opportunity's interviews, in interview order, then in the order they were added. */
    participationsInOpportunity: (opportunityId: string): Participation[] => forOpportunity.all(opportunityId).map(toParticipation),
    /** Every participation, newest interview first. */
    allParticipations: (): Participation[] => all.all().map(toParticipation),
    /** The same for some people only, newest interview first. */
    participationsOf: (personIds: readonly string[]): Participation[] => ofPeople.all(JSON.stringify(personIds)).map(toParticipation),
    /** The recorded outcome of each of the opportunity's interviews that has one. */
    outcomesInOpportunity: (opportunityId: string): Map<string, OutcomeKind> => new Map(outcomes.all(opportunityId).map((r) => [r.interview_id, r.kind])),
  };
}

export type InterviewSummaryRepository = ReturnType<typeof createInterviewSummaryRepository>;
