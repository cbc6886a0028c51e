import { foldLatin, hasUmlaut, type FoldStyle } from './latin-fold';

/**
 * Works out a company's email address pattern from addresses already known there
 * (jane.doe@acme.com → first.last) and proposes addresses for colleagues whose card is
 * missing. Offline, from evidence only: when the evidence is thin, contradictory or fits
 * several patterns that would give different answers, it says so instead of guessing.
 */
export interface NamedPerson {
  fullName: string;
  givenName: string;
  familyName: string;
}

export interface KnownAddress extends NamedPerson {
  email: string;
}

interface Pattern {
  id: string;
  needsFamily: boolean;
  make(first: string, last: string): string;
}

const PATTERNS: readonly Pattern[] = [
  { id: 'first.last', needsFamily: true, make: (f, l) => `${f}.${l}` },
  { id: 'first_last', needsFamily: true, make: (f, l) => `${f}_${l}` },
  { id: 'first-last', needsFamily: true, make: (f, l) => `${f}-${l}` },
  { id: 'firstlast', needsFamily: true, make: (f, l) => `${f}${l}` },
  { id: 'flast', needsFamily: true, make: (f, l) => `${f[0]}${l}` },
  { id: 'f.last', needsFamily: true, make: (f, l) => `${f[0]}.${l}` },
  { id: 'f_last', needsFamily: true, make: (f, l) => `${f[0]}_${l}` },
  { id: 'firstl', needsFamily: true, make: (f, l) => `${f}${l[0]}` },
  { id: 'first.l', needsFamily: true, make: (f, l) => `${f}.${l[0]}` },
  { id: 'last.first', needsFamily: true, make: (f, l) => `${l}.${f}` },
  { id: 'last_first', needsFamily: true, make: (f, l) => `${l}_${f}` },
  { id: 'lastfirst', needsFamily: true, make: (f, l) => `${l}${f}` },
  { id: 'lastf', needsFamily: true, make: (f, l) => `${l}${f[0]}` },
  { id: 'last.f', needsFamily: true, make: (f, l) => `${l}.${f[0]}` },
  { id: 'first', needsFamily: false, make: (f) => f },
  { id: 'last', needsFamily: true, make: (_f, l) => l },
];

/** Personal mailboxes say nothing about how the company names its addresses. */
const FREE_MAIL = new Set([
  'me.com',
  'mac.com',
  'pm.me',
  'proton.me',
  'tuta.io',
  'tutamail.com',
  'hey.com',
  'mail.com',
  'email.com',
  'usa.com',
  'web.de',
  't-online.de',
  'freenet.de',
  'arcor.de',
  'posteo.de',
  'mailbox.org',
  'bluewin.ch',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'laposte.net',
  'sfr.fr',
  'neuf.fr',
  'libero.it',
  'virgilio.it',
  'alice.it',
  'tiscali.it',
  'btinternet.com',
  'sky.com',
  'virginmedia.com',
  'ntlworld.com',
  'talktalk.net',
  'comcast.net',
  'verizon.net',
  'att.net',
  'sbcglobal.net',
  'bellsouth.net',
  'cox.net',
  'charter.net',
  'earthlink.net',
  'bigpond.com',
  'optusnet.com.au',
  'shaw.ca',
  'rogers.com',
  'sympatico.ca',
  'videotron.ca',
  'mail.ru',
  'inbox.ru',
  'list.ru',
  'bk.ru',
  'rambler.ru',
  'ya.ru',
  'ukr.net',
  'seznam.cz',
  'centrum.cz',
  'wp.pl',
  'o2.pl',
  'onet.pl',
  'interia.pl',
  'op.pl',
  'abv.bg',
  'freemail.hu',
  'citromail.hu',
  'qq.com',
  'foxmail.com',
  '163.com',
  '126.com',
  'yeah.net',
  'sina.com',
  'sina.cn',
  'sohu.com',
  'aliyun.com',
  '139.com',
  'naver.com',
  'daum.net',
  'hanmail.net',
  'nate.com',
  'rediffmail.com',
  'uol.com.br',
  'bol.com.br',
  'terra.com.br',
]);
// The big providers under any country domain: hotmail.co.uk, outlook.de, yahoo.com.br, gmx.at…
const FREE_MAIL_BRAND =
  /^(?:gmail|googlemail|hotmail|outlook|live|msn|windowslive|passport|yahoo|ymail|rocketmail|aol|aim|gmx|icloud|protonmail|proton|yandex|zoho|zohomail|fastmail|tutanota|mail|inbox|lycos)\.(?:[a-z]{2,3}\.)?[a-z]{2,3}$/u;

