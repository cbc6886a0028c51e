/**
 * Where "↑" or "↓" moves a queued item: past its queued neighbour, skipping printed items
 * that share the same list but are not shown among the queued ones. Returns the index in
 * the whole list for printQueue.move, or null when the item is already first or last.
 */
export function moveTarget(items: ReadonlyArray<{ id: string; status: string }>, id: string, delta: -1 | 1): number | null {
  const queued = items.filter((i) => i.status === 'queued');
  const at = queued.findIndex((i) => i.id === id);
  const neighbour = at < 0 ? undefined : queued[at + delta];
  if (!neighbour) return null;
  // The repository takes the item out and puts it back at this index: before the neighbour
  // when going up, after it when going down.
  return items.findIndex((i) => i.id === neighbour.id);
}
