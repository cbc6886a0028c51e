/**
 * Whether a note says the writer still wants the job. The wordings are many ("I remain
 * interested", "I would be glad to join", "I'd be pleased to come on board", "I should be
 * very glad to be offered the post", "I hope to have the opportunity to join your team"),
 * so a sentence is read as its parts, not matched against whole phrases: the writer (I, me,
 * my) + a wish (keen, glad, delighted, hope, would like, would welcome…) + the job as its
 * object (join, the role, an offer, come on board, work with you, help the team…), within
 * one clause. The writer must be the one who wants it ("the team seemed excited" is not), a
 * question only implies it, and hoping to hear back ("I look forward to hearing from you")
 * asks for a reply without saying the writer wants the job.
 */

// The writer's wish, as adjectives ("keen"), verbs ("hope", "welcome") or both ("look forward").
const WISH_WORDS = new Set(
  `interested keen eager enthusiastic excited thrilled delighted glad happy pleased honoured honored privileged proud ready
  love like hope hoping want wish welcome relish enjoy aspire need forward wait`.split(/\s+/),
);
// Wishes that say enough alone when the writer holds them now: "I remain interested", "I'm still keen".
const STANDING_WISH = new Set(['interested', 'keen', 'eager', 'enthusiastic']);
// Words a misspelled wish is recognised by ("intrested", "enthusiatic"): long enough that one slip is still that word.
const FUZZY = ['interested', 'enthusiastic', 'delighted', 'opportunity', 'position', 'receive', 'considered', 'interest'];

// The job, as what is wished for: joining, working there, the role, an offer, being considered.
const JOB_VERBS = new Set(
  `join joining work working contribute contributing help helping bring bringing build building lead leading support supporting start starting
  begin beginning started serve serving accept accepting take taking continue continuing become becoming`.split(/\s+/),
);
const JOB_NOUNS = new Set(`role job position post opening vacancy offer opportunity chance candidacy candidature application`.split(/\s+/));
// Phrases that are the job in one piece.
const JOB_PHRASES = [
  /\bbe (?:a )?part\b/,
  /\bbecome (?:a )?part\b/,
  /\bon board\b/,
  /\baboard\b/,
  /\bbe (?:offered|considered|selected|chosen|hired|appointed)\b/,
  /\bwork (?:with|for|at|on|alongside|together|under|in|as)\b/,
  /\bmy career\b/,
];
// Objects that make a standing wish about something else: "interested to hear", "keen to learn more about the tools".
const NOT_THE_JOB = new Set([
  'hear',
  'hearing',
  'learn',
  'learning',
  'see',
  'seeing',
  'know',
  'read',
  'reading',
  'find',
  'talk',
  'speak',
  'chat',
  'discuss',
  'answer',
  'provide',
  'send',
  'share',
  'meet',
]);
// Another person or thing holds the feeling: "you are pleased", "the team seemed excited".
const OTHER_SUBJECT = new Set([
  'you',
  'he',
  'she',
  'they',
  'we',
  'it',
  'this',
  'these',
  'those',
  'there',
  'team',
  'everyone',
  'parents',
  'staff',
  'who',
  'which',
]);
// A first-person modal offering the work itself: "I would bring the same habits", "and would be glad to help".
const MODALS = new Set(['would', 'will', 'shall', "i'd", "i'll"]);
const FIRST_PERSON = new Set(['i', "i'm", "i'd", "i'll", "i've", 'me', 'my', 'myself']);

const WINDOW = 9;

/** One slip of a long word: a letter dropped, added, changed or two swapped. */
function oneSlip(word: string, target: string): boolean {
  if (word === target || Math.abs(word.length - target.length) > 1 || word[0] !== target[0]) return false;
  let i = 0;
  while (i < word.length && i < target.length && word[i] === target[i]) i++;
  const rest = (a: string, b: string) => a === b;
  return (
    rest(word.slice(i + 1), target.slice(i + 1)) ||
    rest(word.slice(i), target.slice(i + 1)) ||
    rest(word.slice(i + 1), target.slice(i)) ||
    (word[i] === target[i + 1] && word[i + 1] === target[i] && rest(word.slice(i + 2), target.slice(i + 2)))
  );
}

