import { foldLatin } from '../domain/latin-fold';

/**
 * Which line of a card is a job title, which a company and which a person's name, from
 * the words they are made of: titles in the languages European cards are written in,
 * companies by their legal form, names by their shape.
 */
const TITLE_WORDS = new Set(
  (
    'manager managing director directors head lead leader chief officer president vice vp svp evp avp founder cofounder co-founder owner partner ' +
    'ceo cto cfo coo cmo cio ciso cpo chro engineer engineering developer architect designer scientist analyst consultant specialist ' +
    'coordinator assistant associate executive principal staff senior sr junior jr intern advisor adviser recruiter recruiting recruitment ' +
    'talent acquisition hr people sales marketing product operations finance business account accounts counsel attorney lawyer editor ' +
    'administrator admin officer supervisor strategist researcher professor lecturer teacher nurse doctor physician secretary treasurer ' +
    'representative rep agent broker planner programmer technician expert team group department division global regional country ' +
    'geschäftsführer geschäftsführerin leiter leiterin bereichsleiter abteilungsleiter teamleiter referent referentin berater beraterin ' +
    'entwickler entwicklerin ingenieur ingenieurin vertrieb vorstand prokurist sachbearbeiter personalreferent inhaber inhaberin ' +
    'directeur directrice responsable chef cheffe chargé chargée ingénieur ingénieure développeur développeuse gérant gérante ' +
    'président présidente conseiller conseillère commercial commerciale chargée adjoint adjointe ' +
    'director directora gerente jefe jefa responsable ingeniero ingeniera desarrollador consultor consultora ' +
    'direttore direttrice responsabile ingegnere sviluppatore amministratore delegato ' +
    'directeur manager adviseur medewerker hoofd'
  ).split(/\s+/u),
);

/** Whether a line is a job title: it holds a title word, and no digits or @. */
export function looksLikeTitle(text: string): boolean {
  if (/[\d@]/u.test(text) || text.length > 80) return false;
  const words = text
    .toLowerCase()
    .split(/[\s,/&()|·–-]+/u)
    .filter(Boolean);
  return words.some((w) => TITLE_WORDS.has(w.replace(/\.$/u, '')));
}

// Legal forms, longest first so "GmbH & Co. KG" is not cut at "GmbH".
const LEGAL_FORMS = [
  'GmbH & Co. KG',
  'GmbH & Co KG',
  'S.p.A.',
  'S.r.l.',
  'S.à r.l.',
  'S.A.S.',
  'S.A.',
  'S.L.',
  'S.L.U.',
  'B.V.',
  'N.V.',
  'Sp. z o.o.',
  'GmbH',
  'gGmbH',
  'AG',
  'SE',
  'KG',
  'OHG',
  'e.V.',
  'UG',
  'Inc.',
  'Inc',
  'LLC',
  'L.L.C.',
  'LLP',
  'LP',
  'Ltd.',
  'Ltd',
  'Limited',
  'plc',
  'PLC',
  'Corp.',
  'Corp',
  'Corporation',
  'Co.',
  'Company',
  'SAS',
  'SA',
  'SARL',
  'SRL',
  'SpA',
  'Srl',
  'BV',
  'NV',
  'AB',
  'Oy',
  'Oyj',
  'A/S',
  'AS',
  'ApS',
  'ASA',
  'SL',
  'Lda.',
  'Lda',
  'Pty Ltd',
  'Pty. Ltd.',
  'KGaA',
  'sro',
  's.r.o.',
  'Kft.',
  'Zrt.',
];
const LEGAL_FORM_AT_END = new RegExp(
  String.raw`(?:^|[\s,])(?:${LEGAL_FORMS.map((f) =>
    f
      .replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')
      .replace(/\\\. /gu, '\\.\\s?')
      .replace(/ /gu, '\\s'),
  ).join('|')})$`,
  'u',
);

/** Whether a line ends in a company's legal form ("… GmbH", "… S.p.A.", "… Inc."). */
export function hasLegalForm(text: string): boolean {
  return LEGAL_FORM_AT_END.test(text.trim());
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

const lettersOf = (t: string) => t.toLowerCase().replace(/[^a-z]/gu, '');

/**
 * The legal form a line holds and nothing else (the second line of a company name broken in
 * two), as the form is written; null when the line is more. The engine slips on a short line
 * alone ("sA" for SA, "S.r.l" for S.r.l.): the same letters are the same form, written as
 * the nearest form that has them.
 */
export function onlyLegalForm(text: string): string | null {
  const t = text.trim().replace(/^[,\s]+/u, '');
  if (LEGAL_FORMS.includes(t)) return t;
  const key = lettersOf(t);
  if (key === '' || t.length > 12 || /[^\p{L}.&/\s]/u.test(t)) return null;
  const same = LEGAL_FORMS.filter((f) => lettersOf(f) === key).sort((a, b) => editDistance(t, a) - editDistance(t, b));
  return same[0] ?? null;
}

/** Latin letters only, folded: 'Bluewater Systems Inc.' → 'bluewatersystemsinc'; '' for other scripts. */
export function letterKey(text: string): string {
  return foldLatin(text.replace(/[^\p{L}]/gu, ''), 'plain') ?? '';
}

/** Whether the line names the company an email's domain belongs to ("Bluewater Systems" for bluewater-systems.ca). */
export function matchesDomain(text: string, stem: string): boolean {
  const key = letterKey(text);
  const s = stem.replace(/[^a-z0-9]/gu, '');
  if (s.length < 3 || key.length < 3) return false;
  return key.startsWith(s) || s.startsWith(key) || (s.length >= 5 && key.includes(s));
}

const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|dos|das|du|la|le|ter|ten|zu|af|av|y|e|d'|l')$/iu;
const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mme|m|herr|frau|dipl\.-ing|ing|mag|sir)\.?$/iu;

/**
 * Whether a line could be a person's name: two to five words of letters, each starting with
 * a capital (particles and honorifics aside), no digits, no title word, no legal form.
 */
export function looksLikeName(text: string): boolean {
  const t = text.replace(/,\s*(?:ph\.?d|md|mba|msc|dipl\.?[- ]?ing|jr|sr)\.?$/iu, '').trim();
  if (/[\d@/:]|www\./iu.test(t) || t.length > 60) return false;
  const words = t.split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  if (looksLikeTitle(t) || hasLegalForm(t)) return false;
  return words.every((w) => PARTICLE.test(w) || HONORIFIC.test(w) || /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
}

/** How well a name fits an email's local part (jane.doe, jdoe, doe): 1 for a full fit, 0 for none. */
export function nameFitsEmail(name: string, local: string): number {
  const l = local.toLowerCase().replace(/[^a-z]/gu, '');
  const words = name
    .split(/\s+/u)
    .filter((w) => !HONORIFIC.test(w) && !PARTICLE.test(w))
    .map((w) => letterKey(w))
    .filter(Boolean);
  if (words.length < 2 || l === '') return 0;
  const first = words[0]!;
  const last = words.at(-1)!;
  if (l === first + last || l === first[0] + last || l === last + first || l === first + last[0] || l === last) return 1;
  const hits = words.filter((w) => w.length >= 3 && l.includes(w)).length;
  return hits >= 2 ? 1 : hits === 1 ? 0.6 : 0;
}
