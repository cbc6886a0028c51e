/**
 * The closed classes of English: determiners and quantifiers, pronouns, prepositions,
 * conjunctions, auxiliaries and modals, and the adverbs of degree, time and frequency. They
 * are a finite set, unlike nouns and verbs, so a list is the exact test: a word of the
 * user's notes such as "still", "every" or "each" is never what makes a note about them,
 * nor is a capitalised "So" or "I'm" a name.
 */
export const FUNCTION_WORDS = new Set(
  `a an the this that these those some any no every each either neither all both half several many much more most few fewer less least enough such
  what which whose whatever whichever other another same own certain various
  i me my mine myself you your yours yourself yourselves he him his himself she her hers herself it its itself we us our ours ourselves they them their theirs themselves
  i'm i'd i'll i've you're you'd you'll you've he's she's it's we're we'd we'll we've they're they'd they'll they've that's there's here's what's who's let's
  who whom whoever one ones someone somebody anyone anybody everyone everybody nobody none something anything everything nothing
  and but or nor so yet because although though whereas while whilst if unless whether once when whenever where wherever why how however therefore thus hence
  am is are was were be been being have has had having do does did doing done shall should will would can could may might must ought need dare
  isn't aren't wasn't weren't haven't hasn't hadn't don't doesn't didn't won't wouldn't can't cannot couldn't shouldn't mustn't
  not never always often sometimes usually ever still already yet again also too very really quite rather fairly pretty just only even almost nearly
  soon later now then today tonight tomorrow yesterday here there everywhere somewhere anywhere nowhere away back forward forwards
  last first second third next previous final recent recently currently presently early late lately
  well indeed certainly definitely probably perhaps maybe surely clearly simply especially particularly actually honestly truly
  instead otherwise meanwhile furthermore moreover besides anyway anyhow else ago
  yes no okay ok oh please thanks thank`.split(/\s+/),
);

/** Prepositions, a closed class of their own too: what a bare noun after one is part of ("under pressure", "in regard to"). */
export const PREPOSITIONS = new Set(
  `about above across after against along alongside amid amidst among amongst around as at before behind below beneath beside besides between beyond by
  despite down during except for from in inside into like near next of off on onto opposite out outside over past per plus regarding round since than
  through throughout till to toward towards under underneath unlike until unto up upon versus via with within without`.split(/\s+/),
);
for (const p of PREPOSITIONS) FUNCTION_WORDS.add(p);

/** Days, months, seasons and times of day: when something happened, not what. */
export const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday weekday weekdays weekend weekends
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  spring summer autumn fall winter season seasons morning mornings afternoon afternoons evening evenings night nights midday noon midnight
  day days week weeks fortnight fortnights month months year years quarter quarters hour hours minute minutes moment moments time times date dates`.split(
    /\s+/,
  ),
);
