import type { Tagger } from './noun-tagger';
import type { Sentence, WordToken } from './note-text';
import { words } from './note-text';

/**
 * Whether a note says something particular to this conversation: a project, a plan, a
 * number, a problem, a tool, a place, a person's account, something in the user's notes.
 * Every note to a company names the company and the role and says it "enjoyed the
 * conversation" and "the insight into the team"; none of that is a remark.
 */

/** Nouns every thank-you note uses: they never make a remark specific. */
export const GENERIC_NOUNS = new Set(
  `time times opportunity opportunities chance chances position positions role roles job jobs post posts opening openings vacancy vacancies
  interview interviews conversation conversations discussion discussions meeting meetings chat chats call calls talk talks visit visits tour tours
  lunch coffee team teams group groups colleague colleagues staff people person everyone everybody someone company companies organisation organization
  organisations organizations firm firms business businesses department departments office offices workplace place places environment industry industries
  field fields sector sectors region community communities culture cultures value values mission missions vision visions goal goals future growth direction
  impact work works insight insights information detail details overview experience experiences background backgrounds skill skills qualification
  qualifications ability abilities expertise strength strengths candidacy candidature application applications consideration process processes step steps
  day days today yesterday tomorrow morning mornings afternoon afternoons evening evenings week weeks weekend month months year years hour hours minute minutes
  moment moments pleasure honour honor privilege thought thoughts hospitality courtesy kindness welcome invitation energy enthusiasm passion commitment
  dedication professionalism quality attention challenge challenges responsibility responsibilities duty duties expectation expectations question questions
  answer answers thing things lot lots something anything everything nothing asset assets fit match reply replies response responses decision decisions
  news update updates career careers leadership customer customers client clients hour way ways kind sort part parts bit deal sense idea ideas case
  look approach approaches openness insightfulness job-related note notes email emails letter letters regards wishes thanks gratitude appreciation
  interest interests fact facts point points story stories account accounts example examples thing achievement achievements success successes
  effort efforts plan plans project projects problem problems area areas aspect aspects side sides level levels range opportunity-related member members
  manager managers leader leaders boss head heads interviewer interviewers panel panels service services dream hope hopes world none
  best finest greatest biggest smartest brightest
  insurer insurers bank banks hospital hospitals school schools store stores shop shops agency agencies studio studios press publisher publishers
  charity charities startup startups retailer retailers brand brands employer employers house clinic clinics university universities college colleges nonprofit`.split(/\s+/),
);

const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions dozen dozens half quarter percent'.split(' '),
);
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
// Closed-class words a tagger sometimes takes for nouns ("runs through the press").
const FUNCTION_WORDS = new Set('through throughout about above across after against along among around before behind below beneath beside between beyond during except inside near onto outside over past since toward towards under until upon within without'.split(' '));
const TITLES = new Set('mr mrs ms mx dr prof sir madam miss i'.split(' '));
// Where "my …" (the writer's own skills or past) stops: a verb, a conjunction, a pronoun.
const MY_PHRASE_END = new Set(
  'but that which who make makes made would will can could is are was were be been has have had to as so because when while where if than i you we they he she it'.split(' '),
);

export const singular = (w: string) => (w.length > 4 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

export interface SpecificContext {
  company: string;
  role: string;
  recipientName: string;
  /** Content words of the user's notes about this interviewer, generic words left out. */
  keywords: Set<string>;
}

/** The words of the user's notes worth finding in the note: not the company, the role, or words every note has. */
export function particularWords(notes: string[], company: string, role: string, stop: Set<string>): Set<string> {
  const generic = new Set(words(`${company} ${role}`).map((w) => singular(w.norm)));
  const out = new Set<string>();
  for (const n of notes) {
    for (const w of words(n)) {
      const k = singular(w.norm);
      if (w.norm.length >= 4 && !stop.has(w.norm) && !GENERIC_NOUNS.has(w.norm) && !GENERIC_NOUNS.has(k) && !generic.has(k)) out.add(k);
    }
  }
  return out;
}

/** Tokens of "my eight years of retail experience": the writer's own, not the conversation's. */
function ownPhrases(tokens: WordToken[], text: string, offset: number): Set<number> {
  const own = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm !== 'my') continue;
    for (let j = i + 1; j < tokens.length; j++) {
      const between = text.slice(tokens[j - 1]!.end - offset, tokens[j]!.start - offset);
      // A list goes on past its commas ("my skills, attention to detail and experience … would").
      if (/[.;:!?()]/.test(between) || MY_PHRASE_END.has(tokens[j]!.norm)) break;
      own.add(j);
    }
  }
  return own;
}

/**
 * true when a body sentence has something concrete; false when none has; null when that
 * takes the tagger and it has not loaded yet (the check then says nothing rather than guess).
 */
export function hasSpecificRemark(body: Sentence[], ctx: SpecificContext, tagger: Tagger | null): boolean | null {
  const framing = new Set(words(`${ctx.company} ${ctx.role} ${ctx.recipientName}`).map((w) => singular(w.norm)));
  const plain = (norm: string) => !framing.has(singular(norm)) && !CALENDAR.has(norm) && !TITLES.has(norm);
  const untagged: Array<{ sentence: Sentence; own: Set<number>; tokens: WordToken[] }> = [];
  for (const s of body) {
    const tokens = words(s.text, s.start);
    const own = ownPhrases(tokens, s.text, s.start);
    for (const [i, t] of tokens.entries()) {
      // Something from the user's notes about this interviewer.
      if (ctx.keywords.has(singular(t.norm))) return true;
      if (own.has(i)) continue;
      const next = tokens[i + 1]?.norm ?? '';
      const prev = tokens[i - 1]?.norm ?? '';
      // A number that is not a date, a time of day or how long the writer has done something.
      const number = /^\d/.test(t.norm) || NUMBER_WORDS.has(t.norm);
      if (number && !CALENDAR.has(next) && !CALENDAR.has(prev) && !/^(a\.?m|p\.?m|am|pm|o'clock|years?|months?|weeks?)$/.test(next) && !/^(19|20)\d\d$/.test(t.norm)) return true;
      // A name inside a sentence (a tool, a place, a person, a product) that is not the company's, the role's or theirs.
      if (i > 0 && /^\p{Lu}/u.test(t.text) && plain(t.norm) && prev !== 'dear') return true;
    }
    untagged.push({ sentence: s, own, tokens });
  }
  if (!tagger) return null;
  for (const { sentence, own, tokens } of untagged) {
    const terms = tagger.terms(sentence.text);
    let cursor = 0;
    for (const term of terms) {
      const at = sentence.text.indexOf(term.text, cursor);
      if (at < 0) continue;
      cursor = at + term.text.length;
      if (!term.noun) continue;
      // The word as the note has it: the writer's own phrases and hyphenated modifiers (world-class, month-end) are left out.
      const index = tokens.findIndex((t) => t.start - sentence.start <= at && t.end - sentence.start > at);
      const token = tokens[index];
      if (!token || own.has(index) || token.text.includes('-')) continue;
      const norm = token.norm;
      if (norm.length < 3 || FUNCTION_WORDS.has(norm) || GENERIC_NOUNS.has(norm) || GENERIC_NOUNS.has(singular(norm)) || !plain(norm)) continue;
      return true;
    }
  }
  return false;
}
