import type { SearchHit } from '../../../shared/api/people/input-schemas';
import type { Person } from '../../../shared/api/people/schemas';
import { excerptAround, queryWords, searchFold } from '../../../shared/domain/search-fold';
import type { ParticipantNotes, ParticipantRepository } from '../repositories/participant-repository';
import type { PeopleRepository } from '../repositories/people-repository';
import type { PeopleSearchRepository } from '../repositories/people-search-repository';

interface Source {
  field: string;
  text: string;
  interviewId: string | null;
  opportunityId: string | null;
}

/** Everything searched about one person, in the order a hit names its field: the card, then the notes from each interview, latest first. */
function sourcesOf(person: Person, notes: readonly ParticipantNotes[]): Source[] {
  // A hit on the person's card leads to the latest interview they took part in.
  const latest = notes[0];
  const card = { interviewId: latest?.interviewId ?? null, opportunityId: latest?.opportunityId ?? null };
  const sources: Source[] = [
    { field: 'Name', text: person.fullName, ...card },
    { field: 'Company', text: person.company, ...card },
    { field: 'Title', text: person.title, ...card },
    { field: 'Email', text: person.email, ...card },
  ];
  for (const n of notes) {
    const where = { interviewId: n.interviewId, opportunityId: n.opportunityId };
    sources.push(
      { field: 'Topics', text: n.topics, ...where },
      { field: 'Learned', text: n.learned, ...where },
      { field: 'Role plan', text: n.rolePlan, ...where },
      { field: 'Notes', text: n.notes, ...where },
    );
  }
  return sources;
}

function byPerson(rows: readonly ParticipantNotes[]): Map<string, ParticipantNotes[]> {
  const out = new Map<string, ParticipantNotes[]>();
  for (const row of rows) {
    const list = out.get(row.personId);
    if (list) list.push(row);
    else out.set(row.personId, [row]);
  }
  return out;
}

/** More people than this missing their folded text (the first search after an upgrade): read every note once instead. */
const FEW = 200;

/**
 * Finds people by name, company, title, email and what the user noted about them in any
 * interview. Every word of the query must occur somewhere for the person; the hit names
 * the first place that holds the first word. Accents and case are ignored in every script.
 * Each person's text is folded once and kept (people_search, migration 0013), so a query
 * scans short folded strings in SQLite and only the hits are read back.
 */
export function createPeopleSearch(people: PeopleRepository, participants: ParticipantRepository, index: PeopleSearchRepository) {
  /** Folds the text of people changed since the last search (all of them, the first time). */
  function fresh(): void {
    const missing = index.missing();
    if (missing.length === 0) return;
    const found = people.getMany(missing);
    const notes = byPerson(missing.length > FEW ? participants.allNotes() : participants.notesOf(missing));
    index.store(
      [...found.values()].map((p) => ({
        personId: p.id,
        folded: sourcesOf(p, notes.get(p.id) ?? [])
          .map((s) => searchFold(s.text))
          .join('\n'),
      })),
    );
  }

  return function search(query: string, limit = 50): SearchHit[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    fresh();
    const ids = index.find(words, limit);
    const found = people.getMany(ids);
    const notes = byPerson(participants.notesOf(ids));
    const hits: SearchHit[] = [];
    for (const id of ids) {
      const person = found.get(id);
      if (!person) continue;
      const sources = sourcesOf(person, notes.get(id) ?? []);
      const source = sources.find((s) => searchFold(s.text).includes(words[0]!)) ?? sources[0]!;
      hits.push({
        person,
        field: source.field,
        excerpt: excerptAround(source.text, words[0]!),
        interviewId: source.interviewId,
        opportunityId: source.opportunityId,
      });
    }
    return hits;
  };
}
