/**
 * People as every part of Afterword sees them: the people feature stores and edits them;
 * notes, printing and follow-through read them. The contract's schemas validate these shapes.
 */

/** A mailing address as written on a card, in its parts. */
export interface PostalAddress {
  /** Street lines as written on the card (building, street, suite…), top to bottom. */
  lines: string[];
  city: string;
  region: string;
  postalCode: string;
  /** ISO 3166-1 alpha-2, upper case ('US', 'DE', 'CN'); '' when unknown. */
  country: string;
}

/** 'guessed' addresses come from the company's pattern and must be confirmed before use. */
export const emailStatuses = ['none', 'confirmed', 'guessed'] as const;
export type EmailStatus = (typeof emailStatuses)[number];

export interface Person {
  id: string;
  /** As typed or printed on the card, in any script. */
  fullName: string;
  givenName: string;
  familyName: string;
  title: string;
  company: string;
  email: string;
  emailStatus: EmailStatus;
  /** Why a guessed address was proposed (the colleagues' addresses it came from); '' otherwise. */
  emailEvidence?: string;
  phone: string;
  address: PostalAddress | null;
  website: string;
  linkedin: string;
  cardCollected: boolean;
  createdAt: string;
  updatedAt: string;
}

export const opportunityRoles = ['interviewer', 'hiring-manager', 'recruiter'] as const;
export type OpportunityRole = (typeof opportunityRoles)[number];

/** One person's part in one interview, with what the user noted about them there. */
export interface InterviewParticipant {
  interviewId: string;
  person: Person;
  /** Roles this person has in the interview's opportunity. */
  roles: OpportunityRole[];
  topics: string;
  learned: string;
  /** What they said about the role or the hiring manager's plan for the position. */
  rolePlan: string;
  notes: string;
}
