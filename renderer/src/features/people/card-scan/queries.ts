import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../../shared/api/contract';
import { ask } from '../../../api';
import { invalidatePeople } from '../queries';

export const cardKeys = {
  all: ['card-photos'] as const,
  photos: (personId: string) => [...cardKeys.all, personId] as const,
};

/** The card photos kept with a person, read when asked for (they are the largest thing a person has). */
export const useCardPhotos = (personId: string, enabled: boolean) =>
  useQuery({ queryKey: cardKeys.photos(personId), queryFn: () => ask('cards.photos', { personId }), enabled });

/** Adds a card's person (or the card to someone known): everything that shows people, and their photos, is read again. */
export function useAddCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'cards.add'>) => ask('cards.add', input),
    onSuccess: (person) => Promise.all([invalidatePeople(client), client.invalidateQueries({ queryKey: cardKeys.photos(person.id) })]),
  });
}