function normalise(token: string): string {
  if (token.length < 6) return token;
  for (const t of FUZZY) if (oneSlip(token, t)) return t;
  return token;
}

/** The clauses of a sentence as lower-case words; "; " and " — " start a new one, commas do not. */
function clauses(sentence: string): string[][] {
  const lower = sentence.toLowerCase().replace(/[’‘]/g, "'");
  return lower
    .split(/[;:—–()]|\s-\s|[.?!](?=\s|$)/)
    .map((c) => (c.match(/[a-z][a-z']*/g) ?? []).map(normalise))
    .filter((c) => c.length > 0);
}

const PREDICATE_START = new Set([
  'remain',
  'am',
  'would',
  'will',
  'shall',
  'be',
  'still',
  'also',
  'very',
  'really',
  'truly',
  'so',
  'most',
  'much',
  'definitely',
  'certainly',
  'more',
  'even',
]);

function firstSubject(words: string[]): 'writer' | 'other' | null {
  for (const w of words) {
    if (FIRST_PERSON.has(w)) return 'writer';
    if (OTHER_SUBJECT.has(w)) return 'other';
  }
  return null;
}

/** Is the wish at `at` the writer's own? Their "I"/"me" comes before it in the clause with no one else in between, or the clause starts with the wish ("Keen to join…"). */
function writersWish(words: string[], at: number): boolean {
  for (let j = at - 1; j >= 0 && at - j <= WINDOW; j--) {
    if (FIRST_PERSON.has(words[j]!)) return true;
    if (OTHER_SUBJECT.has(words[j]!)) return false;
    // "I look forward to hearing from you and remain interested": a second predicate shares the clause's first subject.
    if (words[j] === 'and' && words.slice(j + 1, at).every((x) => PREDICATE_START.has(x))) return firstSubject(words.slice(0, j)) === 'writer';
  }
  // "Keen to join the team." "Would love to be part of it." "Hoping to join you."
  return words
    .slice(0, at)
    .every((w) => ['would', 'really', 'very', 'so', 'still', 'also', 'am', 'and', 'truly', 'most', 'much', 'remain', 'definitely'].includes(w));
}

/** "I would", "I'd", "I also will", or "… and would" after the writer's own "I" earlier in the clause. */
function modalIsTheWriters(words: string[], at: number): boolean {
  if (words[at] === "i'd" || words[at] === "i'll") return true;
  if (words.slice(Math.max(0, at - 3), at).includes('i')) return !words.slice(Math.max(0, at - 3), at).some((w) => OTHER_SUBJECT.has(w));
  return words[at - 1] === 'and' && firstSubject(words.slice(0, at)) === 'writer';
}

/**
 * `jobWords` (the company's and the role's names) are the job only right after a standing
 * wish or a verb of joining ("keen on Wexford", "join Northwind"); after "I hope" they may be
 * the subject of something else ("I hope Northwind's move goes well").
 */
function objectIsTheJob(words: string[], from: number, jobWords: Set<string>, standing = false): boolean {
  const ahead = words.slice(from, from + WINDOW);
  const text = ahead.join(' ');
  if (JOB_PHRASES.some((p) => p.test(text))) return true;
  for (const [k, w] of ahead.entries()) {
    // "glad to hear the organisation is moving" talks about something else before any job word.
    if (k <= 1 && NOT_THE_JOB.has(w)) return false;
    if (JOB_VERBS.has(w) || JOB_NOUNS.has(w)) return true;
    if (jobWords.has(w) && ((standing && k <= 2) || JOB_VERBS.has(ahead[k - 1] ?? '') || JOB_VERBS.has(ahead[k - 2] ?? ''))) return true;
  }
  return false;
}

function clauseStatesInterest(words: string[], jobWords: Set<string>): boolean {
  const text = words.join(' ');
  // "my continued interest in", "count me in", "consider my application", "the role I most want".
  if (/\bmy (?:\w+ )?interest\b(?! (?:was|were)\b)/.test(text) || /\bcount me (?:in|as)\b/.test(text)) return true;
  if (/\b(?:consider|considering) (?:me|my (?:application|candidature|candidacy))\b/.test(text)) return true;
  if (/\b(?:role|job|position|post|one|what|work|kind of work) i (?:\w+ )?(?:want|hope)\b/.test(text) || /\bmy dream (?:job|role|position|post)\b/.test(text))
    return true;
  // "Thamesgate is where I want to be next", "this is the team I hope to join": the place of work first, then the wish.
  const place =
    /\b([a-z']+) is (?:exactly |just |really )?(?:where|the (?:place|team|company|firm|kind of place)(?: where| that)?) i (?:\w+ )?(?:want|hope|wish|belong|'d like|would like|see myself)\b/.exec(
      text,
    );
  if (place && (jobWords.has(place[1]!) || /^(?:this|here|it|team|company|firm|organisation|organization|place)$/.test(place[1]!))) return true;
  // "I would very much like to be your next Front Desk Supervisor": being the role is the job.
  const being = /\bbe (?:your |the |a |an )?(?:next |new )?([a-z']+)/.exec(text);
  if (being && jobWords.has(being[1]!) && words.some((w, i) => WISH_WORDS.has(w) && writersWish(words, i))) return true;
  // "Please keep me in mind for the post", "exactly what I am looking for", "my enthusiasm for the role".
  if (/\bkeep me in (?:mind|consideration)\b|\bwhat i(?:'m| am| have been|'ve been) (?:looking|hoping) for\b/.test(text)) return true;
  if (
    /\bmy (?:\w+ )?(?:enthusiasm|eagerness|excitement|keenness) (?:for|about|in)\b/.test(text) &&
    objectIsTheJob(words, words.findIndex((w) => /^(?:enthusiasm|eagerness|excitement|keenness)$/.test(w)) + 1, jobWords)
  )
    return true;
  for (const [i, w] of words.entries()) {
    if (MODALS.has(w) && modalIsTheWriters(words, i) && objectIsTheJob(words.slice(0, i + 8), i + 1, jobWords)) return true;
    if (!WISH_WORDS.has(w) || !writersWish(words, i)) continue;
    const before = words.slice(Math.max(0, i - 3), i);
    // A past feeling is about the day: "I was interested to hear", "I was glad to see".
    const past = before.includes('was') || before.includes('were');
    if (w === 'forward' && words[i - 1] !== 'look' && words[i - 1] !== 'looking') continue;
    if (w === 'wait' && !before.some((b) => /^(can't|cannot|can)$/.test(b))) continue;
    if (objectIsTheJob(words, i + 1, jobWords, STANDING_WISH.has(w)) && !past) return true;
    // "I remain very interested." "I'm still keen." "I am interested in the role" is caught above; "interested in the one for fiction" is a topic.
    if (STANDING_WISH.has(w) && !past) {
      const next = words[i + 1];
      if (next === undefined || next === 'and' || next === 'as' || next === 'too') return true;
    }
  }
  return false;
}

/**
 * `job`: the company's and the role's names, which are the job as an object too ("keen on
 * Wexford & Lyle", "interested in the Library Assistant post").
 */
export function statesInterest(sentences: string[], job: string[] = []): boolean {
  const jobWords = new Set(job.flatMap((j) => j.toLowerCase().match(/[a-z][a-z']*/g) ?? []).filter((w) => w.length > 2 && w !== 'the' && w !== 'and'));
  return sentences.some((s) => clauses(s).some((c) => clauseStatesInterest(c, jobWords)));
}

/** Closings that only ask to hear back: what a note offers instead of restating interest. */
export function hearBackLine(sentences: string[]): string | null {
  return (
    sentences.find((s) =>
      /\b(?:look(?:ing)? forward to|hop(?:e|ing) to|await(?:ing)?|wait(?:ing)? (?:for|to))\b[^.?!]*\b(?:hear(?:ing)?|news|response|reply|next steps?|decision|outcome)\b|\bhear back\b/i.test(
        s,
      ),
    ) ?? null
  );
}
