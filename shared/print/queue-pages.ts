import type { QueueItemData, QueueRecipient } from './queue-item';
import type { Settings } from './settings';
import { recipientLines, senderLines } from './address-block';
import { envelopeSize, layoutEnvelope } from './envelope-layout';
import { hanLanguage, hanLanguageOfLocale } from './han-language';
import { labelSheet, layoutLabels } from './label-sheet';
import { letterDate } from './letter-date';
import { layoutLetter } from './letter-layout';
import { mm, type HanLanguage, type Measure, type Page } from './page-model';

/** A printer's saved offset, in millimetres, applied to envelopes and labels. */
export interface OffsetMm {
  xMm: number;
  yMm: number;
}

export function defaultSalutation(r: Pick<QueueRecipient, 'fullName'>): string {
  return `Dear ${r.fullName.trim()},`;
}

export function itemTitle(data: QueueItemData): string {
  switch (data.kind) {
    case 'letter':
      return `${data.format === 'letter' ? 'Letter' : 'Card draft'} to ${data.recipient.fullName}`;
    case 'envelope':
      return `Envelope to ${data.recipient.fullName}`;
    case 'labels':
      return `Labels for ${data.recipients.map((r) => r.fullName).join(', ')}`;
  }
}

/**
 * The language of a recipient's Han characters, from their name and address, else the
 * country they live in; the letter, its envelope and their label all draw them alike.
 */
function recipientLang(r: QueueRecipient, settings: Settings): HanLanguage | undefined {
  const address = r.address ? [...r.address.lines, r.address.city, r.address.region] : [];
  return hanLanguage([r.fullName, r.title, r.company, ...address], r.address?.country || settings.country);
}

function senderLang(settings: Settings): HanLanguage | undefined {
  return hanLanguage([settings.yourName, settings.returnAddress], settings.country);
}

/** The pages one queue item prints, laid out with the user's settings. */
export function pagesForItem(data: QueueItemData, settings: Settings, offset: OffsetMm, measure: Measure): Page[] {
  const offsetPt = { x: mm(offset.xMm), y: mm(offset.yMm) };
  switch (data.kind) {
    case 'letter': {
      const contact = [settings.phone, settings.email].map((s) => s.trim()).filter(Boolean);
      const returnLines = settings.returnAddress
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      return layoutLetter(
        {
          paper: settings.paper,
          format: data.format,
          senderBlock: settings.paper === 'a4' ? [settings.yourName.trim(), ...returnLines, ...contact].filter(Boolean) : [...returnLines, ...contact],
          senderLine: senderLines(settings.yourName, settings.returnAddress).join(' · '),
          recipientName: data.recipient.fullName,
          insideAddress: recipientLines(data.recipient, settings.country),
          date: letterDate(data.date, settings.locale),
          salutation: data.salutation || defaultSalutation(data.recipient),
          body: data.body,
          closing: settings.closing,
          yourName: settings.yourName,
          signatureImage: settings.signatureImage,
          recipientLang: recipientLang(data.recipient, settings),
          senderLang: senderLang(settings),
          dateLang: hanLanguageOfLocale(settings.locale),
        },
        measure,
      );
    }
    case 'envelope':
      return [
        layoutEnvelope(
          {
            size: envelopeSize(data.envelope ?? settings.envelope, settings.customEnvelope),
            returnLines: senderLines(settings.yourName, settings.returnAddress),
            deliveryLines: recipientLines(data.recipient, settings.country, false),
            returnLang: senderLang(settings),
            deliveryLang: recipientLang(data.recipient, settings),
            feed: settings.envelopeFeed,
            offset: offsetPt,
          },
          measure,
        ).page,
      ];
    case 'labels':
      return layoutLabels(
        {
          sheet: labelSheet(data.sheet ?? settings.labelSheet, settings.customLabelSheet),
          addresses: data.recipients.map((r) => recipientLines(r, settings.country, false)),
          languages: data.recipients.map((r) => recipientLang(r, settings)),
          startAt: data.startAt,
          offset: offsetPt,
        },
        measure,
      );
  }
}
