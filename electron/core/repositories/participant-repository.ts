import type { z } from 'zod';
import type { participantNotesPatch } from '../../../shared/api/people/input-schemas';
import type { InterviewParticipant, OpportunityRole } from '../../../shared/api/people/schemas';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { NotFoundError } from '../core-errors';
import type { PeopleRepository } from './people-repository';

interface ParticipantRow {
  interview_id: string;
  person_id: string;
  topics: string;
  learned: string;
  role_plan: string;
  notes: string;
  opportunity_id: string;
}

/** What the user noted about one person at one interview, with where it was. */
export interface ParticipantNotes {
  personId: string;
  interviewId: string;
  opportunityId: string;
  topics: string;
  learned: string;
  rolePlan: string;
  notes: string;
}

const ROLE_ORDER: readonly OpportunityRole[] = ['hiring-manager', 'recruiter', 'interviewer'];

/** Who took part in each interview, the user's notes about them there, and their roles. */
export function createParticipantRepository(db: Db, clock: Clock, people: PeopleRepository) {
  const SELECT = `SELECT ip.interview_id, ip.person_id, ip.topics, ip.learned, ip.role_plan, ip.notes, i.opportunity_id
    FROM interview_participants ip JOIN interviews i ON i.id = ip.interview_id
    JOIN people p ON p.id = ip.person_id AND p.deleted_at IS NULL`;
  const forInterview = db.prepare<[string], ParticipantRow>(`${SELECT} WHERE ip.interview_id = ? AND ip.removed_at IS NULL ORDER BY ip.position`);
  const one = db.prepare<[string, string], ParticipantRow>(`${SELECT} WHERE ip.interview_id = ? AND ip.person_id = ? AND ip.removed_at IS NULL`);
  const forPerson = db.prepare<[string], ParticipantRow>(`${SELECT} WHERE ip.person_id = ? AND ip.removed_at IS NULL ORDER BY i.date`);
  const anyRow = db.prepare<[string, string], { removed_at: string | null }>(
    'SELECT removed_at FROM interview_participants WHERE interview_id = ? AND person_id = ?',
  );
  const interviewOpportunity = db.prepare<[string], { opportunity_id: string }>('SELECT opportunity_id FROM interviews WHERE id = ?');
  const nextPosition = db.prepare<[string], { n: number }>('SELECT coalesce(max(position), 0) + 1 AS n FROM interview_participants WHERE interview_id = ?');
  const insert = db.prepare(
    `INSERT INTO interview_participants (interview_id, person_id, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const setRemoved = db.prepare('UPDATE interview_participants SET removed_at = ?, updated_at = ? WHERE interview_id = ? AND person_id = ?');
  const rolesOf = db.prepare<[string, string], { role: OpportunityRole }>('SELECT role FROM opportunity_people WHERE opportunity_id = ? AND person_id = ?');
  const addRole = db.prepare('INSERT OR IGNORE INTO opportunity_people (opportunity_id, person_id, role) VALUES (?, ?, ?)');
  const clearRoles = db.prepare('DELETE FROM opportunity_people WHERE opportunity_id = ? AND person_id = ?');
  const activeInOpportunity = db.prepare<[string, string], { n: number }>(
    `SELECT count(*) AS n FROM interview_participants ip JOIN interviews i ON i.id = ip.interview_id
     WHERE i.opportunity_id = ? AND ip.person_id = ? AND ip.removed_at IS NULL`,
  );
  const setRemovedRoles = db.prepare('UPDATE interview_participants SET removed_roles = ? WHERE interview_id = ? AND person_id = ?');
  const removedRoles = db.prepare<[string, string], { removed_roles: string }>(
    'SELECT removed_roles FROM interview_participants WHERE interview_id = ? AND person_id = ?',
  );
  const opportunityExists = db.prepare<[string], { id: string }>('SELECT id FROM opportunities WHERE id = ?');
  const everyNote = db.prepare<[], ParticipantRow>(
    `SELECT ip.person_id, ip.interview_id, i.opportunity_id, ip.topics, ip.learned, ip.role_plan, ip.notes
     FROM interview_participants ip JOIN interviews i ON i.id = ip.interview_id
     WHERE ip.removed_at IS NULL ORDER BY i.date DESC`,
  );

  const notesOf = db.prepare<[string], ParticipantRow>(
    `SELECT ip.person_id, ip.interview_id, i.opportunity_id, ip.topics, ip.learned, ip.role_plan, ip.notes
     FROM interview_participants ip JOIN interviews i ON i.id = ip.interview_id
     WHERE ip.removed_at IS NULL AND ip.person_id IN (SELECT value FROM json_each(?)) ORDER BY i.date DESC`,
  );
  const toNotes = (r: ParticipantRow): ParticipantNotes => ({
    personId: r.person_id,
    interviewId: r.interview_id,
    opportunityId: r.opportunity_id,
    topics: r.topics,
    learned: r.learned,
    rolePlan: r.role_plan,
    notes: r.notes,
  });

  function roles(opportunityId: string, personId: string): OpportunityRole[] {
    const have = new Set(rolesOf.all(opportunityId, personId).map((r) => r.role));
    return ROLE_ORDER.filter((r) => have.has(r));
  }

  function toParticipant(row: ParticipantRow): InterviewParticipant {
    return {
      interviewId: row.interview_id,
      person: people.get(row.person_id),
      roles: roles(row.opportunity_id, row.person_id),
      topics: row.topics,
      learned: row.learned,
      rolePlan: row.role_plan,
      notes: row.notes,
    };
  }

  function get(interviewId: string, personId: string): InterviewParticipant {
    const row = one.get(interviewId, personId);
    if (!row) throw new NotFoundError('That interviewer');
    return toParticipant(row);
  }

  function opportunityOf(interviewId: string): string {
    const row = interviewOpportunity.get(interviewId);
    if (!row) throw new NotFoundError('That interview');
    return row.opportunity_id;
  }

  return {
    get,
    /** The person at the interview (not taken off it, not deleted), or null. */
    find(interviewId: string, personId: string): InterviewParticipant | null {
      const row = one.get(interviewId, personId);
      return row ? toParticipant(row) : null;
    },
    /** Every note taken about anyone at any interview, latest interview first. */
    allNotes: (): ParticipantNotes[] => everyNote.all().map(toNotes),
    /** The same for some people only, latest interview first. */
    notesOf: (personIds: readonly string[]): ParticipantNotes[] => notesOf.all(JSON.stringify(personIds)).map(toNotes),
    listForInterview(interviewId: string): InterviewParticipant[] {
      opportunityOf(interviewId);
      return forInterview.all(interviewId).map(toParticipant);
    },
    listForPerson(personId: string): InterviewParticipant[] {
      return forPerson.all(personId).map(toParticipant);
    },
    /** Adds someone already known (a second round meets the same people again). */
    add(interviewId: string, personId: string): InterviewParticipant {
      const opportunityId = opportunityOf(interviewId);
      people.get(personId);
      const now = clock.now().toISOString();
      const existing = anyRow.get(interviewId, personId);
      if (!existing) insert.run(interviewId, personId, nextPosition.get(interviewId)!.n, now, now);
      else if (existing.removed_at !== null) setRemoved.run(null, now, interviewId, personId);
      addRole.run(opportunityId, personId, 'interviewer');
      return get(interviewId, personId);
    },
    updateNotes(patch: z.output<typeof participantNotesPatch>): InterviewParticipant {
      get(patch.interviewId, patch.personId);
      const { interviewId, personId, ...changes } = patch;
      const columns: Record<string, string> = { topics: 'topics', learned: 'learned', rolePlan: 'role_plan', notes: 'notes' };
      const set = Object.entries(changes).filter(([, v]) => v !== undefined);
      if (set.length > 0) {
        // Column names come from the fixed map above, never from the input.
        const sql = `UPDATE interview_participants SET ${set.map(([k]) => `${columns[k]} = @${k}`).join(', ')}, updated_at = @now
          WHERE interview_id = @interviewId AND person_id = @personId`;
        db.prepare(sql).run({ ...Object.fromEntries(set), interviewId, personId, now: clock.now().toISOString() });
      }
      return get(interviewId, personId);
    },
    remove(interviewId: string, personId: string): { removed: true } {
      get(interviewId, personId);
      const now = clock.now().toISOString();
      setRemoved.run(now, now, interviewId, personId);
      // Their last interview in this opportunity: they no longer belong to it (nor to its
      // exports); the roles are kept on this row so undo can put them back.
      const opportunityId = opportunityOf(interviewId);
      if (activeInOpportunity.get(opportunityId, personId)!.n === 0) {
        setRemovedRoles.run(roles(opportunityId, personId).join(','), interviewId, personId);
        clearRoles.run(opportunityId, personId);
      }
      return { removed: true };
    },
    restore(interviewId: string, personId: string): InterviewParticipant {
      const existing = anyRow.get(interviewId, personId);
      if (!existing) throw new NotFoundError('That interviewer');
      setRemoved.run(null, clock.now().toISOString(), interviewId, personId);
      const kept = removedRoles.get(interviewId, personId)?.removed_roles ?? '';
      if (kept !== '') {
        const opportunityId = opportunityOf(interviewId);
        for (const role of kept.split(',')) addRole.run(opportunityId, personId, role);
        setRemovedRoles.run('', interviewId, personId);
      }
      return get(interviewId, personId);
    },
    roles,
    setRoles(opportunityId: string, personId: string, wanted: readonly OpportunityRole[]): OpportunityRole[] {
      if (!opportunityExists.get(opportunityId)) throw new NotFoundError('That opportunity');
      people.get(personId);
      clearRoles.run(opportunityId, personId);
      for (const role of wanted) addRole.run(opportunityId, personId, role);
      return roles(opportunityId, personId);
    },
  };
}

export type ParticipantRepository = ReturnType<typeof createParticipantRepository>;
