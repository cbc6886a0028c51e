import { describe, expect, it } from 'vitest';
import { moveTarget } from '../../../../shared/print/queue-order';

/** The repository's move: take the item out, put it back at the index. */
function moved(ids: string[], id: string, to: number): string[] {
  const rest = ids.filter((i) => i !== id);
  rest.splice(to, 0, id);
  return rest;
}

describe('moving queued items', () => {
  // Printed items (p1, p2) sit among the queued ones in the same list.
  const items = [
    { id: 'p1', status: 'printed' },
    { id: 'a', status: 'queued' },
    { id: 'p2', status: 'printed' },
    { id: 'b', status: 'queued' },
    { id: 'c', status: 'queued' },
  ];
  const queuedOrder = (ids: string[]) => ids.filter((i) => !i.startsWith('p'));
  const ids = items.map((i) => i.id);

  it('moves past the queued neighbour, not a hidden printed item', () => {
    expect(queuedOrder(moved(ids, 'b', moveTarget(items, 'b', -1)!))).toEqual(['b', 'a', 'c']);
    expect(queuedOrder(moved(ids, 'a', moveTarget(items, 'a', 1)!))).toEqual(['b', 'a', 'c']);
    expect(queuedOrder(moved(ids, 'b', moveTarget(items, 'b', 1)!))).toEqual(['a', 'c', 'b']);
  });

  it('does nothing for the first queued item going up or the last going down', () => {
    expect(moveTarget(items, 'a', -1)).toBeNull();
    expect(moveTarget(items, 'c', 1)).toBeNull();
  });
});
