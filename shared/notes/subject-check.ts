import type { Finding } from './finding';
import { FUNCTION_WORDS, TIME_WORDS } from './function-words';
import { gaps, words } from './note-text';
import { GENERIC_NOUNS } from './specific-remark';
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
    return [
      {
        kind: 'structure',
        severity: 'warning',
        message: `The subject is empty. A short one such as “Thank you — ${ctx.role || 'interview'}” tells them what it is.`,
        span: null,
      },
    ];
  }
  // A subject is judged as a subject: often in title case, and "Thank You!" is a common, mild form.
  const out = wordingFindings(subject, ctx, [], undefined, { subject: true });
  if (speller)
    out.push(...spellingFindings(subject, speller, { recipientName: ctx.recipientName, otherNames: ctx.otherNames, knownText: ctx.knownText }, options));
  out.push(...otherCompany(subject, ctx));
  for (const g of gaps(subject))
    out.push({ kind: 'gap', severity: 'warning', message: `Fill in the gap in the subject: ${g.label}.`, span: { start: g.start, end: g.end } });
  return out;
}

// The last word of an organisation's name: "Falcon Logistics Ltd", "Acme Health", "Riverside Library".
const ORGANISATION =
  /^(?:ltd|limited|inc|llc|llp|plc|pvt|corp|corporation|company|co|group|holdings|industries|technologies|solutions|services|systems|partners|associates|consulting|labs|bank|insurance|health|foundation|trust|university|college|school|hospital|clinic|library|agency|studio|studios|media|press|logistics|freight|software|foods|markets|energy)\.?$/i;
const CAPITALISED_RUN = /(?:\b(at|with)\s+(?:the\s+)?)?((?:\p{Lu}[\p{L}\p{N}'’&.-]*)(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*)*)/gu;

/**
 * A subject that names another employer ("Dispatch Coordinator interview at Falcon
 * Logistics" on a note to Kestrel Freight) was left over from another application: the
 * one mistake in a subject that must be fixed before sending. A name counts when "at" opens
 * it or it ends like an organisation's ("Interview with Hannah Pryce" may be a person), and nothing in it is this company's, role's, or a
 * person's at this interview, or a word any subject has ("Office", "Tuesday").
 */
function otherCompany(
  subject: string,
  ctx: Pick<NoteContext, 'company' | 'role' | 'recipientName'> & Pick<SpellingContext, 'otherNames' | 'knownText'>,
): Finding[] {
  const own = new Set(words([ctx.company, ctx.role, ctx.recipientName, ...ctx.otherNames, ctx.knownText].join(' ')).map((w) => w.norm));
  const out: Finding[] = [];
  for (const m of subject.matchAll(CAPITALISED_RUN)) {
    const name = m[2]!;
    const parts = words(name);
    const last = parts[parts.length - 1]?.text ?? '';
    // "at" opens a place of work; after "with" a person is as likely, so only an organisation's ending tells.
    if (m[1]?.toLowerCase() !== 'at' && !(parts.length >= 2 && ORGANISATION.test(last))) continue;
    if (parts.some((w) => own.has(w.norm))) continue;
    if (
      parts.every(
        (w) =>
          FUNCTION_WORDS.has(w.norm) ||
          TIME_WORDS.has(w.norm) ||
          GENERIC_NOUNS.has(w.norm) ||
          /^(thank|thanks|interview|follow|up|re|fwd|head|hq)$/.test(w.norm),
      )
    )
      continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push({
      kind: 'structure',
      severity: 'error',
      message: `The subject names “${name}”, but this note is to ${ctx.company || 'another company'}: it looks left over from another application.`,
      span: { start, end: start + name.length },
    });
  }
  return out;
}