export function isFreeMailDomain(domain: string): boolean {
  const d = domain.trim().toLowerCase();
  return FREE_MAIL.has(d) || FREE_MAIL_BRAND.test(d);
}

/**
 * Which words stand for the family name in an address. "José Álvarez García" may be
 * garcia, alvarez, alvarezgarcia…: the name split cannot know that Álvarez is a family
 * name, so every later word is tried and the evidence decides.
 */
type FamilyForm = 'family' | 'family-first-word' | 'family-last-word' | 'second-word' | 'after-first';

interface NameVariant {
  first: string;
  last: string;
  fold: FoldStyle;
  form: FamilyForm;
}

function variants(person: NamedPerson): NameVariant[] | null {
  const givenWords = person.givenName.trim().split(/\s+/u).filter(Boolean);
  const familyWords = person.familyName.trim().split(/\s+/u).filter(Boolean);
  if (givenWords.length === 0) return null;
  const out: NameVariant[] = [];
  const styles: FoldStyle[] = hasUmlaut(person.givenName + person.familyName) ? ['plain', 'umlaut-e'] : ['plain'];
  for (const fold of styles) {
    const first = foldLatin(givenWords[0]!, fold);
    if (!first) return null;
    const forms: Array<[FamilyForm, string]> = [['family', familyWords.join('')]];
    if (familyWords.length > 1) forms.push(['family-first-word', familyWords[0]!], ['family-last-word', familyWords.at(-1)!]);
    if (givenWords.length > 1) forms.push(['second-word', givenWords[1]!], ['after-first', [...givenWords.slice(1), ...familyWords].join('')]);
    for (const [form, raw] of forms) {
      const last = raw === '' ? '' : foldLatin(raw, fold);
      if (last === null) return null;
      out.push({ first, last, fold, form });
    }
  }
  return out;
}

export function splitAddress(email: string): { local: string; domain: string } | null {
  const match = /^([^@\s]+)@([^@\s]+\.[^@\s]+)$/u.exec(email.trim().toLowerCase());
  return match ? { local: match[1]!, domain: match[2]! } : null;
}

interface Explained {
  example: KnownAddress;
  domain: string;
  /** Pattern id → the ways of spelling the name that produced the address. */
  fits: Map<string, NameVariant[]>;
}

function explain(example: KnownAddress): Explained | null {
  const parts = splitAddress(example.email);
  const names = variants(example);
  if (!parts || !names || isFreeMailDomain(parts.domain)) return null;
  const fits = new Map<string, NameVariant[]>();
  for (const pattern of PATTERNS) {
    for (const v of names) {
      if (pattern.needsFamily && v.last === '') continue;
      if (pattern.make(v.first, v.last) === parts.local) fits.set(pattern.id, [...(fits.get(pattern.id) ?? []), v]);
    }
  }
  return fits.size > 0 ? { example, domain: parts.domain, fits } : null;
}

export type Refusal =
  | 'no-evidence'
  | 'conflict'
  | 'ambiguous'
  | 'two-domains'
  | 'not-latin'
  | 'missing-family-name'
  /** The address the pattern gives already belongs to a colleague (Jane Smith's jsmith@). */
  | 'taken'
  /** The pattern gives a colleague without an address the same one. */
  | 'shared'
  /** The user said the address is wrong, and the pattern gives no other. */
  | 'dismissed';

export interface ProposeOptions {
  /** Addresses the user said are not this person's (any case). */
  dismissed?: readonly string[];
  /** Colleagues who would also be guessed; an address two of them would get is refused. */
  colleagues?: readonly NamedPerson[];
}

export type EmailProposal =
  | {
      kind: 'proposal';
      address: string;
      pattern: string;
      domain: string;
      /** Other spellings the same evidence allows (Müller → mueller), best first after `address`. */
      alternatives: string[];
      evidence: KnownAddress[];
      /** One sentence a person can check: which addresses led to this guess. */
      explanation: string;
    }
  | { kind: 'refused'; reason: Refusal; explanation: string; evidence: KnownAddress[] };

function cite(examples: readonly KnownAddress[]): string {
  return examples.map((e) => `${e.fullName} <${e.email.trim().toLowerCase()}>`).join(', ');
}

