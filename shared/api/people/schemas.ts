import { z } from 'zod';
import { id } from '../fields';

/**
 * The shape of people as every part of Afterword sees them. The interviewers issue owns
 * their storage and editing; notes, printing and follow-up read them through these types.
 */
export const postalAddress = z.object({
  /** Street lines as written on the card (building, street, suite…), top to bottom. */
  lines: z.array(z.string()),
  city: z.string(),
  region: z.string(),
  postalCode: z.string(),
  /** ISO 3166-1 alpha-2, upper case ('US', 'DE', 'CN'); '' when unknown. */
  country: z.string(),
});
export type PostalAddress = z.infer<typeof postalAddress>;

/** 'guessed' addresses come from the company's pattern and must be confirmed before use. */
export const emailStatus = z.enum(['none', 'confirmed', 'guessed']);
export type EmailStatus = z.infer<typeof emailStatus>;

export const person = z.object({
  id,
  /** As typed or printed on the card, in any script. */
  fullName: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  title: z.string(),
  company: z.string(),
  email: z.string(),
  emailStatus,
  /** Why a guessed address was proposed (the colleagues' addresses it came from); '' otherwise. */
  emailEvidence: z.string().optional(),
  phone: z.string(),
  address: postalAddress.nullable(),
  website: z.string(),
  linkedin: z.string(),
  cardCollected: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof person>;

export const opportunityRole = z.enum(['interviewer', 'hiring-manager', 'recruiter']);
export type OpportunityRole = z.infer<typeof opportunityRole>;

/** One person's part in one interview, with what the user noted about them there. */
export const interviewParticipant = z.object({
  interviewId: id,
  person,
  /** Roles this person has in the interview's opportunity. */
  roles: z.array(opportunityRole),
  topics: z.string(),
  learned: z.string(),
  /** What they said about the role or the hiring manager's plan for the position. */
  rolePlan: z.string(),
  notes: z.string(),
});
export type InterviewParticipant = z.infer<typeof interviewParticipant>;
