import { useCallback, useEffect, useRef, useState } from 'react';
import type { CardScan } from '../../../../../shared/api/card-scan/schemas';
import type { ImportPreviewEntry } from '../../../../../shared/api/people/contact-import-schemas';
import type { Person } from '../../../../../shared/api/people/schemas';
import { CARD_PHOTO_TYPES, MAX_CARD_PHOTO_BYTES } from '../../../../../shared/card-scan/card-photo-limits';
import type { CardReading } from '../../../../../shared/card-scan/card-reading';
import { combineSides } from '../../../../../shared/card-scan/combine-sides';
import { confirmationAsked } from '../../../../../shared/result';
import { ApiError, ask, messageOf } from '../../../api';
import { toPersonFields, type PersonDraft } from '../person-draft';
import { useAddCard } from './queries';
import { draftFromReading } from './reading-draft';

/** One photo on its way to becoming a person. */
export interface ScanEntry {
  key: string;
  fileName: string;
  state: 'reading' | 'ready' | 'failed' | 'added' | 'combined';
  message?: string;
  /** The front, and the back once combined. */
  scans: CardScan[];
  reading?: CardReading;
  draft?: PersonDraft;
  photoUrls: string[];
  match: ImportPreviewEntry['match'];
  /** Merge into the matched person instead of adding someone new. */
  merge: boolean;
  /** The core's refusal of the last Add: its message, and the field it names. */
  error: ApiError | null;
  /** Someone known turned up only when adding: the question to ask before adding a new person anyway. */
  confirm?: string;
  added?: Person;
}

export interface CardScanOptions {
  /** The interview everyone added joins; left out in People. */
  interviewId?: string;
  /** The company for cards that name none (the opportunity's). */
  company: string;
}

let counter = 0;
const nextKey = () => `card-${++counter}`;

function urlFor(scan: CardScan): string {
  return URL.createObjectURL(new Blob([scan.photo.jpeg as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }));
}

const failed = (fileName: string, message: string): ScanEntry => ({
  key: nextKey(),
  fileName,
  state: 'failed',
  message,
  scans: [],
  photoUrls: [],
  match: null,
  merge: false,
  error: null,
});

/** What is wrong with a file before it is read, in words; null when it may be a card photo. */
export function fileProblem(file: { name: string; size: number; type: string }): string | null {
  if (file.type && !(CARD_PHOTO_TYPES as readonly string[]).includes(file.type)) return `${file.name} is not a JPEG, PNG or WebP photo.`;
  if (file.size > MAX_CARD_PHOTO_BYTES) {
    return `${file.name} is ${Math.round(file.size / (1024 * 1024))} MB; a card photo must be at most ${MAX_CARD_PHOTO_BYTES / (1024 * 1024)} MB. Save it smaller and try again.`;
  }
  return null;
}

/**
 * The scan flow as state: photos in (dropped, pasted or chosen), one reading at a time,
 * each entry corrected and then added. Self-contained, so any view can place the dialog.
 */