/** Patterns every usable example agrees on, for one domain. */
export function inferPatterns(
  known: readonly KnownAddress[],
):
  | { kind: 'patterns'; domain: string; patterns: string[]; examples: Explained[] }
  | { kind: 'refused'; reason: Refusal; explanation: string; evidence: KnownAddress[] } {
  const explained = known.map(explain).filter((e): e is Explained => e !== null);
  if (explained.length === 0) {
    return {
      kind: 'refused',
      reason: 'no-evidence',
      explanation:
        known.length === 0
          ? 'No email address is known at this company yet, so there is nothing to work the pattern out from.'
          : `None of the known addresses (${cite(known)}) follows a pattern made from the person's name.`,
      evidence: [...known],
    };
  }
  const domains = [...new Set(explained.map((e) => e.domain))];
  if (domains.length > 1) {
    return {
      kind: 'refused',
      reason: 'two-domains',
      explanation: `The known addresses use more than one domain (${domains.join(', ')}); confirm which one the colleague uses.`,
      evidence: explained.map((e) => e.example),
    };
  }
  let common = [...explained[0]!.fits.keys()];
  for (const e of explained.slice(1)) common = common.filter((id) => e.fits.has(id));
  if (common.length === 0) {
    const each = explained.map((e) => `${e.example.email.trim().toLowerCase()} is ${[...e.fits.keys()].join(' or ')}`).join('; ');
    return {
      kind: 'refused',
      reason: 'conflict',
      explanation: `The known addresses disagree (${each}), so no single pattern can be trusted.`,
      evidence: explained.map((e) => e.example),
    };
  }
  return { kind: 'patterns', domain: domains[0]!, patterns: common, examples: explained };
}

/** Which spelling the evidence used for umlauts and multi-word family names, if it shows one. */
function preferred<T extends string>(examples: Explained[], patterns: string[], pick: (v: NameVariant) => T): T | null {
  const seen = new Set<T>();
  for (const e of examples) {
    for (const id of patterns) for (const v of e.fits.get(id) ?? []) seen.add(pick(v));
  }
  return seen.size === 1 ? [...seen][0]! : null;
}

type Candidate = { kind: 'candidate'; address: string; pattern: Pattern; alternatives: string[] } | Extract<EmailProposal, { kind: 'refused' }>;

function candidate(target: NamedPerson, inferred: Extract<ReturnType<typeof inferPatterns>, { kind: 'patterns' }>): Candidate {
  const { domain, patterns, examples } = inferred;
  const evidence = examples.map((e) => e.example);
  const names = variants(target);
  if (!names) {
    return {
      kind: 'refused',
      reason: 'not-latin',
      explanation: `${target.fullName || 'This name'} is not written in Latin letters, and an address cannot be spelled from it reliably.`,
      evidence,
    };
  }
  const usable = PATTERNS.filter((p) => patterns.includes(p.id));
  if (usable.some((p) => p.needsFamily) && names.every((n) => n.last === '')) {
    return {
      kind: 'refused',
      reason: 'missing-family-name',
      explanation: `The pattern at ${domain} uses the family name, and none is known for ${target.fullName || 'this person'}.`,
      evidence,
    };
  }
  // Family-form preference only counts when the evidence had a choice to make.
  const formsShown = examples.filter((e) => `${e.example.givenName} ${e.example.familyName}`.trim().split(/\s+/u).length > 2);
  const fold =
    preferred(
      examples.filter((e) => hasUmlaut(e.example.givenName + e.example.familyName)),
      patterns,
      (v) => v.fold,
    ) ?? 'plain';
  const shownForm = preferred(formsShown, patterns, (v) => v.form);
  const form = shownForm ?? 'family';
  const best = names.find((n) => n.fold === fold && n.form === form) ?? names.find((n) => n.fold === fold) ?? names[0]!;
  const addresses = [...new Set(usable.map((p) => `${p.make(best.first, best.last)}@${domain}`))];
  if (addresses.length > 1) {
    return {
      kind: 'refused',
      reason: 'ambiguous',
      explanation: `The known addresses (${cite(evidence)}) fit several patterns (${usable.map((p) => p.id).join(', ')}) that give different addresses here: ${addresses.join(' or ')}.`,
      evidence,
    };
  }
  const pattern = usable[0]!;
  // "José Álvarez García": which words make the family name in an address (garcia, alvarez,
  // alvarezgarcia)? The name split cannot know; only evidence with as many words can say.
  const words = `${target.givenName} ${target.familyName}`.trim().split(/\s+/u).length;
  if (pattern.needsFamily && words > 2 && best.form !== shownForm) {
    const options = [...new Set(names.filter((n) => n.fold === best.fold && n.last !== '').map((n) => `${pattern.make(n.first, n.last)}@${domain}`))];
    return {
      kind: 'refused',
      reason: 'ambiguous',
      explanation: `${target.fullName}'s name has more than two words, and no known address at ${domain} shows which of them the address uses: ${options.join(', ')}.`,
      evidence,
    };
  }
  const address = addresses[0]!;
  const alternatives = [
    ...new Set(names.filter((n) => n.form === best.form && (!pattern.needsFamily || n.last !== '')).map((n) => `${pattern.make(n.first, n.last)}@${domain}`)),
  ].filter((a) => a !== address);
  return { kind: 'candidate', address, pattern, alternatives };
}

