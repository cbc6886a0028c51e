import type { FollowThroughSettings } from '../../../shared/api/follow-through/schemas';
import type { ParsedInputOf } from '../../../shared/api/contract';
import { isKnownRegion } from '../../../shared/follow-through/business-days';
import { InvalidInputError } from '../core-errors';
import type { PlanStateRepository } from '../repositories/plan-state-repository';

/** Follow-up timing settings changed by a patch: a region belongs to one country, so a new country without one clears it. */
export function updateFollowThroughSettings(planState: PlanStateRepository, patch: ParsedInputOf<'followThrough.updateSettings'>): FollowThroughSettings {
  const before = planState.settings();
  const next: FollowThroughSettings = {
    timeZone: patch.timeZone ?? before.timeZone,
    country: patch.country ?? before.country,
    region: patch.region ?? (patch.country !== undefined && patch.country !== before.country ? '' : before.region),
  };
  if (!isKnownRegion(next.country, next.region)) {
    throw new InvalidInputError('region', `Region must be a region code of ${next.country || 'your country'}, such as ENG or SCT for GB`);
  }
  return planState.replaceSettings(next);
}
