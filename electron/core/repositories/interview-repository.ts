import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Interview, interviewFields, interviewPatch } from '../../../shared/api/opportunities/schemas';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import { InvalidInputError, NotFoundError } from '../core-errors';

interface InterviewRow {
  id: string;
  opportunity_id: string;
  date: string;
  start_time: string | null;
  end_time: string | null;
  title: string;
  location: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

function toInterview(row: InterviewRow): Interview {
  return {
    id: row.id,
    opportunityId: row.opportunity_id,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    title: row.title,
    location: row.location,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const COLUMN: Record<string, string> = {
  date: 'date',
  startTime: 'start_time',
  endTime: 'end_time',
  title: 'title',
  location: 'location',
  notes: 'notes',
};

export function createInterviewRepository(db: Db, clock: Clock) {
  const byId = db.prepare<[string], InterviewRow>('SELECT * FROM interviews WHERE id = ?');
  const forOpportunity = db.prepare<[string], InterviewRow>('SELECT * FROM interviews WHERE opportunity_id = ? ORDER BY date, start_time');
  const opportunityExists = db.prepare<[string], { id: string }>('SELECT id FROM opportunities WHERE id = ?');
  const everyOne = db.prepare<[], InterviewRow & { company: string; role: string }>(
    'SELECT i.*, o.company, o.role FROM interviews i JOIN opportunities o ON o.id = i.opportunity_id ORDER BY i.date, i.start_time, i.id',
  );
  const insert = db.prepare(
    `INSERT INTO interviews (id, opportunity_id, date, start_time, end_time, title, location, notes, created_at, updated_at)
     VALUES (@id, @opportunityId, @date, @startTime, @endTime, @title, @location, @notes, @now, @now)`,
  );
  const touchOpportunity = db.prepare('UPDATE opportunities SET updated_at = ? WHERE id = ?');
  const remove = db.prepare('DELETE FROM interviews WHERE id = ?');

  function get(id: string): Interview {
    const row = byId.get(id);
    if (!row) throw new NotFoundError('That interview');
    return toInterview(row);
  }

  return {
    get,
    exists: (id: string): boolean => byId.get(id) !== undefined,
    listForOpportunity(opportunityId: string): Interview[] {
      if (!opportunityExists.get(opportunityId)) throw new NotFoundError('That opportunity');
      return forOpportunity.all(opportunityId).map(toInterview);
    },
    /** Every interview with its opportunity's company and role, in the order they happen: one query, however many. */
    listAll(): Array<{ interview: Interview; company: string; role: string }> {
      return everyOne.all().map((row) => ({ interview: toInterview(row), company: row.company, role: row.role }));
    },
    create: db.transaction((fields: z.output<typeof interviewFields>): Interview => {
      if (!opportunityExists.get(fields.opportunityId)) throw new NotFoundError('That opportunity');
      const id = randomUUID();
      const now = clock.now().toISOString();
      insert.run({ id, ...fields, now });
      touchOpportunity.run(now, fields.opportunityId);
      return get(id);
    }),
    update: db.transaction((patch: z.output<typeof interviewPatch>): Interview => {
      const { id, ...changes } = patch;
      const before = get(id);
      const merged = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) };
      if (merged.startTime && merged.endTime && merged.endTime <= merged.startTime) {
        throw new InvalidInputError('endTime', 'End time must be after the start time');
      }
      const columns = Object.entries(changes).filter(([, v]) => v !== undefined);
      if (columns.length > 0) {
        // Column names come from a fixed map keyed by the parsed schema, never from raw input.
        const set = columns.map(([k]) => `${COLUMN[k]} = @${k}`).join(', ');
        const now = clock.now().toISOString();
        db.prepare(`UPDATE interviews SET ${set}, updated_at = @now WHERE id = @id`).run({
          ...Object.fromEntries(columns),
          id,
          now,
        });
        touchOpportunity.run(now, before.opportunityId);
      }
      return get(id);
    }),
    delete(id: string): { deleted: true } {
      if (remove.run(id).changes === 0) throw new NotFoundError('That interview');
      return { deleted: true };
    },
  };
}

export type InterviewRepository = ReturnType<typeof createInterviewRepository>;
