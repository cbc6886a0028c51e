import { useCallback, useEffect, useRef, useState } from 'react';
import type { CardScan } from '../../../shared/api/card-scan-schemas';
import type { ImportPreviewEntry } from '../../../shared/api/contact-import-schemas';
import type { Person } from '../../../shared/api/people-schemas';
import { CARD_PHOTO_TYPES, MAX_CARD_PHOTO_BYTES } from '../../../shared/card-scan/card-photo-limits';
import type { CardReading } from '../../../shared/card-scan/card-reading';
import { combineSides } from '../../../shared/card-scan/combine-sides';
import { api } from '../api';
import { errorsFrom, type FormErrors } from '../field-errors';
import { toPersonFields, type PersonDraft } from '../pages/people/person-draft';
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
  errors: FormErrors;
  added?: Person;
}

export interface CardScanOptions {
  /** The interview everyone added joins; left out in People. */
  interviewId?: string;
  /** The company for cards that name none (the opportunity's). */
  company: string;
  onAdded?(person: Person): void;
}

let counter = 0;
const nextKey = () => `card-${++counter}`;

function urlFor(scan: CardScan): string {
  return URL.createObjectURL(new Blob([scan.photo.jpeg as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }));
}

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
 * each entry corrected and then added. Self-contained, so any page can place the panel.
 */
export function useCardScan({ interviewId, company, onAdded }: CardScanOptions) {
  const [entries, setEntries] = useState<ScanEntry[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const urls = useRef<string[]>([]);

  const patch = useCallback((key: string, change: Partial<ScanEntry> | ((e: ScanEntry) => Partial<ScanEntry>)) => {
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...(typeof change === 'function' ? change(e) : change) } : e)));
  }, []);

  useEffect(
    () => () => {
      for (const u of urls.current) URL.revokeObjectURL(u);
    },
    [],
  );

  const findMatch = useCallback(async (key: string, draft: PersonDraft) => {
    if (!draft.fullName.trim()) return patch(key, { match: null, merge: false });
    const r = await api['cards.findMatch']({ fullName: draft.fullName, company: draft.company, email: draft.email });
    if (r.ok) patch(key, (e) => ({ match: r.value, merge: r.value !== null && (e.match?.personId !== r.value.personId ? true : e.merge) }));
  }, [patch]);

  /** Reads one photo; readings run one after another, as the engine does. */
  const enqueue = useCallback(
    (fileName: string, read: () => ReturnType<(typeof api)['cards.read']>) => {
      const key = nextKey();
      setEntries((list) => [...list, { key, fileName, state: 'reading', scans: [], photoUrls: [], match: null, merge: false, errors: { fields: {} } }]);
      queue.current = queue.current.then(async () => {
        const r = await read();
        if (!r.ok) return patch(key, { state: 'failed', message: r.error.message });
        const url = urlFor(r.value);
        urls.current.push(url);
        const draft = draftFromReading(r.value.reading, company);
        patch(key, { state: 'ready', scans: [r.value], reading: r.value.reading, draft, photoUrls: [url] });
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
          setEntries((list) => [...list, { key: nextKey(), fileName: file.name, state: 'failed', message: problem, scans: [], photoUrls: [], match: null, merge: false, errors: { fields: {} } }]);
          continue;
        }
        enqueue(file.name || 'Pasted photo', async () => api['cards.read']({ fileName: file.name || 'Pasted photo', bytes: new Uint8Array(await file.arrayBuffer()) }));
      }
    },
    [enqueue],
  );

  const choose = useCallback(async () => {
    const r = await api['cards.choosePhotos']({});
    if (!r.ok) {
      setEntries((list) => [...list, { key: nextKey(), fileName: '', state: 'failed', message: r.error.message, scans: [], photoUrls: [], match: null, merge: false, errors: { fields: {} } }]);
      return;
    }
    for (const p of r.value.photos) enqueue(p.fileName, () => api['cards.readChosen']({ token: p.token }));
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
          return { ...e, reading, draft: draftFromReading(reading, company), scans: [...e.scans, ...back.scans], photoUrls: [...e.photoUrls, ...back.photoUrls] };
        });
      });
    },
    [company],
  );

  const add = useCallback(
    async (entry: ScanEntry) => {
      if (!entry.draft) return;
      const r = await api['cards.add']({
        scanTokens: entry.scans.map((s) => s.scanToken),
        person: { ...toPersonFields(entry.draft), cardCollected: true },
        ...(entry.merge && entry.match?.personId ? { mergeInto: entry.match.personId } : {}),
        ...(interviewId ? { interviewId } : {}),
      });
      if (!r.ok) return patch(entry.key, { errors: errorsFrom(r) });
      patch(entry.key, { state: 'added', added: r.value, errors: { fields: {} } });
      onAdded?.(r.value);
    },
    [interviewId, onAdded, patch],
  );

  const dismiss = useCallback(
    (entry: ScanEntry) => {
      setEntries((list) => list.filter((e) => e.key !== entry.key));
      if (entry.scans.length > 0 && entry.state !== 'added') void api['cards.discard']({ scanTokens: entry.scans.map((s) => s.scanToken) });
    },
    [],
  );

  const setMerge = useCallback((key: string, merge: boolean) => patch(key, { merge }), [patch]);

  return { entries, addFiles, choose, edit, combine, setMerge, add, dismiss };
}
