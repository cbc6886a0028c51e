import type { SearchHit } from '../../../shared/api/people-input-schemas';
import { excerptAround, queryWords, searchFold } from '../../../shared/domain/search-fold';
import type { Db } from '../db/open-database';
import type { PeopleRepository } from '../repositories/people-repository';

interface NoteRow {
  person_id: string;
  interview_id: string;
  opportunity_id: string;
  topics: string;
  learned: string;
  role_plan: string;
  notes: string;
}

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
export function createPeopleSearch(db: Db, people: PeopleRepository) {
  const notes = db.prepare<[], NoteRow>(
    `SELECT ip.person_id, ip.interview_id, i.opportunity_id, ip.topics, ip.learned, ip.role_plan, ip.notes
     FROM interview_participants ip JOIN interviews i ON i.id = ip.interview_id
     WHERE ip.removed_at IS NULL ORDER BY i.date DESC`,
  );
  return function search(query: string, limit = 50): SearchHit[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const notesByPerson = new Map<string, NoteRow[]>();
    for (const row of notes.all()) notesByPerson.set(row.person_id, [...(notesByPerson.get(row.person_id) ?? []), row]);
    const hits: SearchHit[] = [];
    for (const person of people.list()) {
      // A hit on the person's card leads to the latest interview they took part in.
      const latest = notesByPerson.get(person.id)?.[0];
      const card = { interviewId: latest?.interview_id ?? null, opportunityId: latest?.opportunity_id ?? null };
      const sources: Source[] = [
        { field: 'Name', text: person.fullName, ...card },
        { field: 'Company', text: person.company, ...card },
        { field: 'Title', text: person.title, ...card },
        { field: 'Email', text: person.email, ...card },
      ];
      for (const n of notesByPerson.get(person.id) ?? []) {
        const where = { interviewId: n.interview_id, opportunityId: n.opportunity_id };
        sources.push(
          { field: 'Topics', text: n.topics, ...where },
          { field: 'Learned', text: n.learned, ...where },
          { field: 'Role plan', text: n.role_plan, ...where },
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
