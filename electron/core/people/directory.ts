import type { DirectoryEntry, PersonInterview } from '../../../shared/api/people/directory-schemas';
import type { Repositories } from '../repositories';

/** Everyone, each with every interview they were in (newest first) and the notes to them from it. */
export function peopleDirectory({ people, summaries }: Pick<Repositories, 'people' | 'summaries'>): DirectoryEntry[] {
  const byPerson = new Map<string, PersonInterview[]>();
  for (const p of summaries.allParticipations()) {
    const list = byPerson.get(p.personId) ?? [];
    list.push({
      interviewId: p.interviewId,
      opportunityId: p.opportunityId,
      company: p.company,
      role: p.role,
      date: p.date,
      title: p.title,
      roles: p.roles,
      email: p.email,
      letter: p.letter,
    });
    byPerson.set(p.personId, list);
  }
  return people.list().map((person) => ({ person, interviews: byPerson.get(person.id) ?? [] }));
}
