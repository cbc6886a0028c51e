import type { InterviewParticipant } from '../domain/person';
import { splitPersonName } from '../domain/person-name';
import { spokenDate, type MergeValues } from './note-templates';

export interface MergeSources {
  participant: InterviewParticipant;
  company: string;
  role: string;
  interviewDate: string;
  /** Everyone at the interview, to find the hiring manager. */
  participants: InterviewParticipant[];
  /** From Settings, when the user has filled it in. */
  yourName: string;
}

/** What a template can say about one interviewer; an empty value becomes a gap when filled. */
export function mergeValuesFor(s: MergeSources): MergeValues {
  const person = s.participant.person;
  const hiringManager = s.participants.find((p) => p.roles.includes('hiring-manager'))?.person.fullName ?? '';
  return {
    firstName: person.givenName || splitPersonName(person.fullName).givenName,
    fullName: person.fullName,
    title: person.title,
    company: person.company || s.company,
    role: s.role,
    interviewDate: spokenDate(s.interviewDate),
    topics: s.participant.topics,
    learned: s.participant.learned,
    rolePlan: s.participant.rolePlan,
    hiringManager,
    yourName: s.yourName,
  };
}
