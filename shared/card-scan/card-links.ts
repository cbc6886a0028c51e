/**
 * Email addresses, websites and LinkedIn profiles in a card's text. OCR puts spaces around
 * dots and at-signs ("jane. doe@acme.de"), and some cards write "jane [at] acme.de" to keep
 * robots away; both are read back to a plain address.
 */
const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const LABEL = /^(?:e-?mail|mail|courriel|e)\s*[:.]?\s+/iu;

/** The text with the spellings of "@" and "." that cards and OCR use turned into the characters. */
function unobfuscate(text: string): { text: string; obfuscated: boolean } {
  let obfuscated = false;
  const out = text
    .replace(/\s*[[({]\s*(?:at|@)\s*[\])}]\s*/giu, () => ((obfuscated = true), '@'))
    .replace(/\s*[[({]\s*(?:dot|punkt|point)\s*[\])}]\s*/giu, () => ((obfuscated = true), '.'))
    .replace(/(\S)\s+(?:at)\s+(\S+\.\p{L}{2,})\b/giu, (_m, a: string, b: string) => ((obfuscated = true), `${a}@${b}`))
    .replace(/\s*@\s*/gu, '@')
    // "jane. doe@" or "acme .de": OCR spaces around dots in the middle of an address.
    .replace(/([\p{L}\p{N}])\s*\.\s+(?=[\p{L}\p{N}][^\s]*@)/gu, '$1.')
    .replace(/(@[^\s]*[\p{L}\p{N}])\s+\.\s*(?=\p{L})/gu, '$1.');
  return { text: out, obfuscated };
}

export interface FoundEmail {
  email: string;
  obfuscated: boolean;
}

export function findEmail(text: string): FoundEmail | null {
  const { text: plain, obfuscated } = unobfuscate(text.replace(LABEL, ''));
  const m = EMAIL.exec(plain);
  if (!m) return null;
  const email = m[0].replace(/^[.'-]+|[.'-]+$/gu, '').toLowerCase();
  return { email, obfuscated };
}

const LINKEDIN = /(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linked\s?in\.com\s*\/\s*(in|pub|company)\s*\/\s*([\p{L}\p{N}_%-]+)\/?/iu;

/** 'linkedin.com/in/jane-doe' as the card prints it, without the scheme or "www.". */
export function findLinkedin(text: string): string | null {
  const m = LINKEDIN.exec(text);
  return m ? `linkedin.com/${m[1]!.toLowerCase()}/${m[2]}` : null;
}

const WEBSITE = /(?:https?:\/\/)?(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}(?:\/[^\s]*)?/iu;
const LABEL_WEB = /^(?:web|site|website|internet|url|w)\s*:\s*|^w\s+(?=\S+\.)/iu;

/** A website as printed ('www.acme.de', 'acme.com/careers'); not an email's domain, not LinkedIn. */
export function findWebsite(text: string): string | null {
  const t = text.replace(LABEL_WEB, '').replace(/\s*\.\s*(?=[a-z]{2,}\b)/giu, '.');
  if (t.includes('@') || LINKEDIN.test(t)) return null;
  for (const token of t.split(/\s+/u)) {
    const m = WEBSITE.exec(token);
    if (!m || m.index !== 0) continue;
    const site = m[0].replace(/[.,;]+$/u, '');
    // A plain "Inc." or "S.p.A." is no website: ask for www., a scheme, or a known shape.
    if (
      /^(?:https?:\/\/|www\.)/iu.test(site) ||
      /^[a-z0-9-]{2,}\.(?:com|org|net|io|co|de|fr|ch|at|nl|be|es|it|se|uk|ca|eu|dk|no|fi|pl|pt|ie|us|app|dev|ai)(?:\.[a-z]{2})?(?:\/|$)/iu.test(site)
    ) {
      return site.replace(/^https?:\/\//iu, '').toLowerCase();
    }
  }
  return null;
}

/** The registrable part of a domain: 'acme' for mail.acme.co.uk, 'bluewater-systems' for bluewater-systems.ca. */
export function domainStem(domain: string): string {
  const labels = domain
    .toLowerCase()
    .replace(/^www\./u, '')
    .split('.');
  if (labels.length >= 3 && /^(?:co|com|org|net|ac|gov)$/u.test(labels.at(-2)!)) return labels.at(-3)!;
  return labels.length >= 2 ? labels.at(-2)! : labels[0]!;
}

/** The country a domain's ending names ('de' → DE, 'co.uk' → GB), or '' for .com and friends. */
export function domainCountry(domain: string): string {
  const tld = domain.toLowerCase().split('.').at(-1) ?? '';
  if (tld === 'uk') return 'GB';
  if (tld.length === 2 && tld !== 'eu' && tld !== 'io' && tld !== 'ai' && tld !== 'co' && tld !== 'tv' && tld !== 'me') return tld.toUpperCase();
  return '';
}
