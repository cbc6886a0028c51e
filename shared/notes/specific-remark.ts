import { FUNCTION_WORDS, PREPOSITIONS, TIME_WORDS } from './function-words';
import type { TaggedTerm, Tagger } from './noun-tagger';
import type { Sentence, WordToken } from './note-text';
import { foldWord, words } from './note-text';

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
  news update updates outcome outcomes career careers leadership customer customers client clients hour way ways kind sort part parts bit deal sense idea ideas case
  look approach approaches openness insightfulness job-related note notes email emails letter letters regards wishes thanks gratitude appreciation
  interest interests fact facts point points story stories account accounts example examples thing achievement achievements success successes
  effort efforts plan plans project projects problem problems area areas aspect aspects side sides level levels range opportunity-related member members
  manager managers leader leaders boss head heads interviewer interviewers panel panels service services dream hope hopes world none
  best finest greatest biggest smartest brightest
  insurer insurers bank banks hospital hospitals school schools store stores shop shops agency agencies studio studios press publisher publishers
  charity charities startup startups retailer retailers brand brands employer employers house clinic clinics university universities college colleges nonprofit
  city cities town towns state states country countries nation nations land market markets everywhere shot go try
  learner learners player players worker workers communicator self-starter candidate candidates addition professional professionals family
  product products offering offerings initiative initiatives strategy strategies objective objectives target targets task tasks need needs
  technology technologies space spaces`.split(/\s+/),
);

const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions dozen dozens half quarter percent'.split(
    ' ',
  ),
);
const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
// The verbs that carry no topic of their own, in all their forms: "wants to cut…", "needs…", "keeps…".
const LIGHT_VERBS = new Set(
  `want wants wanted wanting need needs needed needing like likes liked make makes made making take takes took taken taking give gives gave given giving
  get gets got getting keep keeps kept keeping hope hopes hoped hoping plan plans planned planning try tries tried trying seem seems seemed come comes came coming
  goes went gone going know knows knew known think thinks thought say says said tell tells told use uses used using look looks looked looking
  help helps helped find finds found feel feels felt show shows showed shown mean means meant become becomes became`.split(/\s+/),
);

/**
 * Nouns of qualities, feelings and judgements: what a note says about a company or the
 * writer without naming anything ("its commitment to innovation", "your firm's reputation",
 * "someone of your caliber", "I have no doubt"). Most are made with an abstract suffix, so
 * the suffix is the test; these are the common ones that have none.
 */
const ABSTRACT_SUFFIX = /(?:tion|sion|ment|ness|ity|ance|ence|ancy|ency|ship|ism|hood|dom|acy|tude)s?$/;
const ABSTRACT = new Set(
  `doubt doubts caliber calibre talent talents vision ethos spirit trust pride respect care support drive attitude attitudes ethic ethics atmosphere vibe
  energy warmth knowledge insight standard standards focus sense feel feeling feelings impression impressions picture understanding belief beliefs faith
  heart mind minds soul love joy delight potential progress purpose ambition ambitions aim aims priority priorities strength excitement eagerness
  reputation innovation excellence integrity passion quality qualities diversity inclusion sustainability teamwork collaboration creativity flexibility
  honesty candour candor openness generosity patience humility confidence curiosity motivation praise admiration gratitude awe wonder design analysis reason reasons`.split(
    /\s+/,
  ),
);
const TITLES = new Set("mr mrs ms mx dr prof sir madam miss ma'am i".split(' '));
// A word after these is a verb the tagger took for a noun ("that runs through the press", "it rains").
const VERB_CONTEXT = new Set('that which who it he she they we you i to will would can could should must may might'.split(' '));
// Where a clause about the writer ("I am a quick learner", "I have used route software", "I can start in May") starts, and what ends it.
const SELF_VERBS = new Set(['am', 'have', 'can', 'could']);
const SELF_START = new Set(["i'm", "i've"]);
const CLAUSE_END = new Set('how what why when where whether which who that if because while since though although so but'.split(' '));
// "I have been thinking about the no-show rate" is about their thing: thinking, not having.
const EXPERIENCE = new Set(
  'used worked done led managed run handled built automated trained taught supervised coordinated organised organized developed designed held served spent completed covered volunteered studied continued gained earned finished'.split(
    ' ',
  ),
);
const IDEAS = new Set(['idea', 'ideas', 'thought', 'thoughts', 'suggestion', 'suggestions', 'question', 'questions']);
const COGNITION = new Set('been thinking mulling reflecting wondering considering pondering looking reading struck impressed interested glad'.split(' '));
// Verbs after "I" that are not about the writer: thinking, perceiving, wanting, saying, thanking ("I think the queue…", "I hope to…", "I mention this…").
const NOT_ABOUT_ME = new Set(
  `think know believe understand wonder reckon hope want wish need look see hear feel expect agree remember recall imagine suppose guess suspect doubt realise realize
  appreciate thank promise assure mention mean say tell ask admire respect trust remain like love notice gather trust bet fear worry regret apologise apologize
  look forward keep would will can could shall should may might must do does did am have was were`.split(/\s+/),
);
// Past forms without -ed: "I found the template" is an act, not a habit.
const IRREGULAR_PAST = new Set(
  `was were had did made took saw met found kept ran led built spent went got gave told said thought felt knew left brought bought sent wrote drew drove came became
  began sat stood heard held paid put read set cut hit let shut taught caught fought sought lost won sold understood forgot chose spoke broke woke rode rose grew
  threw flew blew ate fell meant learnt dealt burnt dreamt`.split(/\s+/),
);
// A second predicate of the writer's: "… and have worked for two years", "… and am not afraid to ask".
const SECOND_PREDICATE = /^(?:have|has|am|was)$/;
// A subject or a finite verb: what makes the words after "and" a clause of their own.
const SUBJECTS = new Set('i you he she it we they there this these those who which'.split(' '));
const FINITE = new Set('is are was were am has have had will would can could should may might must do does did'.split(' '));
const DETERMINERS = new Set('the a an this that these those my our your their his her its every each any some'.split(' '));
// Where "my …" (the writer's own skills or past) stops: a verb, a conjunction, a pronoun.
const MY_PHRASE_END = new Set(
  'but that which who make makes made would will can could is are was were be been has have had to as so because when while where if than i you we they he she it'.split(
    ' ',
  ),
);

export const singular = (w: string) =>
  w.length > 4 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;

export interface SpecificContext {
  company: string;
  role: string;
  recipientName: string;
  /** Content words of the user's notes about this interviewer, generic words left out. */
  keywords: Set<string>;
}

/**
 * The words of the user's notes worth finding in the note: not the company or the role,
 * no function or time word ("still", "every", "last fall"), no light verb ("wants",
 * "needs"), no word every note has: the notes' things, which a note about them names.
 */
export function particularWords(notes: string[], company: string, role: string, stop: Set<string>): Set<string> {
  const generic = new Set(words(`${company} ${role}`).map((w) => singular(w.norm)));
  const out = new Set<string>();
  for (const n of notes) {
    for (const w of words(n)) {
      const k = singular(w.norm);
      if (
        w.norm.length < 4 ||
        stop.has(w.norm) ||
        isFunctionWord(w) ||
        LIGHT_VERBS.has(w.norm) ||
        TIME_WORDS.has(w.norm) ||
        TIME_WORDS.has(k) ||
        CALENDAR.has(w.norm)
      )
        continue;
      if (!GENERIC_NOUNS.has(w.norm) && !GENERIC_NOUNS.has(k) && !generic.has(k)) out.add(k);
    }
  }
  return out;
}

/** "I've", "So", "Thank": the closed-class words, whichever apostrophe and capitals they are written with. */
export function isFunctionWord(t: WordToken): boolean {
  return FUNCTION_WORDS.has(t.norm) || FUNCTION_WORDS.has(t.text.toLowerCase().replace(/’/g, "'"));
}

/**
 * Tokens that are about the writer, not the conversation: "my eight years of retail
 * experience", "I am a quick learner and a good team player", "I have used route software
 * before", "I can start in May", "I handled dispatch of 400 cartons a day", "I work well
 * under pressure". A clause of the writer runs on through a list ("SQL, Python and Excel",
 * "a fast learner, a team player") and a second predicate of the same kind ("… and have
 * worked for two years"), and stops where another clause starts: a subordinator, a new
 * subject ("…, and I work…", "…, and watching the boss fight was…").
 */
function ownPhrases(tokens: WordToken[], text: string, offset: number): Set<number> {
  const own = new Set<number>();
  const gap = (j: number) => text.slice(tokens[j - 1]!.end - offset, tokens[j]!.start - offset);
  const lower = (j: number) => (tokens[j]?.text ?? '').toLowerCase().replace(/’/g, "'");
  // A full stop inside a token run ("B.Com", "3.5") joins; one before a space ends the clause.
  const stops = (j: number) => /[;:!?()—–]|[.]\s/.test(gap(j)) || (/[.]/.test(gap(j)) && /\s/.test(gap(j)));
  const capitalised = (j: number) => /^\p{Lu}/u.test(tokens[j]?.text ?? '') && !FUNCTION_WORDS.has(lower(j));
  // What follows "and" up to the next stop starts a clause of its own when it has a verb or a subject of its own.
  const newClause = (from: number) => {
    for (let k = from; k < tokens.length && k < from + 8; k++) {
      const w = lower(k);
      if (k > from && (stops(k) || /,/.test(gap(k)))) return false;
      if (SUBJECTS.has(w) || FINITE.has(w) || CLAUSE_END.has(w) || (k === from && /ing$/.test(w) && w.length > 5 && DETERMINERS.has(lower(k + 1)))) return true;
      if (/ed$/.test(w) && w.length > 4 && !DETERMINERS.has(lower(k - 1))) return true;
    }
    return false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = lower(i);
    const mine = t === 'my';
    const contracted = SELF_START.has(t);
    let k = i + 1;
    while (t === 'i' && (/^(?:also|still|always|never|already|often|usually|just)$/.test(lower(k)) || /ly$/.test(lower(k)))) k++;
    const verb = lower(k);
    // "I handled", "I have", "I work": experience, attributes and habits; "I think", "I liked your idea", "I found the template" are about them or an act for them.
    // "I never missed a deadline", "I always double-check": an adverb of frequency makes a habit of any verb.
    const frequent = tokens.slice(i + 1, k).some((x) => /^(?:always|never|usually|often|rarely|seldom)$/.test(x.norm));
    const habit =
      t === 'i' &&
      !contracted &&
      !NOT_ABOUT_ME.has(verb) &&
      (frequent ||
        EXPERIENCE.has(verb) ||
        (!FUNCTION_WORDS.has(verb) && !NOT_ABOUT_ME.has(verb) && !/(?:ed|s)$/.test(verb) && !IRREGULAR_PAST.has(verb) && /^[a-z]+$/.test(verb)));
    // "I was responsible for the weekly reports", "I was part of a team": a past role; "I was glad to hear…" is about them.
    const role = t === 'i' && lower(i + 1) === 'was' && /^(?:responsible|in|part|a|an|the|one)$/.test(lower(i + 2));
    const self = contracted || (t === 'i' && SELF_VERBS.has(lower(i + 1))) || habit || role;
    if (!mine && !self) continue;
    if (self && !habit) {
      // The first word after the verb, past adverbs: "I am eagerly waiting" is an action, "I have been thinking" about their thing.
      let k = contracted ? i + 1 : i + 2;
      while (/ly$/.test(lower(k)) || lower(k) === 'also' || lower(k) === 'still') k++;
      const next = lower(k);
      if (COGNITION.has(next) || (next.endsWith('ing') && (t === "i'm" || lower(i + 1) === 'am')) || tokens.slice(k, k + 3).some((x) => IDEAS.has(x.norm)))
        continue;
      // "I have used", "I've worked", "I have strong skills": experience and attributes; "I have attached the layout for your opening" is an act for them.
      const having = t === "i've" || lower(i + 1) === 'have';
      if (
        having &&
        !EXPERIENCE.has(next) &&
        !/^(?:a|an|strong|good|solid|excellent|extensive|several|many|some|years|experience|skills|\d+)$/.test(next) &&
        !NUMBER_WORDS.has(next)
      )
        continue;
    }
    if (habit && COGNITION.has(lower(k + 1))) continue;
    for (let j = i + 1; j < tokens.length; j++) {
      const n = lower(j);
      const comma = /,/.test(gap(j));
      if (stops(j) || (mine && MY_PHRASE_END.has(n))) break;
      // "my dream studio, and watching the boss fight…": the writer's phrase ends where a clause of its own starts.
      if (mine && comma && /^(?:and|but|or|so|yet)$/.test(n) && newClause(j + 1)) break;
      if (self) {
        // "the project I led was a photo triage step": the verb of another clause ends the writer's.
        // "build on that foundation": after a preposition "that" is a determiner, not a new clause.
        if (
          (CLAUSE_END.has(n) && !(n === 'that' && PREPOSITIONS.has(lower(j - 1)))) ||
          (FINITE.has(n) && j > k && !FINITE.has(lower(j - 1)) && !/^(?:and|also)$/.test(lower(j - 1)))
        )
          break;
        // "SQL, Python and Excel", "a fast learner, a team player": a list goes on; "I am keen, and…" does not.
        if (comma && !(n === 'a' || n === 'an' || capitalised(j) || (!FUNCTION_WORDS.has(n) && !SUBJECTS.has(n)))) break;
        if (n === 'and' || n === 'but' || n === 'or') {
          let a = j + 1;
          while (/ly$/.test(lower(a))) a++;
          const after = lower(a);
          const same =
            after === 'a' || after === 'an' || capitalised(a) || SECOND_PREDICATE.test(after === 'also' ? lower(j + 2) : after) || EXPERIENCE.has(after);
          // A verb of its own takes an object ("and love the idea of…"); a list item does not ("attendance and reading progress").
          const ownVerb = DETERMINERS.has(lower(a + 1)) || SUBJECTS.has(lower(a + 1)) || lower(a + 1) === 'to';
          if (!same && (n !== 'and' || newClause(j + 1) || (!DETERMINERS.has(after) && ownVerb))) break;
        }
      }
      own.add(j);
    }
  }
  return own;
}

/** A body sentence with its words and which of them are the writer's own (ownPhrases). */
export interface ReadSentence {
  sentence: Sentence;
  tokens: WordToken[];
  own: Set<number>;
}

/**
 * Each body sentence with its words, worked out once for every check that reads them.
 * `tokens`: the note's words, when the caller has them already (in reading order).
 */
export function readBody(body: Sentence[], tokens?: WordToken[]): ReadSentence[] {
  let k = 0;
  return body.map((sentence) => {
    let mine: WordToken[];
    if (tokens) {
      while (k < tokens.length && tokens[k]!.start < sentence.start) k++;
      const from = k;
      while (k < tokens.length && tokens[k]!.end <= sentence.end) k++;
      mine = tokens.slice(from, k);
    } else mine = words(sentence.text, sentence.start);
    return { sentence, tokens: mine, own: ownPhrases(mine, sentence.text, sentence.start) };
  });
}

/** The words of the body that are not about the writer (see ownPhrases): where a remark about them can be. */
export function wordsAboutThem(read: ReadSentence[]): WordToken[] {
  return read.flatMap((r) => r.tokens.filter((_, i) => !r.own.has(i)));
}

/** Nouns that name no thing by what they are: every note's nouns, times, qualities and judgements. */
function vague(norm: string): boolean {
  return TIME_WORDS.has(norm) || GENERIC_NOUNS.has(norm) || GENERIC_NOUNS.has(singular(norm)) || ABSTRACT.has(norm) || ABSTRACT_SUFFIX.test(norm);
}

/**
 * A noun that names no particular thing by the way it is used, whatever the noun:
 * - alone after a preposition, no article, no modifier, singular: an idiom or a kind
 *   ("under pressure", "in regard to", "in practice", "passionate about data");
 * - the company's own, said of any company: "its" or "the firm's" and the noun alone
 *   ("the firm and its practice", "the company's values");
 * - any one at all: "any further documents", "any questions".
 */
function refersToNothing(
  sentence: Sentence,
  tokens: WordToken[],
  index: number,
  term: TaggedTerm,
  next: TaggedTerm | undefined,
  prevTerm: TaggedTerm | undefined,
  framing: Set<string>,
): boolean {
  const prev = tokens[index - 1];
  const spaced = prev !== undefined && /^\s+$/.test(sentence.text.slice(prev.end - sentence.start, tokens[index]!.start - sentence.start));
  const alone = !next?.noun;
  // "under pressure", and "outside of work and study".
  // "of" + noun is mostly a quantity's substance ("a lot of cleanup"), but a preposition in "outside of", "instead of".
  const preposition = (at: number) =>
    PREPOSITIONS.has(tokens[at]?.norm ?? '') &&
    (tokens[at]!.norm !== 'of' || PREPOSITIONS.has(tokens[at - 1]?.norm ?? '') || tokens[at - 1]?.norm === 'instead');
  const afterPreposition = preposition(index - 1) || (/^(?:and|or)$/.test(prev?.norm ?? '') && preposition(index - 3));
  if (spaced && alone && !term.plural && !term.proper && afterPreposition) return true;
  // A bare plural straight after a verb names a kind: "communicate findings clearly", "share ideas openly".
  if (spaced && alone && term.plural && !term.proper && prevTerm?.verb) return true;
  // "the working of a last-mile company": a verb made a noun, as "the operation of" is.
  if (/ing$/.test(tokens[index]!.norm) && tokens[index + 1]?.norm === 'of') return true;
  const owner = prev?.norm.replace(/'s$/, '') ?? '';
  if (spaced && alone && (prev.norm === 'its' || (/'s$/.test(prev.norm) && (GENERIC_NOUNS.has(owner) || framing.has(owner))))) return true;
  // "The Grand Majestic Hotel is a well-known name": what the company is, said of it as a whole.
  const copula = tokens.findIndex((t) => t.norm === 'is' || t.norm === 'was' || t.norm === 'has');
  if (
    copula > 0 &&
    copula < index &&
    index - copula <= 4 &&
    /^an?$/.test(tokens[copula + 1]?.norm ?? '') &&
    tokens.slice(0, copula).every((t) => t.norm === 'the' || framing.has(singular(t.norm)))
  )
    return true;
  const before = [tokens[index - 1]?.norm, tokens[index - 2]?.norm];
  return before[0] === 'any' || (before[1] === 'any' && /^(?:further|other|more|additional|extra|such)$/.test(before[0] ?? ''));
}

/**
 * true when a body sentence has something concrete; false when none has; null when that
 * takes the tagger and it has not loaded yet (the check then says nothing rather than guess).
 */
export function hasSpecificRemark(body: Sentence[] | ReadSentence[], ctx: SpecificContext, tagger: Tagger | null): boolean | null {
  const e = specificEvidence(body, ctx, tagger);
  return e === null ? null : e !== false;
}

/** What makes the note specific (the word and why), false when nothing does, null when the tagger is needed and not loaded. */
export function specificEvidence(body: Sentence[] | ReadSentence[], ctx: SpecificContext, tagger: Tagger | null): { word: string; why: string } | false | null {
  const framing = new Set(words(`${ctx.company} ${ctx.role} ${ctx.recipientName}`).map((w) => singular(w.norm)));
  const plain = (norm: string) => !framing.has(singular(norm)) && !CALENDAR.has(norm) && !TITLES.has(norm);
  const read = body.length > 0 && 'sentence' in body[0]! ? (body as ReadSentence[]) : readBody(body as Sentence[]);
  for (const { tokens, own } of read) {
    for (const [i, t] of tokens.entries()) {
      if (own.has(i)) continue;
      // Something from the user's notes about this interviewer.
      if (ctx.keywords.has(singular(t.norm))) return { word: t.text, why: 'notes' };
      const next = tokens[i + 1]?.norm ?? '';
      const prev = tokens[i - 1]?.norm ?? '';
      // A number that is not a date, a time of day or how long the writer has done something.
      const number = /^\d/.test(t.norm) || NUMBER_WORDS.has(t.norm);
      if (
        number &&
        !CALENDAR.has(next) &&
        !CALENDAR.has(prev) &&
        !/^(a\.?m|p\.?m|am|pm|o'clock|years?|months?|weeks?)$/.test(next) &&
        !/^(19|20)\d\d$/.test(t.norm)
      )
        return { word: t.text, why: 'number' };
      // A name inside a sentence (a tool, a place, a person, a product) that is not the company's, the role's or theirs.
      // "I'm", "So", "Thank" and a shouted "SO" are words, not names.
      if (i > 0 && /^\p{Lu}/u.test(t.text) && plain(t.norm) && prev !== 'dear' && !isFunctionWord(t)) return { word: t.text, why: 'name' };
    }
  }
  if (!tagger) return null;
  for (const { sentence, own, tokens } of read) {
    const terms = tagger.terms(sentence.text);
    let cursor = 0;
    for (const [ti, term] of terms.entries()) {
      const at = sentence.text.indexOf(term.text, cursor);
      if (at < 0) continue;
      cursor = at + term.text.length;
      if (!term.noun) continue;
      // The word as the note has it: the writer's own phrases and hyphenated modifiers (world-class, month-end) are left out.
      const index = tokens.findIndex((t) => t.start - sentence.start <= at && t.end - sentence.start > at);
      const token = tokens[index];
      if (!token || own.has(index) || token.text.includes('-')) continue;
      const norm = token.norm;
      if (norm.length < 3 || isFunctionWord(token) || vague(norm) || !plain(norm) || VERB_CONTEXT.has(tokens[index - 1]?.norm ?? '')) continue;
      // A noun before another is judged by the last, the thing named: "customer service", "dashboard design", "team player" name no thing.
      let head = ti;
      while (terms[head + 1]?.noun && !terms[head + 1]!.proper && /^[\p{L}'’]+$/u.test(terms[head + 1]!.text)) head++;
      if (head > ti && vague(foldWord(terms[head]!.text))) continue;
      if (refersToNothing(sentence, tokens, index, term, terms[ti + 1], terms[ti - 1], framing)) continue;
      return { word: token.text, why: 'noun' };
    }
  }
  return false;
}
