/**
 * PDF generation for the print queue: 100 personalised letters, 100 #10 envelopes and the
 * labels for the same 100 addresses on Avery 5160 sheets, in one PDF with the fonts
 * embedded — layout, per-run font fallback and pdfkit together. The baseline is bare
 * pdfkit writing the same lines at the same places with the same fonts (one font per
 * line, no layout, no fallback), so the ratio is the price of everything Afterword adds.
 */
import PDFDocument from 'pdfkit';
import type { QueueItemData, QueueRecipient } from '../shared/api/printing/schemas';
import type { Page, TextItem } from '../shared/print/page-model';
import { pagesForItem } from '../shared/print/queue-pages';
import { defaultSettings } from '../shared/print/settings-defaults';
import { loadFont, type FontKey } from '../electron/core/printing/pdf/fonts';
import { drain, measureText, writePdfSync } from '../electron/core/printing/pdf/pdf-writer';
import type { Benchmark } from './harness';

const given = ['José', 'Zoë', 'Łukasz', 'Ελένη', 'Дмитрий', 'Ana', 'Ben', 'Chloé', 'Farid', 'Grace'];
const family = ['Martínez', 'Ångström', 'Wiśniewski', 'Παπαδοπούλου', 'Иванов', 'Silva', 'Okafor', 'Martin', 'Haddad', 'Liu'];

function recipient(i: number): QueueRecipient {
  const cjk = i % 10 === 9;
  return {
    personId: null,
    fullName: cjk ? ['王伟', '李娜', '张敏'][i % 3]! : `${given[i % 10]} ${family[(i * 3) % 10]}`,
    title: ['Engineering Manager', 'Head of Design', 'Team Lead', 'Recruiter'][i % 4]!,
    company: `Company ${i + 1}`,
    address: { lines: [`${100 + i} Market Street`, `Suite ${i * 7}`], city: 'San Francisco', region: 'CA', postalCode: String(94100 + i), country: 'US' },
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

const CJK = /[\u3400-\u9fff]/u;

/** Bare pdfkit: the same lines, already placed, each in one font. */
function bare(pages: Page[]): Buffer {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true });
  const fonts: FontKey[] = ['serif', 'sans', 'cjk'];
  for (const key of fonts) doc.registerFont(key, loadFont(key).data);
  for (const page of pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    for (const item of page.items) {
      if (item.kind !== 'text') continue;
      const t = item as TextItem;
      doc
        .font(CJK.test(t.text) ? 'cjk' : t.font)
        .fontSize(t.size)
        .text(t.text, t.x, t.y, { lineBreak: false, baseline: 'alphabetic' });
    }
  }
  return drain(doc);
}

export const benchmarks: Benchmark[] = [
  {
    name: '100 letters + 100 #10 envelopes + 100 labels on 5160, one PDF, fonts embedded, warm (fonts loaded, caches filled)',
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
    baseline: {
      name: 'bare pdfkit, same text, same fonts',
      setup() {
        const pages = items.flatMap((item) => pagesForItem(item, settings, offset, measureText));
        return () => {
          bare(pages);
        };
      },
    },
    targetMs: 1000,
  },
];
