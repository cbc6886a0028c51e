import { randomUUID } from 'node:crypto';

/**
 * Things the core holds for the user between two calls (a chosen photo, a reading not yet
 * added), by a random token, so the renderer never names a path and nothing is written
 * before the user says so. Bounded: the oldest are dropped first.
 */
export function heldItems<T>(limit = 40) {
  const items = new Map<string, T>();
  return {
    hold(value: T): string {
      const token = randomUUID();
      items.set(token, value);
      while (items.size > limit) items.delete(items.keys().next().value!);
      return token;
    },
    get: (token: string): T | undefined => items.get(token),
    forget: (token: string): boolean => items.delete(token),
  };
}
