import type { Repositories } from '../repositories';

/** How far the note studio is with one interview's interviewers. */
export interface NoteProgress {
  interviewers: number;
  emailsSent: number;
  lettersMailed: number;
}

/** Counts from the interviewers' and the note studio's own repositories. */
export function noteProgressFrom({ notes, participants }: Pick<Repositories, 'notes' | 'participants'>): (interviewId: string) => NoteProgress {
  return (interviewId) => {
    const present = new Set(participants.listForInterview(interviewId).map((p) => p.person.id));
    const mine = notes.listForInterview(interviewId).filter((n) => present.has(n.personId));
    return {
      interviewers: present.size,
      emailsSent: mine.filter((n) => n.kind === 'email' && n.status === 'sent').length,
      lettersMailed: mine.filter((n) => n.kind === 'letter' && n.status === 'mailed').length,
    };
  };
}
