import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/api/contract';
import { ask } from '../../api';

export const peopleKeys = {
  all: ['people'] as const,
  directory: () => [...peopleKeys.all, 'directory'] as const,
  directoryEntry: (id: string) => [...peopleKeys.all, 'directory-entry', id] as const,
  atCompany: (company: string) => [...peopleKeys.all, 'company', company] as const,
  search: (query: string) => [...peopleKeys.all, 'search', query] as const,
  explainEmail: (id: string) => [...peopleKeys.all, 'explain-email', id] as const,
};

export const participantKeys = {
  all: ['participants'] as const,
  forInterview: (interviewId: string) => [...participantKeys.all, 'interview', interviewId] as const,
};

/**
 * A person changed, joined or left: colleagues' guessed addresses may change with them, so
 * everything that shows people is read again (interview lists, the directory, overviews,
 * print-queue pickers, drafts' "To").
 */
export function invalidatePeople(client: QueryClient): Promise<void> {
  return Promise.all([
    client.invalidateQueries({ queryKey: peopleKeys.all }),
    client.invalidateQueries({ queryKey: participantKeys.all }),
    client.invalidateQueries({ queryKey: ['opportunities', 'overview'] }),
  ]).then(() => undefined);
}

export const useParticipants = (interviewId: string) =>
  useQuery({ queryKey: participantKeys.forInterview(interviewId), queryFn: () => ask('participants.list', { interviewId }) });
/** Everyone, a page at a time, the next asked for as the list is scrolled to its end. */
export const usePeopleDirectory = () =>
  useInfiniteQuery({
    queryKey: peopleKeys.directory(),
    queryFn: ({ pageParam }) => ask('people.directory', { offset: pageParam, limit: 200 }),
    initialPageParam: 0,
    getNextPageParam: (last) => last.nextOffset ?? undefined,
  });
export const useDirectoryEntry = (id: string | undefined) =>
  useQuery({ queryKey: peopleKeys.directoryEntry(id ?? ''), queryFn: () => ask('people.directoryEntry', { id: id! }), enabled: id !== undefined });
export const usePeopleAtCompany = (company: string) => useQuery({ queryKey: peopleKeys.atCompany(company), queryFn: () => ask('people.list', { company }) });
export const usePeopleSearch = (query: string) =>
  useQuery({
    queryKey: peopleKeys.search(query),
    queryFn: () => ask('people.search', { query }),
    enabled: query.trim() !== '',
    placeholderData: (previous) => previous,
  });
export const useEmailExplanation = (id: string, enabled: boolean) =>
  useQuery({ queryKey: peopleKeys.explainEmail(id), queryFn: () => ask('people.explainEmail', { id }), enabled });

function usePeopleMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => invalidatePeople(client) });
}

export const useAddParticipant = () => usePeopleMutation((input: InputOf<'participants.add'>) => ask('participants.add', input));
export const useRemoveParticipant = () => usePeopleMutation((input: InputOf<'participants.remove'>) => ask('participants.remove', input));
export const useRestoreParticipant = () => usePeopleMutation((input: InputOf<'participants.restore'>) => ask('participants.restore', input));
export const useConfirmEmail = () => usePeopleMutation((id: string) => ask('people.confirmEmail', { id }));
export const useRejectEmail = () => usePeopleMutation((id: string) => ask('people.rejectEmail', { id }));
export const useSetRoles = () => usePeopleMutation((input: InputOf<'people.setRoles'>) => ask('people.setRoles', input));
export const useImportContacts = () => usePeopleMutation((input: InputOf<'contacts.import'>) => ask('contacts.import', input));