type Inferred = Extract<ReturnType<typeof inferPatterns>, { kind: 'patterns' }>;

/** The checks after the pattern gave a candidate: rejected spellings, someone else's address, a shared guess. */
function settle(
  target: NamedPerson,
  found: Extract<Candidate, { kind: 'candidate' }>,
  inferred: Inferred,
  known: readonly KnownAddress[],
  dismissedList: readonly string[],
  sharedWith: (address: string) => NamedPerson | undefined,
): EmailProposal {
  const { domain } = inferred;
  const evidence = inferred.examples.map((e) => e.example);
  const who = target.fullName || 'this person';
  const dismissed = new Set(dismissedList.map((a) => a.trim().toLowerCase()));
  const spellings = [found.address, ...found.alternatives].filter((a) => !dismissed.has(a));
  if (spellings.length === 0) {
    return {
      kind: 'refused',
      reason: 'dismissed',
      explanation: `You said ${[found.address, ...found.alternatives].join(' and ')} is not ${who}'s address, and the pattern at ${domain} gives no other.`,
      evidence,
    };
  }
  const address = spellings[0]!;
  const owner = known.find((k) => k.email.trim().toLowerCase() === address);
  if (owner) {
    return {
      kind: 'refused',
      reason: 'taken',
      explanation: `The pattern at ${domain} gives ${address}, which is ${owner.fullName}'s address, so ${who}'s must be spelled differently.`,
      evidence,
    };
  }
  const colleague = sharedWith(address);
  if (colleague) {
    return {
      kind: 'refused',
      reason: 'shared',
      explanation: `The pattern at ${domain} gives ${address} to both ${who} and ${colleague.fullName}; at most one of them has it.`,
      evidence,
    };
  }
  return {
    kind: 'proposal',
    address,
    pattern: found.pattern.id,
    domain,
    alternatives: spellings.slice(1),
    evidence,
    explanation: `Guessed from ${cite(evidence)}: addresses at ${domain} are written ${found.pattern.id}.`,
  };
}

export function proposeEmail(target: NamedPerson, known: readonly KnownAddress[], options: ProposeOptions = {}): EmailProposal {
  const inferred = inferPatterns(known);
  if (inferred.kind === 'refused') return inferred;
  const found = candidate(target, inferred);
  if (found.kind === 'refused') return found;
  const colleagues = (options.colleagues ?? []).map((c) => ({ person: c, found: candidate(c, inferred) }));
  return settle(
    target,
    found,
    inferred,
    known,
    options.dismissed ?? [],
    (address) => colleagues.find((c) => c.found.kind === 'candidate' && c.found.address === address)?.person,
  );
}

/**
 * proposeEmail for everyone at one company at once, each checked against all the others,
 * in time linear in the number of people (the pattern is worked out once).
 */
export function proposeEmails(targets: ReadonlyArray<NamedPerson & { dismissed?: readonly string[] }>, known: readonly KnownAddress[]): EmailProposal[] {
  if (targets.length === 0) return [];
  const inferred = inferPatterns(known);
  if (inferred.kind === 'refused') return targets.map(() => inferred);
  const found = targets.map((t) => candidate(t, inferred));
  const byAddress = new Map<string, number[]>();
  found.forEach((f, i) => {
    if (f.kind === 'candidate') byAddress.set(f.address, [...(byAddress.get(f.address) ?? []), i]);
  });
  return targets.map((target, i) => {
    const f = found[i]!;
    if (f.kind === 'refused') return f;
    return settle(target, f, inferred, known, target.dismissed ?? [], (address) => {
      const other = (byAddress.get(address) ?? []).find((j) => j !== i);
      return other === undefined ? undefined : targets[other];
    });
  });
}
