import { z } from 'zod';
import type { Db } from '../db/open-database';

/** One event as exported: enough to write it again as CANCELLED once its step is gone. */
export const exportedEvent = z.object({
  summary: z.string(),
  description: z.string(),
  allDay: z.boolean(),
  /** ISO instant for timed events, 'YYYY-MM-DD' for all-day ones. */
  start: z.string(),
  /** Exclusive end: the instant, or the day after the last day. */
  end: z.string(),
  cancelled: z.boolean(),
});
export type ExportedEvent = z.infer<typeof exportedEvent>;

export interface ExportRecord {
  uid: string;
  opportunityId: string;
  sequence: number;
  fingerprint: string;
  event: ExportedEvent;
  cancelled: boolean;
}

/** The record of exported calendar events, by UID (see migration 0007). */
export function createCalendarExportRepository(db: Db) {
  const all = db.prepare<[], { uid: string; opportunity_id: string; sequence: number; fingerprint: string; event: string; cancelled: number }>(
    'SELECT uid, opportunity_id, sequence, fingerprint, event, cancelled FROM calendar_exports',
  );
  const upsert = db.prepare(
    `INSERT INTO calendar_exports (uid, opportunity_id, sequence, fingerprint, event, cancelled, exported_at)
     VALUES (@uid, @opportunityId, @sequence, @fingerprint, @event, @cancelled, @at)
     ON CONFLICT (uid) DO UPDATE SET opportunity_id = excluded.opportunity_id, sequence = excluded.sequence,
       fingerprint = excluded.fingerprint, event = excluded.event, cancelled = excluded.cancelled, exported_at = excluded.exported_at`,
  );

  return {
    all(): Map<string, ExportRecord> {
      const out = new Map<string, ExportRecord>();
      for (const row of all.all()) {
        const parsed = exportedEvent.safeParse(safeJson(row.event));
        // A damaged record is forgotten: the event is then exported as new, which a calendar takes.
        if (!parsed.success) continue;
        out.set(row.uid, {
          uid: row.uid,
          opportunityId: row.opportunity_id,
          sequence: row.sequence,
          fingerprint: row.fingerprint,
          event: parsed.data,
          cancelled: row.cancelled === 1,
        });
      }
      return out;
    },
    /** Records a whole export at once: a file written is a file recorded. */
    save: db.transaction((records: readonly ExportRecord[], at: string): void => {
      for (const r of records) {
        upsert.run({
          uid: r.uid,
          opportunityId: r.opportunityId,
          sequence: r.sequence,
          fingerprint: r.fingerprint,
          event: JSON.stringify(r.event),
          cancelled: r.cancelled ? 1 : 0,
          at,
        });
      }
    }),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export type CalendarExportRepository = ReturnType<typeof createCalendarExportRepository>;
