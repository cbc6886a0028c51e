import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Opportunity, opportunityFields, opportunityPatch } from '../../../shared/api/opportunities/schemas';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { NotFoundError } from '../core-errors';

interface OpportunityRow {
  id: string;
  company: string;
  role: string;
  location: string;
  notes: string;
  status: Opportunity['status'];
  created_at: string;
  updated_at: string;
  interview_count: number;
  latest_interview_date: string | null;
}

const SELECT = `
  SELECT o.*,
    (SELECT count(*) FROM interviews i WHERE i.opportunity_id = o.id) AS interview_count,
    (SELECT max(i.date) FROM interviews i WHERE i.opportunity_id = o.id) AS latest_interview_date
  FROM opportunities o`;

function toOpportunity(row: OpportunityRow): Opportunity {
  return {
    id: row.id,
    company: row.company,
    role: row.role,
    location: row.location,
    notes: row.notes,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    interviewCount: row.interview_count,
    latestInterviewDate: row.latest_interview_date,
  };
}

export function createOpportunityRepository(db: Db, clock: Clock) {
  const byId = db.prepare<[string], OpportunityRow>(`${SELECT} WHERE o.id = ?`);
  const all = db.prepare<[], OpportunityRow>(`${SELECT} ORDER BY (o.status = 'active') DESC, o.updated_at DESC, o.company COLLATE NOCASE`);
  const insert = db.prepare(
    `INSERT INTO opportunities (id, company, role, location, notes, status, created_at, updated_at)
     VALUES (@id, @company, @role, @location, @notes, 'active', @now, @now)`,
  );
  const remove = db.prepare('DELETE FROM opportunities WHERE id = ?');

  function get(id: string): Opportunity {
    const row = byId.get(id);
    if (!row) throw new NotFoundError('That opportunity');
    return toOpportunity(row);
  }

  return {
    list: (): Opportunity[] => all.all().map(toOpportunity),
    get,
    create(fields: z.output<typeof opportunityFields>): Opportunity {
      const id = randomUUID();
      insert.run({ id, ...fields, now: clock.now().toISOString() });
      return get(id);
    },
    update(patch: z.output<typeof opportunityPatch>): Opportunity {
      const { id, ...changes } = patch;
      get(id);
      const columns = Object.entries(changes).filter(([, v]) => v !== undefined);
      if (columns.length > 0) {
        // Column names come from the parsed schema's keys, never from the caller's raw input.
        const set = columns.map(([k]) => `${k} = @${k}`).join(', ');
        db.prepare(`UPDATE opportunities SET ${set}, updated_at = @now WHERE id = @id`).run({
          ...Object.fromEntries(columns),
          id,
          now: clock.now().toISOString(),
        });
      }
      return get(id);
    },
    delete(id: string): { deleted: true } {
      if (remove.run(id).changes === 0) throw new NotFoundError('That opportunity');
      return { deleted: true };
    },
  };
}

export type OpportunityRepository = ReturnType<typeof createOpportunityRepository>;
