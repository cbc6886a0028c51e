/**
 * The email hand-off, offline: a mailto: URL (RFC 6068) for the user's mail app, or an
 * .eml file (RFC 5322, UTF-8) any mail client opens as a draft. Nothing is sent from here.
 */
export interface MailDraft {
  to: string;
  toName: string;
  subject: string;
  body: string;
}

/** Line breaks in a mail body are CRLF on the wire. */
function crlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

/**
 * RFC 6068: addresses, subject and body percent-encoded as UTF-8, line breaks as %0D%0A.
 * encodeURIComponent leaves !'()* alone; they are legal in a mailto query.
 */
export function mailtoUrl(draft: Pick<MailDraft, 'to' | 'subject' | 'body'>): string {
  const to = encodeURIComponent(draft.to.trim()).replace(/%40/g, '@');
  const query = [`subject=${encodeURIComponent(draft.subject)}`, `body=${encodeURIComponent(crlf(draft.body))}`].join('&');
  return `mailto:${to}?${query}`;
}

const encoder = new TextEncoder();

function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64(bytes: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + (b === undefined ? '=' : B64[(n >> 6) & 63]!) + (c === undefined ? '=' : B64[n & 63]!);
  }
  return out;
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded-words, split so no line grows past 78. */
function encodedWords(text: string): string {
  const words: string[] = [];
  let chunk = '';
  // By code point, so an emoji's surrogate pair is never split between two words.
  for (const ch of text) {
    if (utf8(chunk + ch).length > 42) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(utf8(w))}?=`).join('\r\n ');
}

/**
 * Header text as RFC 5322 wants it: ASCII folded at spaces so no line passes 78
 * characters (counting the header's name), anything else as RFC 2047 encoded-words.
 */
function headerText(text: string, nameLength = 0): string {
  if (!isAscii(text)) return encodedWords(text);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?= )/)) {
    const limit = lines.length === 0 ? 78 - nameLength : 78;
    if (line && line.length + word.length > limit) {
      lines.push(line);
      line = word;
    } else line += word;
  }
  lines.push(line);
  // A word too long to fold at a space still has to fit: encoded-words can be split anywhere.
  if (lines.some((l, i) => l.length > (i === 0 ? 78 - nameLength : 78))) return encodedWords(text);
  return lines.join('\r\n');
}

function mailbox(name: string, address: string): string {
  const clean = name.replace(/[\r\n]/g, ' ').trim();
  if (!clean) return address;
  const display = isAscii(clean) ? `"${clean.replace(/["\\]/g, '\\$&')}"` : headerText(clean);
  return `${display} <${address}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date-time, in UTC so it does not depend on where it is written. */
export function rfc5322Date(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[date.getUTCDay()]}, ${p(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())} +0000`;
}

export interface EmlInput extends MailDraft {
  fromName: string;
  fromAddress: string;
  date: Date;
  /** Without angle brackets: "uuid@afterword.invalid". */
  messageId: string;
}

/**
 * A complete message with Date and Message-ID. X-Unsent asks Outlook to open it as a draft
 * ready to send; other clients ignore it. The body is base64 so any UTF-8 text and any
 * line length travel unchanged.
 */
export function emlMessage(m: EmlInput): string {
  const headers = [
    ...(m.fromAddress ? [`From: ${mailbox(m.fromName, m.fromAddress)}`] : []),
    `To: ${mailbox(m.toName, m.to)}`,
    `Subject: ${headerText(m.subject.replace(/[\r\n]+/g, ' '), 'Subject: '.length)}`,
    `Date: ${rfc5322Date(m.date)}`,
    `Message-ID: <${m.messageId}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    'X-Unsent: 1',
  ];
  const encoded = base64(utf8(crlf(m.body)));
  const lines = encoded.match(/.{1,76}/g) ?? [''];
  return `${headers.join('\r\n')}\r\n\r\n${lines.join('\r\n')}\r\n`;
}
