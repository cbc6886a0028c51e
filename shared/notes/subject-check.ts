import type { Finding } from './finding';
import { gaps } from './note-text';
import { spellingFindings, type Speller, type SpellingContext } from './spelling';
import { wordingFindings, type NoteContext } from './tone-check';

/** The subject line is read first: the same wording and spelling checks as the text, and its gaps. */
export function subjectFindings(
  subject: string,
  speller: Speller | null,
  ctx: Pick<NoteContext, 'company' | 'role' | 'recipientName' | 'notes'> & Pick<SpellingContext, 'otherNames' | 'knownText'>,
  options: { suggest?: boolean } = {},
): Finding[] {
  if (subject.trim() === '') {
    return [{ kind: 'structure', severity: 'warning', message: `The subject is empty. A short one such as “Thank you — ${ctx.role || 'interview'}” tells them what it is.`, span: null }];
  }
  // A subject is judged as a subject: often in title case, and "Thank You!" is a common, mild form.
  const out = wordingFindings(subject, ctx, [], undefined, { subject: true });
  if (speller) out.push(...spellingFindings(subject, speller, { recipientName: ctx.recipientName, otherNames: ctx.otherNames, knownText: ctx.knownText }, options));
  for (const g of gaps(subject)) out.push({ kind: 'gap', severity: 'warning', message: `Fill in the gap in the subject: ${g.label}.`, span: { start: g.start, end: g.end } });
  return out;
}
