import type { SearchHit } from '../../../shared/api/people/input-schemas';
import { excerptAround, queryWords, searchFold } from '../../../shared/domain/search-fold';
import type { ParticipantRepository, ParticipantNotes } from '../repositories/participant-repository';
import type { PeopleRepository } from '../repositories/people-repository';

interface Source {
  field: string;
  text: string;
  interviewId: string | null;
  opportunityId: string | null;
}

/**
 * Finds people by name, company, title, email and what the user noted about them in any
 * interview. Every word of the query must occur somewhere for the person; the hit names
 * the first place that holds the first word. Done in memory: a job search has hundreds
 * of people, not millions, and this way accents and case are ignored in every script.
 */
export function createPeopleSearch(people: PeopleRepository, participants: ParticipantRepository) {
  return function search(query: string, limit = 50): SearchHit[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const notesByPerson = new Map<string, ParticipantNotes[]>();
    for (const row of participants.allNotes()) notesByPerson.set(row.personId, [...(notesByPerson.get(row.personId) ?? []), row]);
    const hits: SearchHit[] = [];
    for (const person of people.list()) {
      // A hit on the person's card leads to the latest interview they took part in.
      const latest = notesByPerson.get(person.id)?.[0];
      const card = { interviewId: latest?.interviewId ?? null, opportunityId: latest?.opportunityId ?? null };
      const sources: Source[] = [
        { field: 'Name', text: person.fullName, ...card },
        { field: 'Company', text: person.company, ...card },
        { field: 'Title', text: person.title, ...card },
        { field: 'Email', text: person.email, ...card },
      ];
      for (const n of notesByPerson.get(person.id) ?? []) {
        const where = { interviewId: n.interviewId, opportunityId: n.opportunityId };
        sources.push(
          { field: 'Topics', text: n.topics, ...where },
          { field: 'Learned', text: n.learned, ...where },
          { field: 'Role plan', text: n.rolePlan, ...where },
          { field: 'Notes', text: n.notes, ...where },
        );
      }
      const folded = sources.map((s) => searchFold(s.text));
      const all = folded.join('\n');
      if (!words.every((w) => all.includes(w))) continue;
      const index = folded.findIndex((f) => f.includes(words[0]!));
      const source = sources[index]!;
      hits.push({
        person,
        field: source.field,
        excerpt: excerptAround(source.text, words[0]!),
        interviewId: source.interviewId,
        opportunityId: source.opportunityId,
      });
      if (hits.length >= limit) break;
    }
    return hits;
  };
}