export function useCardScan({ interviewId, company }: CardScanOptions) {
  const [entries, setEntries] = useState<ScanEntry[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const urls = useRef<string[]>([]);
  const addCard = useAddCard();

  const patch = useCallback((key: string, change: Partial<ScanEntry> | ((e: ScanEntry) => Partial<ScanEntry>)) => {
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...(typeof change === 'function' ? change(e) : change) } : e)));
  }, []);

  useEffect(
    () => () => {
      for (const u of urls.current) URL.revokeObjectURL(u);
    },
    [],
  );

  const findMatch = useCallback(
    async (key: string, draft: PersonDraft) => {
      if (!draft.fullName.trim()) return patch(key, { match: null, merge: false });
      const match = await ask('cards.findMatch', { fullName: draft.fullName, company: draft.company, email: draft.email }).catch(() => null);
      patch(key, (e) => ({ match, merge: match !== null && (e.match?.personId !== match.personId ? true : e.merge) }));
    },
    [patch],
  );

  /** Reads one photo; readings run one after another, as the engine does. */
  const enqueue = useCallback(
    (fileName: string, read: () => Promise<CardScan>) => {
      const key = nextKey();
      setEntries((list) => [...list, { key, fileName, state: 'reading', scans: [], photoUrls: [], match: null, merge: false, error: null }]);
      queue.current = queue.current.then(async () => {
        let scan: CardScan;
        try {
          scan = await read();
        } catch (error) {
          return patch(key, { state: 'failed', message: messageOf(error) });
        }
        const url = urlFor(scan);
        urls.current.push(url);
        const draft = draftFromReading(scan.reading, company);
        patch(key, { state: 'ready', scans: [scan], reading: scan.reading, draft, photoUrls: [url] });
        await findMatch(key, draft);
      });
    },
    [company, findMatch, patch],
  );

  const addFiles = useCallback(
    (files: readonly File[]) => {
      for (const file of files) {
        const problem = fileProblem(file);
        if (problem) {
          setEntries((list) => [...list, failed(file.name, problem)]);
          continue;
        }
        const fileName = file.name || 'Pasted photo';
        enqueue(fileName, async () => ask('cards.read', { fileName, bytes: new Uint8Array(await file.arrayBuffer()) }));
      }
    },
    [enqueue],
  );

  const choose = useCallback(async () => {
    try {
      const { photos } = await ask('cards.choosePhotos', {});
      for (const p of photos) enqueue(p.fileName, () => ask('cards.readChosen', { token: p.token }));
    } catch (error) {
      setEntries((list) => [...list, failed('', messageOf(error))]);
    }
  }, [enqueue]);

  const edit = useCallback(
    (key: string, draft: PersonDraft) => {
      patch(key, { draft });
      void findMatch(key, draft);
    },
    [findMatch, patch],
  );

  /** Makes `backKey`'s photo the back of `frontKey`'s card: one person, both photos. */
  const combine = useCallback(
    (frontKey: string, backKey: string) => {
      setEntries((list) => {
        const front = list.find((e) => e.key === frontKey);
        const back = list.find((e) => e.key === backKey);
        if (!front?.reading || !back?.reading || front.scans.length !== 1 || back.scans.length !== 1) return list;
        const reading = combineSides(front.reading, back.reading);
        return list.map((e) => {
          if (e.key === backKey) return { ...e, state: 'combined' as const };
          if (e.key !== frontKey) return e;
          return {
            ...e,
            reading,
            draft: draftFromReading(reading, company),
            scans: [...e.scans, ...back.scans],
            photoUrls: [...e.photoUrls, ...back.photoUrls],
          };
        });
      });
    },
    [company],
  );

  /** Adds the entry's person; `addAsNew` says yes to a new person although someone known matches. */
  const add = useCallback(
    (entry: ScanEntry, addAsNew = false) => {
      if (!entry.draft) return;
      const merging = entry.merge && entry.match?.personId;
      addCard.mutate(
        {
          scanTokens: entry.scans.map((s) => s.scanToken),
          person: { ...toPersonFields(entry.draft), cardCollected: true },
          ...(merging ? { mergeInto: entry.match!.personId! } : { addAsNew: addAsNew || entry.match !== null }),
          ...(interviewId ? { interviewId } : {}),
        },
        {
          onSuccess: (person) => patch(entry.key, { state: 'added', added: person, error: null, confirm: undefined }),
          onError: (error) => {
            const refusal = error instanceof ApiError ? error : new ApiError({ code: 'internal', message: messageOf(error) });
            if (confirmationAsked(refusal.error) === 'addAsNew') {
              patch(entry.key, { confirm: refusal.message, error: null });
              if (entry.draft) void findMatch(entry.key, entry.draft);
            } else patch(entry.key, { error: refusal, confirm: undefined });
          },
        },
      );
    },
    [addCard, findMatch, interviewId, patch],
  );

  const dismiss = useCallback((entry: ScanEntry) => {
    setEntries((list) => list.filter((e) => e.key !== entry.key));
    if (entry.scans.length > 0 && entry.state !== 'added')
      void ask('cards.discard', { scanTokens: entry.scans.map((s) => s.scanToken) }).catch(() => undefined);
  }, []);

  const setMerge = useCallback((key: string, merge: boolean) => patch(key, { merge }), [patch]);
  const cancelConfirm = useCallback((key: string) => patch(key, { confirm: undefined }), [patch]);

  return { entries, addFiles, choose, edit, combine, setMerge, add, dismiss, cancelConfirm, adding: addCard.isPending };
}
