import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TodayPart } from '../../../../shared/api/follow-through/schemas';
import { ask } from '../../api';

export const planKeys = {
  all: ['plan'] as const,
  forInterview: (interviewId: string) => [...planKeys.all, 'interview', interviewId] as const,
  today: () => [...planKeys.all, 'today'] as const,
  userToday: () => [...planKeys.all, 'user-today'] as const,
};

export const followThroughKeys = {
  review: (interviewId: string) => ['review', interviewId] as const,
  outcome: (interviewId: string) => ['outcome', interviewId] as const,
  prep: (interviewId: string) => ['learning', 'prep', interviewId] as const,
  stats: () => ['learning', 'stats'] as const,
  draft: (interviewId: string, stage: string) => ['drafts', interviewId, stage] as const,
  settings: () => ['follow-through-settings'] as const,
};

export const usePlan = (interviewId: string) =>
  useQuery({ queryKey: planKeys.forInterview(interviewId), queryFn: () => ask('plan.forInterview', { interviewId }) });
/** Rows of Today asked for at a time: a few screens, so the first page comes at once and scrolling rarely waits. */
export const TODAY_PAGE = 100;

/** One part of Today a page at a time, the next asked for as that part is scrolled to its end. */
export const useTodayPart = (part: TodayPart) =>
  useInfiniteQuery({
    queryKey: [...planKeys.today(), part],
    queryFn: ({ pageParam }) => ask('plan.today', { part, offset: pageParam, limit: TODAY_PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset ?? undefined,
  });
export const useUserToday = () => useQuery({ queryKey: planKeys.userToday(), queryFn: () => ask('plan.userToday', {}) });

/** A step was marked, the context or a zone changed: the plan, Today and the overviews follow. */
export function useInvalidatePlans() {
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: planKeys.all }), client.invalidateQueries({ queryKey: ['opportunities'] })]);
}
