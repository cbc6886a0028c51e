import fs from 'node:fs';
import type { OutputOf } from '../../../shared/api/contract';
import { safeFileName } from '../../../shared/domain/safe-file-name';
import type { Clock } from '../clock';
import type { DialogPort } from '../os-ports';
import type { Repositories } from '../repositories';
import { buildPlanCalendar, planExport, type CalendarEntry } from './plan-calendar';
import type { PlanCache } from './plan-cache';

/**
 * "Export to calendar": the plan's steps as an .ics file, for one opportunity or all. As in
 * Today, closed opportunities and decided interviews have nothing left to plan; their
 * events, if exported before, go out as cancelled, so the user's calendar follows.
 */
export async function exportCalendar(
  repos: Pick<Repositories, 'opportunities' | 'planState' | 'calendarExports'>,
  ports: { dialogs: DialogPort; clock: Clock; plans: PlanCache; today: string },
  opportunityId: string | null,
): Promise<OutputOf<'plan.exportCalendar'>> {
  const { opportunities, planState, calendarExports } = repos;
  const { dialogs, clock, plans, today } = ports;
  if (opportunityId) opportunities.get(opportunityId);
  const entries: CalendarEntry[] = [];
  for (const planned of plans.planned(opportunityId)) {
    for (const step of planned.steps)
      entries.push({ interviewId: planned.interviewId, opportunityId: planned.opportunityId, company: planned.company, role: planned.role, step, today });
  }
  const name = opportunityId ? `${opportunities.get(opportunityId).company} follow-through` : 'Afterword follow-through';
  const file = await dialogs.showSaveDialog({
    title: 'Export to calendar',
    defaultPath: `${safeFileName(name)}.ics`,
    filters: [{ name: 'Calendar', extensions: ['ics'] }],
  });
  if (!file) return { saved: false };
  const records = planExport(entries, calendarExports.all(), planState.settings().timeZone, opportunityId);
  const now = clock.now();
  fs.writeFileSync(file, buildPlanCalendar(records, now), 'utf8');
  calendarExports.save(records, now.toISOString());
  return { saved: true, path: file, events: records.length };
}
