import path from 'node:path';
import type { InputOf, OutputOf } from '../../../../../shared/api/contract';
import type { MethodName } from '../../../../../shared/api/method-names';

export type Must = <M extends MethodName>(method: M, input: InputOf<M>) => Promise<OutputOf<M>>;

/**
 * A job search written the way a person writes it, through the API, so that every table the
 * data lives in holds rows (the export round trip checks that none is empty): names in many
 * scripts, an address, notes, a review, a rejection with feedback, follow-up drafts handed to
 * the mail app, a letter in the print queue, a printer offset, a calendar export, settings,
 * someone imported from a vCard with their photo.
 */
/** How a test answers the core's file dialogs. */
export interface DialogAnswers {
  save(file: string): void;
  open(files: string[]): void;
}

/** A vCard with the person's photo (sabre/vobject's test card, a 320 px JPEG): a card photo kept from a contact file. */
const CARD_WITH_PHOTO = path.resolve(__dirname, '../../../../fixtures/vcards/sabre-vobject/issue153.vcf');

export async function fillEveryTable(must: Must, dialogs: DialogAnswers, folder: string, company = 'Northwind Traders') {
  await must('settings.update', { yourName: 'Zoë Łukasz-Ελένη', returnAddress: '12 Rue de la Paix\n75002 Paris' });
  await must('followThrough.updateSettings', { timeZone: 'Europe/Paris', country: 'FR' });
  const opportunity = await must('opportunities.create', { company, role: 'Operations Analyst', notes: 'Ask about the Łódź depot.' });
  await must('plan.updateContext', { opportunityId: opportunity.id, largeCompany: true, decisionDate: '2026-04-01' });
  const interview = await must('interviews.create', { opportunityId: opportunity.id, date: '2026-03-10', startTime: '10:00', title: 'Panel' });
  await must('plan.setInterviewTimeZone', { interviewId: interview.id, timeZone: 'Europe/Berlin' });
  const ana = await must('people.create', {
    fullName: 'Ana Lima',
    title: 'Head of Planning',
    company,
    email: 'ana.lima@northwind.example',
    phone: '+44 20 7946 0000',
    address: { lines: ['1 Harbour Way', 'Floor 3'], city: 'Leeds', region: '', postalCode: 'LS1 4AP', country: 'GB' },
  });
  const wei = await must('people.create', { fullName: '王伟', company, title: 'Forecasting' });
  await must('participants.add', { interviewId: interview.id, personId: ana.id });
  await must('participants.add', { interviewId: interview.id, personId: wei.id });
  await must('participants.update', { interviewId: interview.id, personId: ana.id, topics: 'Depot rollout', learned: 'Telematics first' });
  await must('people.setRoles', { opportunityId: opportunity.id, personId: ana.id, roles: ['interviewer', 'hiring-manager'] });
  await must('notes.save', { interviewId: interview.id, personId: ana.id, kind: 'email', subject: 'Thank you', body: 'Thank you for your time on Tuesday.' });
  await must('notes.save', { interviewId: interview.id, personId: wei.id, kind: 'letter', body: 'Dear Wei, thank you for the forecast walk-through.' });
  await must('noteTemplates.save', { name: 'Short thanks', kind: 'email', body: 'Thank you, {firstName}.' });
  await must('plan.markStep', { interviewId: interview.id, key: 'review', action: 'done' });
  await must('plan.saveStepNote', { interviewId: interview.id, key: 'follow-up', note: 'Mention the pilot idea.' });
  await must('review.save', {
    interviewId: interview.id,
    questions: [{ question: 'Why logistics?', answer: 'Too long', betterAnswer: 'Two sentences', weak: true }],
    wentWell: 'Case study',
    wentBadly: 'Salary question',
    doDifferently: 'Prepare numbers',
    rapport: 'strong',
    rapportNote: '',
    goodPlace: 'yes',
    goodPlaceNote: 'Kind team',
  });
  // Exported while the plan still has steps ahead.
  dialogs.save(path.join(folder, 'plan.ics'));
  await must('plan.exportCalendar', { opportunityId: opportunity.id });
  await must('outcome.set', { interviewId: interview.id, kind: 'rejection', decidedOn: '2026-03-20' });
  await must('feedback.add', { interviewId: interview.id, source: 'Recruiter', reasons: ['skills-gap'], concern: 'Wanted WMS experience' });
  const draft = {
    interviewId: interview.id,
    stage: 'feedback',
    personId: ana.id,
    subject: 'Feedback',
    body: 'Could you share what tipped it?',
    edited: true,
  } as const;
  await must('drafts.save', draft);
  await must('followThrough.openDraftInMailApp', draft);
  await must('printQueue.addLetter', { personId: ana.id, interviewId: interview.id, body: 'Dear Ana, thank you.' });
  await must('printers.setOffset', { printer: 'PDF', xMm: 1.5, yMm: -0.5 });
  // Someone from an address book, with their photo (card_photos, a blob).
  dialogs.open([CARD_WITH_PHOTO]);
  const chosen = await must('contacts.chooseImportFile', {});
  if (chosen.kind !== 'vcard') throw new Error(`expected a vCard, got ${chosen.kind}`);
  const imported = await must('contacts.import', { token: chosen.token, company: '', actions: ['create'] });
  if (imported.photos !== 1) throw new Error(`expected the card's photo kept, got ${JSON.stringify(imported)}`);
  return { opportunity, interview, ana, wei };
}
