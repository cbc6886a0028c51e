import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/api/contract';
import { api, ask } from '../../api';

/** Query keys for opportunities and their interviews: one factory, so invalidation names what it means. */
export const opportunityKeys = {
  all: ['opportunities'] as const,
  list: () => [...opportunityKeys.all, 'list'] as const,
  detail: (id: string) => [...opportunityKeys.all, 'detail', id] as const,
  interviews: (id: string) => [...opportunityKeys.all, 'interviews', id] as const,
  /** Who was met at each interview and the state of the notes: changes with people and notes too. */
  overview: (id: string) => [...opportunityKeys.all, 'overview', id] as const,
  overviews: () => [...opportunityKeys.all, 'overview'] as const,
};

export const useOpportunities = () => useQuery({ queryKey: opportunityKeys.list(), queryFn: () => ask('opportunities.list', {}) });
export const useOpportunity = (id: string) => useQuery({ queryKey: opportunityKeys.detail(id), queryFn: () => ask('opportunities.get', { id }) });
export const useInterviews = (opportunityId: string) =>
  useQuery({ queryKey: opportunityKeys.interviews(opportunityId), queryFn: () => ask('interviews.listForOpportunity', { opportunityId }) });
export const useOpportunityOverview = (id: string) =>
  useQuery({ queryKey: opportunityKeys.overview(id), queryFn: () => ask('opportunities.overview', { id }) });

/** Every interview of every opportunity, newest first, for pickers (print queue, import): one call, however many opportunities. */
export const useAllInterviews = () => useQuery({ queryKey: [...opportunityKeys.all, 'every-interview'], queryFn: () => ask('interviews.listAll', {}) });

/** Anything about an opportunity or its interviews changed: lists, counts, overviews. */
function useInvalidateOpportunities() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: opportunityKeys.all });
}

export function useCreateOpportunity() {
  const client = useQueryClient();
  const invalidate = useInvalidateOpportunities();
  return useMutation({
    mutationFn: (input: InputOf<'opportunities.create'>) => ask('opportunities.create', input),
    // The new opportunity opens at once, without loading it again.
    onSuccess: (created) => {
      client.setQueryData(opportunityKeys.detail(created.id), created);
      return invalidate();
    },
  });
}

export function useDeleteOpportunity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => ask('opportunities.delete', { id }),
    // Its interviews, people's interviews and the plan all lose it.
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useSaveInterview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; fields: Omit<InputOf<'interviews.update'>, 'id'> } | { fields: InputOf<'interviews.create'> }) =>
      'id' in input ? ask('interviews.update', { id: input.id, ...input.fields }) : ask('interviews.create', input.fields),
    // A new date moves the plan, Today and the people directory too.
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useDeleteInterview() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (id: string) => ask('interviews.delete', { id }), onSuccess: () => client.invalidateQueries() });
}

/** Autosave of the opportunity's own fields: the cache takes each saved version, the lists follow. */
export function useOpportunityWriter() {
  const client = useQueryClient();
  return async (patch: InputOf<'opportunities.update'>) => {
    const result = await api['opportunities.update'](patch);
    if (result.ok) {
      client.setQueryData(opportunityKeys.detail(patch.id), result.value);
      void client.invalidateQueries({ queryKey: opportunityKeys.list() });
    }
    return result;
  };
}
