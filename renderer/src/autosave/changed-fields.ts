/**
 * The fields of `next` that differ from `base`, and nothing else. Autosave sends only
 * these, so a field changed elsewhere meanwhile (an import merge, a refreshed guess) is
 * not overwritten with the stale value the form happened to hold.
 */
export function changedFields<T extends object>(base: T, next: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(next) as Array<keyof T>) {
    if (JSON.stringify(next[key]) !== JSON.stringify(base[key])) out[key] = next[key];
  }
  return out;
}
