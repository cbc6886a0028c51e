import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { Person } from '../../../../shared/api/people/schemas';
import { api } from '../../api';
import { changedFields } from '../../autosave/changed-fields';
import { useAutosave } from '../../autosave/use-autosave';
import { toPersonDraft, toPersonFields, type PersonDraft } from './person-draft';
import { invalidatePeople } from './queries';

/**
 * Autosave of a person's card: only the fields that differ from what the core is known to
 * hold are sent, so a field changed elsewhere meanwhile (an import merge, a refreshed
 * guess) is not overwritten with a stale value. Every save refreshes everyone shown,
 * since colleagues' guessed addresses follow this person's.
 */
export function usePersonWriter(person: Person) {
  const client = useQueryClient();
  const saved = useRef(toPersonFields(toPersonDraft(person)));
  const autosave = useAutosave(async (d: PersonDraft) => {
    const fields = toPersonFields(d);
    const changes = changedFields(saved.current, fields);
    if (Object.keys(changes).length === 0) return { ok: true as const, value: null };
    // A new full name is re-split by the core unless the parts come with it.
    if (changes.fullName !== undefined) Object.assign(changes, { givenName: fields.givenName, familyName: fields.familyName });
    const before = saved.current;
    saved.current = fields;
    const result = await api['people.update']({ id: person.id, ...changes });
    // Not saved: these fields still differ from the server and go with the next save.
    if (!result.ok && saved.current === fields) saved.current = before;
    if (result.ok) void invalidatePeople(client);
    return result;
  });
  return {
    ...autosave,
    /** Starts editing from what the core holds now. */
    reset(p: Person) {
      saved.current = toPersonFields(toPersonDraft(p));
    },
  };
}
