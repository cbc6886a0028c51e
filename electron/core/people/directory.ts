import type { OutputOf } from '../../../shared/api/contract';
import type { DirectoryEntry, PersonInterview } from '../../../shared/api/people/directory-schemas';
import type { Person } from '../../../shared/api/people/schemas';
import type { Repositories } from '../repositories';

type DirectoryRepositories = Pick<Repositories, 'people' | 'summaries'>;

/** Each person with every interview they were in (newest first) and the notes to them from it: the interviews read for these people only. */
function withInterviews({ summaries }: DirectoryRepositories, people: readonly Person[]): DirectoryEntry[] {
  const byPerson = new Map<string, PersonInterview[]>();
  for (const p of summaries.participationsOf(people.map((person) => person.id))) {
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
  return people.map((person) => ({ person, interviews: byPerson.get(person.id) ?? [] }));
}

/** One page of everyone, by company then name, each with their interviews: the People view loads it as it is scrolled. */
export function peopleDirectory(repos: DirectoryRepositories, offset: number, limit: number): OutputOf<'people.directory'> {
  const { people, total } = repos.people.directoryPage(offset, limit);
  const end = offset + people.length;
  return { total, entries: withInterviews(repos, people), nextOffset: end < total ? end : null };
}

/** One person of the directory, wherever they are in it. */
export function directoryEntry(repos: DirectoryRepositories, personId: string): DirectoryEntry {
  return withInterviews(repos, [repos.people.get(personId)])[0]!;
}
