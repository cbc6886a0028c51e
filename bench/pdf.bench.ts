/**
 * PDF generation for the print queue: 100 personalised letters, 100 #10 envelopes and the
 * labels for the same 100 addresses on Avery 5160 sheets, in one PDF with the fonts
 * embedded — layout, per-run font fallback, bidi order, shaping and pdfkit together. Two
 * people in five are named in Arabic, Hebrew, Devanagari, Thai, Simplified or Traditional
 * Chinese, Japanese or Korean, so every font is in play. The baseline is bare pdfkit
 * writing the same lines at the same places with the same fonts (one font per line, no
 * layout, no fallback, no bidi), so the ratio is the price of everything Afterword adds.
 */
import PDFDocument from 'pdfkit';
import type { QueueItemData, QueueRecipient } from '../shared/api/printing/schemas';
import type { Page, TextItem } from '../shared/print/page-model';
import { pagesForItem } from '../shared/print/queue-pages';
import { defaultSettings } from '../shared/print/settings-defaults';
import { fontKeys, loadFont, type FontKey } from '../electron/core/printing/pdf/fonts';
import { drain, measureText, writePdfSync } from '../electron/core/printing/pdf/pdf-writer';
import type { Benchmark } from './harness';

const given = ['José', 'Zoë', 'Łukasz', 'Ελένη', 'Дмитрий', 'Ana', 'Ben', 'Chloé', 'Farid', 'Grace'];
const family = ['Martínez', 'Ångström', 'Wiśniewski', 'Παπαδοπούλου', 'Иванов', 'Silva', 'Okafor', 'Martin', 'Haddad', 'Liu'];

/** Names in the scripts with a font of their own, and the country that tells their Han characters' language. */
const OTHER_SCRIPTS: Array<[name: string, country: string]> = [
  ['محمد علي', 'EG'],
  ['דוד כהן', 'IL'],
  ['राहुल शर्मा', 'IN'],
  ['สมชาย ใจดี', 'TH'],
  ['王伟', 'CN'],
  ['陳大文', 'TW'],
  ['山田さくら', 'JP'],
  ['김민준', 'KR'],
];

function recipient(i: number): QueueRecipient {
  const other = i % 20 >= 12 ? OTHER_SCRIPTS[(i % 20) - 12]! : null;
  return {
    personId: null,
    fullName: other ? other[0] : `${given[i % 10]} ${family[(i * 3) % 10]}`,
    title: ['Engineering Manager', 'Head of Design', 'Team Lead', 'Recruiter'][i % 4]!,
    company: `Company ${i + 1}`,
    address: {
      lines: [`${100 + i} Market Street`, `Suite ${i * 7}`],
      city: 'San Francisco',
      region: 'CA',
      postalCode: String(94100 + i),
      country: other?.[1] ?? 'US',
    },
  };
}

const body = (r: QueueRecipient, i: number) =>
  [
    `Thank you for the invitation to interview for the platform engineer role and for the time you gave me, ${r.fullName.split(' ')[0]}.`,
    `I learned a good deal about how ${r.company} plans to split its monolith over the coming year, and the approach you described to migrating service number ${i + 1} without downtime was thoughtful.`,
    'It was a pleasure to meet the team, and the way you review changes together matches how I like to work.',
    'I remain very interested in the position and look forward to hearing from you.',
  ].join('\n\n');

const settings = {
  ...defaultSettings('en-US'),
  yourName: 'Sam Rivera',
  returnAddress: '742 Evergreen Terrace\nSpringfield, IL 62704',
  phone: '(217) 555-0142',
  email: 'sam@example.com',
};
const people = Array.from({ length: 100 }, (_, i) => recipient(i));
const items: QueueItemData[] = [
  ...people.map((r, i): QueueItemData => ({
    kind: 'letter',
    recipient: r,
    interviewId: null,
    noteId: null,
    date: '2026-03-04',
    salutation: '',
    body: body(r, i),
    format: 'letter',
  })),
  ...people.map((r): QueueItemData => ({ kind: 'envelope', recipient: r, interviewId: null, envelope: 'no10' })),
  { kind: 'labels', recipients: people, interviewId: null, sheet: 'avery-5160', startAt: 1 },
];
const offset = { xMm: 0, yMm: 0 };

function batch(): Buffer {
  const pages = items.flatMap((item) => pagesForItem(item, settings, offset, measureText));
  return writePdfSync(pages, { title: 'Benchmark' });
}

/** The font bare pdfkit is given for a line: the one its script needs. */
function fontOf(t: TextItem): FontKey {
  if (/[\u0600-\u06ff]/u.test(t.text)) return 'arabic';
  if (/[\u0590-\u05ff]/u.test(t.text)) return 'hebrew';
  if (/[\u0e00-\u0e7f]/u.test(t.text)) return 'thai';
  if (/[\uac00-\ud7af]/u.test(t.text)) return 'kr';
  if (/[\u3040-\u30ff]/u.test(t.text)) return 'jp';
  if (/[\u3400-\u9fff]/u.test(t.text)) return t.lang === 'zh-Hant' ? 'tc' : t.lang === 'ja' ? 'jp' : 'sc';
  return t.font;
}

/**
 * Bare pdfkit: the same lines, already placed, each in one font — given as bytes (pdfkit
 * parses them for each document) or, like Afterword, as the fonts parsed once.
 */
function bare(pages: Page[], parsed: boolean): Buffer {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true });
  for (const key of fontKeys) doc.registerFont(key, parsed ? (loadFont(key).font as unknown as Buffer) : loadFont(key).data);
  for (const page of pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    for (const item of page.items) {
      if (item.kind !== 'text') continue;
      doc.font(fontOf(item)).fontSize(item.size).text(item.text, item.x, item.y, { lineBreak: false, baseline: 'alphabetic' });
    }
  }
  return drain(doc);
}

const baseline = (parsed: boolean) => ({
  name: `bare pdfkit, same text, same fonts${parsed ? ' parsed once' : ''}`,
  setup() {
    const pages = items.flatMap((item) => pagesForItem(item, settings, offset, measureText));
    return () => {
      bare(pages, parsed);
    };
  },
});

const NAME = '100 letters + 100 #10 envelopes + 100 labels on 5160, one PDF, fonts embedded, warm (fonts loaded, caches filled)';

export const benchmarks: Benchmark[] = [
  {
    name: NAME,
    unit: 'batch',
    setup: () => {
      // The first batch after the app starts also reads and parses the fonts and fills the
      // width and coverage caches: what the user waits for on the first preview. Timed apart.
      const start = performance.now();
      batch();
      console.log(`pdf › the same batch cold (first after start: fonts read and parsed, caches empty): ${(performance.now() - start).toFixed(1)} ms, once`);
      return () => {
        batch();
      };
    },
    baseline: baseline(false),
    targetMs: 1000,
  },
  {
    // Against pdfkit given the same parsed fonts: the price of layout, fallback, bidi and shaping alone.
    name: `${NAME}, against the fonts parsed once`,
    unit: 'batch',
    setup: () => () => {
      batch();
    },
    baseline: baseline(true),
  },
];
