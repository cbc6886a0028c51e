import { z } from 'zod';
import { emailStatuses, opportunityRoles, type InterviewParticipant, type Person, type PostalAddress } from '../../domain/person';
import { id, type AllSame, type Same } from '../fields';

/** People as the contract carries them: the shapes are the domain's (shared/domain/person.ts). */
export const postalAddress = z.object({
  lines: z.array(z.string()),
  city: z.string(),
  region: z.string(),
  postalCode: z.string(),
  country: z.string(),
});

export const emailStatus = z.enum(emailStatuses);

export const person = z.object({
  id,
  fullName: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  title: z.string(),
  company: z.string(),
  email: z.string(),
  emailStatus,
  emailEvidence: z.string().optional(),
  phone: z.string(),
  address: postalAddress.nullable(),
  website: z.string(),
  linkedin: z.string(),
  cardCollected: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const opportunityRole = z.enum(opportunityRoles);

export const interviewParticipant = z.object({
  interviewId: id,
  person,
  roles: z.array(opportunityRole),
  topics: z.string(),
  learned: z.string(),
  rolePlan: z.string(),
  notes: z.string(),
});

export type { EmailStatus, InterviewParticipant, OpportunityRole, Person, PostalAddress } from '../../domain/person';

type _Shapes = AllSame<
  [
    Same<z.output<typeof postalAddress>, PostalAddress>,
    Same<z.output<typeof person>, Person>,
    Same<z.output<typeof interviewParticipant>, InterviewParticipant>,
  ]
>;
