import type { QueueItemData } from './queue-item';
import { isEmptyAddress } from '../domain/postal-address-format';

/** The people on an item who have no postal address yet. */
export function namesWithoutAddress(data: QueueItemData): string[] {
  const recipients = data.kind === 'labels' ? data.recipients : [data.recipient];
  return recipients.filter((r) => isEmptyAddress(r.address)).map((r) => r.fullName);
}

/**
 * Who would get a blank envelope or label from these items, once each: printing one wastes
 * an envelope or a sheet, so it is done only when the user says so. A letter prints anyway.
 */
export function blankAddressNames(items: readonly QueueItemData[]): string[] {
  return [...new Set(items.filter((data) => data.kind !== 'letter').flatMap(namesWithoutAddress))];
}
