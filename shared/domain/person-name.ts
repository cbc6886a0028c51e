/**
 * Given and family name from a full name as typed, for salutations ("Dear Ms Müller",
 * "尊敬的王先生") and sorting. The full name itself is always kept exactly as typed; this
 * split is only a proposal the user can correct.
 */
export interface NameParts {
  givenName: string;
  familyName: string;
  /** 'family-first' for Chinese, Japanese and Korean names written in their own script. */
  order: 'given-first' | 'family-first';
}

const HAN_OR_HANGUL = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

// Two-character Chinese family names; without them 欧阳娜娜 would become 欧 + 阳娜娜.
const CHINESE_COMPOUND_FAMILY = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '司徒',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '夏侯',
  '令狐',
  '澹台',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '歐陽',
  '諸葛',
  '東方',
  '慕容',
  '長孫',
  '夏侯',
  '令狐',
]);
const KOREAN_COMPOUND_FAMILY = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문']);

// Lower-case particles that belong to the family name: "Ludwig van Beethoven", "María de la Cruz".
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'ter',
  'ten',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'zu',
  'af',
  'av',
]);
const PREFIXES = /^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|herr|frau|sr|sra|srta|don|doña|mme|mlle|m)\.?$/iu;
const SUFFIXES = /^(jr|sr|ii|iii|iv|phd|md|mba|esq|dipl\.?-ing)\.?,?$/iu;

function isCjk(name: string): boolean {
  return HAN_OR_HANGUL.test(name);
}

function splitCjk(name: string): NameParts {
  const parts = name.split(/[\s\u3000·・]+/u).filter(Boolean);
  if (parts.length >= 2) return { familyName: parts[0]!, givenName: parts.slice(1).join(' '), order: 'family-first' };
  const chars = [...name];
  if (chars.length <= 1) return { familyName: name, givenName: '', order: 'family-first' };
  const firstTwo = chars.slice(0, 2).join('');
  const compound = CHINESE_COMPOUND_FAMILY.has(firstTwo) || KOREAN_COMPOUND_FAMILY.has(firstTwo);
  // Japanese family names are often two or more characters and cannot be told apart without
  // a dictionary; a single family character is the common case for Chinese and Korean.
  const familyLength = compound && chars.length > 2 ? 2 : 1;
  return { familyName: chars.slice(0, familyLength).join(''), givenName: chars.slice(familyLength).join(''), order: 'family-first' };
}

export function splitPersonName(fullName: string): NameParts {
  const name = fullName.trim().replace(/\s+/gu, ' ');
  if (name === '') return { givenName: '', familyName: '', order: 'given-first' };
  if (isCjk(name)) return splitCjk(name);

  // "Müller, Zoë" — the family name written first with a comma, as in directories.
  const comma = name.indexOf(',');
  if (comma > 0) {
    const family = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim();
    if (given && !SUFFIXES.test(given)) return { givenName: given, familyName: family, order: 'given-first' };
  }

  const words = name.split(' ').filter((w) => !SUFFIXES.test(w));
  while (words.length > 1 && PREFIXES.test(words[0]!)) words.shift();
  if (words.length === 1) return { givenName: words[0]!, familyName: '', order: 'given-first' };
  // The family name starts at the first particle after the given name, or is the last word.
  let start = words.length - 1;
  for (let i = 1; i < words.length - 1; i += 1) {
    if (PARTICLES.has(words[i]!)) {
      start = i;
      break;
    }
  }
  return { givenName: words.slice(0, start).join(' '), familyName: words.slice(start).join(' '), order: 'given-first' };
}
