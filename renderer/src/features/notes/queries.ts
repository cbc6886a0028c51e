import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Note } from '../../../../shared/api/notes/schemas';
import { ask } from '../../api';
import type { English } from '../../../../shared/notes/spelling';
import { loadSpeller } from './load-speller';
import { loadTagger } from './load-tagger';

export const noteKeys = {
  all: ['notes'] as const,
  forInterview: (interviewId: string) => [...noteKeys.all, 'interview', interviewId] as const,
  colleagues: (interviewId: string) => [...noteKeys.all, 'colleagues', interviewId] as const,
  templates: () => [...noteKeys.all, 'templates'] as const,
  speller: (english: English) => [...noteKeys.all, 'speller', english] as const,
  tagger: () => [...noteKeys.all, 'tagger'] as const,
};

export const useInterviewNoteList = (interviewId: string) =>
  useQuery({ queryKey: noteKeys.forInterview(interviewId), queryFn: () => ask('notes.listForInterview', { interviewId }) });
export const useColleagueNotes = (interviewId: string) =>
  useQuery({ queryKey: noteKeys.colleagues(interviewId), queryFn: () => ask('notes.listColleagueNotes', { interviewId }) });
export const useTemplates = () => useQuery({ queryKey: noteKeys.templates(), queryFn: () => ask('noteTemplates.list', {}) });
/** The Hunspell dictionary of the English the user writes (Settings → Spelling), loaded once on first use and kept. */
export const useSpeller = (english: English | undefined) =>
  useQuery({
    queryKey: noteKeys.speller(english ?? 'en-US'),
    queryFn: () => loadSpeller(english),
    enabled: english !== undefined,
    staleTime: Infinity,
    gcTime: Infinity,
  });
/** The part-of-speech tagger that tells a specific remark from a generic one, loaded once and kept. */
export const useTagger = () => useQuery({ queryKey: noteKeys.tagger(), queryFn: loadTagger, staleTime: Infinity, gcTime: Infinity });

/**
 * A note the core just stored: the interview's list takes it at once (no refetch mid-typing),
 * and the views that show how far each note has got (overviews, the directory, the plan
 * and Today, whose thank-you step follows the emails) read again.
 */
export function useNoteStored() {
  const client = useQueryClient();
  return (note: Note) => {
    client.setQueryData<Note[]>(noteKeys.forInterview(note.interviewId), (list) =>
      list ? (list.some((n) => n.id === note.id) ? list.map((n) => (n.id === note.id ? note : n)) : [...list, note]) : [note],
    );
    void client.invalidateQueries({ queryKey: ['opportunities', 'overview'] });
    void client.invalidateQueries({ queryKey: ['people', 'directory'] });
    void client.invalidateQueries({ queryKey: ['plan'] });
  };
}
