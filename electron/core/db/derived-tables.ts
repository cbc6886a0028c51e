/**
 * Tables computed from the others and kept in step with them by triggers (migrations 0012, 0013):
 * nothing in them was typed by the user, and emptying them loses nothing — the core fills
 * them again the next time it is asked. An export or a backup may leave them out; an
 * import need not write them.
 */
export const DERIVED_TABLES: readonly string[] = ['plan_cache', 'plan_cache_steps', 'plan_cache_basis', 'people_search'];
