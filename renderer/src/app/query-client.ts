import { QueryClient } from '@tanstack/react-query';

/**
 * One cache for the window. Every write goes through a mutation that invalidates what it
 * changed, so data is refetched when a view mounts (another view may have changed it) but
 * never on window focus: nobody else writes to this database. A refused call is a message
 * for the person, not something to retry.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
      mutations: { retry: false },
    },
  });
}
