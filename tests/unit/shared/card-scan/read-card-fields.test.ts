import { describe, expect, it } from 'vitest';
import { findEmail, findLinkedin, findWebsite } from '../../../../shared/card-scan/card-links';
import { readCityLine } from '../../../../shared/card-scan/card-address';
import { findPhones } from '../../../../shared/card-scan/card-phones';
import type { OcrLine, OcrPage } from '../../../../shared/card-scan/card-reading';
import { combineSides } from '../../../../shared/card-scan/combine-sides';
import { readCardFields } from '../../../../shared/card-scan/read-card-fields';
import { looksLikeName, looksLikeTitle, hasLegalForm, onlyLegalForm } from '../../../../shared/card-scan/card-words';

/** A page as the engine reports it: one line per entry, at y, with words 20 px apart; `size` is the text height. */
function page(lines: Array<{ text: string; y: number; size?: number; x?: number; confidence?: number }>): OcrPage {
  return {
    width: 1600,
    height: 1000,
    lines: lines.map(({ text, y, size = 30, x = 80, confidence = 92 }): OcrLine => {
      let cursor = x;
      const words = text.split(' ').map((w) => {
        const width = w.length * size * 0.55;
        const word = { text: w, confidence, box: { x0: cursor, y0: y, x1: cursor + width, y1: y + size } };
        cursor += width + size * 0.3;
        return word;
      });
      return { text, confidence, box: { x0: x, y0: y, x1: cursor, y1: y + size }, words };
    }),
  };
}

describe('emails', () => {
  it.each([
    ['E jane.doe@acme.de', 'jane.doe@acme.de'],
    ['Email: Jane.Doe@Acme.DE', 'jane.doe@acme.de'],
    ['jane.doe [at] acme.de', 'jane.doe@acme.de'],
    ['jane (at) acme (dot) co (dot) uk', 'jane@acme.co.uk'],
    ['francois. lowe@bluewater-systems.ca', 'francois.lowe@bluewater-systems.ca'],
    ['zoe.müller @ acme.de', 'zoe.müller@acme.de'],
  ])('%s → %s', (text, email) => expect(findEmail(text)?.email).toBe(email));

  it('finds none where there is none', () => {
    expect(findEmail('Tel +49 30 1234567')).toBeNull();
    expect(findEmail('www.acme.de')).toBeNull();
  });
});

describe('websites and LinkedIn', () => {
  it.each([
    ['www.acme.de', 'www.acme.de'],
    ['https://acme.com/careers', 'acme.com/careers'],
    ['Web: www.bluewater-systems.ca', 'www.bluewater-systems.ca'],
    ['acme.io', 'acme.io'],
  ])('%s → %s', (text, site) => expect(findWebsite(text)).toBe(site));
  it('a legal form or an email is no website', () => {
    expect(findWebsite('Acme S.p.A.')).toBeNull();
    expect(findWebsite('jane@acme.de')).toBeNull();
    expect(findWebsite('linkedin.com/in/jane')).toBeNull();
  });
  it.each([
    ['linkedin.com/in/jane-doe-123', 'linkedin.com/in/jane-doe-123'],
    ['https://www.linkedin.com/in/zoé-müller/', 'linkedin.com/in/zoé-müller'],
    ['in: de.linkedin.com/in/jdoe', 'linkedin.com/in/jdoe'],
  ])('%s → %s', (text, li) => expect(findLinkedin(text)).toBe(li));
});

describe('phones', () => {
  it.each([
    ['Tel. +49 (0)30 123 45 67', 'DE', '+49301234567', 'office'],
    ['Mobil 0151 23456789', 'DE', '+4915123456789', 'mobile'],
    ['Fax 030 1234568', 'DE', '+49301234568', 'fax'],
    ['T939 29 8758', 'ES', '+34939298758', 'office'],
    ['Cell (415) 308-1234', 'US', '+14153081234', 'mobile'],
    ['Tél. 01 42 68 53 00', 'FR', '+33142685300', 'office'],
    ['M +44 7911 123456', 'US', '+447911123456', 'mobile'],
    ['+33 6 12 34 56 78', 'US', '+33612345678', 'mobile'],
    ['Handy 0l51 2345 6789', 'DE', '+4915123456789', 'mobile'],
  ])('%s (%s) → %s %s', (text, country, e164, type) => {
    expect(findPhones(text, country).map((p) => [p.e164, p.type])).toEqual([[e164, type]]);
  });
});

describe('city lines', () => {
  it.each([
    ['10117 Berlin', { city: 'Berlin', postalCode: '10117', countries: ['DE', 'FR', 'ES', 'IT', 'FI'] }],
    ['D-80539 München', { city: 'München', postalCode: '80539', countries: ['DE'] }],
    ['Austin, TX 78701', { city: 'Austin', region: 'TX', postalCode: '78701', countries: ['US'] }],
    ['Toronto ON M5V 2T6', { city: 'Toronto', region: 'ON', postalCode: 'M5V 2T6', countries: ['CA'] }],
    ['London EC2N 4AY', { city: 'London', postalCode: 'EC2N 4AY', countries: ['GB'] }],
    ['1016 BR Amsterdam', { city: 'Amsterdam', postalCode: '1016 BR', countries: ['NL'] }],
    ['111 51 Stockholm', { city: 'Stockholm', postalCode: '111 51', countries: ['SE'] }],
    ['20121 Milano MI', { city: 'Milano', region: 'MI', postalCode: '20121', countries: ['IT'] }],
    ['8001 Zürich', { city: 'Zürich', postalCode: '8001' }],
  ])('%s', (text, expected) => expect(readCityLine(text)).toMatchObject({ region: '', ...expected }));
  it('a phone number is no city line', () => expect(readCityLine('+49 30 1234567')).toBeNull());
});

describe('names, titles and companies', () => {
  it.each(['Zoë Müller', 'José García', 'Ludwig van Beethoven', 'Dr. Hélène Dubois', "Seán O'Brien"])('%s is a name', (t) =>
    expect(looksLikeName(t)).toBe(true),
  );
  it.each(['Head of Engineering', 'Acme GmbH', 'www.acme.de', 'Friedrichstraße 68', 'Jane'])('%s is no name', (t) => expect(looksLikeName(t)).toBe(false));
  it.each(['Head of Engineering', 'Geschäftsführerin', 'Directrice commerciale', 'Vice President, Sales'])('%s is a title', (t) =>
    expect(looksLikeTitle(t)).toBe(true),
  );
  it.each(['Nordlicht Systems GmbH', 'Acme S.p.A.', 'Oakridge Labs Inc.', 'Vireo Health AB', 'Kestrel Partners GmbH & Co. KG'])('%s has a legal form', (t) =>
    expect(hasLegalForm(t)).toBe(true),
  );
  // A legal form alone on its line, as the engine slips on it: the same letters are the same form, written as cards write it.
  it.each([
    ['SA', 'SA'],
    ['sA', 'SA'],
    ['S.r.l', 'S.r.l.'],
    ['N.V', 'N.V.'],
    ['gmbh', 'GmbH'],
    [', Inc.', 'Inc.'],
  ])('%s alone is the legal form %s', (t, form) => expect(onlyLegalForm(t)).toBe(form));
  it.each(['Sales', 'S4', 'Systems AG', 'Studio'])('%s alone is no legal form', (t) => expect(onlyLegalForm(t)).toBeNull());
});

describe('a whole card', () => {
  const german = page([
    { text: 'Nordlicht Analytics GmbH', y: 60, size: 34, x: 900 },
    { text: 'Zoë Müller', y: 200, size: 60 },
    { text: 'Head of Engineering', y: 280, size: 32 },
    { text: 'Tel. +49 30 1234567', y: 700 },
    { text: 'Mobil 0151 23456789', y: 745 },
    { text: 'zoe.mueller@nordlicht.de', y: 790 },
    // Two columns come back as one line; the gap splits them.
    { text: 'www.nordlicht.de', y: 835 },
    { text: 'Friedrichstraße 68', y: 700, x: 1000 },
    { text: '10117 Berlin', y: 745, x: 1000 },
  ]);

  it('reads every field, the layout and the email deciding the name', () => {
    const r = readCardFields(german, { homeCountry: 'US' });
    expect(r.fullName.value).toBe('Zoë Müller');
    expect([r.givenName.value, r.familyName.value]).toEqual(['Zoë', 'Müller']);
    expect(r.title.value).toBe('Head of Engineering');
    expect(r.company.value).toBe('Nordlicht Analytics GmbH');
    expect(r.email.value).toBe('zoe.mueller@nordlicht.de');
    expect(r.website.value).toBe('www.nordlicht.de');
    // The national mobile number is read as German: the card's other number and its domain say so.
    expect(r.phones.map((p) => [p.number, p.type])).toEqual([
      ['+49301234567', 'office'],
      ['+4915123456789', 'mobile'],
    ]);
    expect(r.address.value).toEqual({ lines: ['Friedrichstraße 68'], city: 'Berlin', region: '', postalCode: '10117', country: 'DE' });
    expect(r.fullName.certainty).toBeGreaterThan(0.8);
  });

  it('says how sure it is: a low engine confidence lowers every field read from that line', () => {
    const shaky = page([
      { text: 'Zoë Müller', y: 200, size: 60, confidence: 40 },
      { text: 'zoe.mueller@nordlicht.de', y: 790 },
    ]);
    const r = readCardFields(shaky, { homeCountry: 'DE' });
    expect(r.fullName.value).toBe('Zoë Müller');
    expect(r.fullName.certainty).toBeLessThan(0.5);
    expect(r.email.certainty).toBeGreaterThan(0.9);
  });

  it('a five-digit code is settled by the phone: 75008 Paris with a French number is in France', () => {
    const r = readCardFields(
      page([
        { text: 'Hélène Dubois', y: 150, size: 56 },
        { text: 'Directrice commerciale', y: 230 },
        { text: 'Tél. 01 42 68 53 00', y: 600 },
        { text: '24 rue du Faubourg Saint-Honoré', y: 650 },
        { text: '75008 Paris', y: 695 },
        { text: 'helene.dubois@example.com', y: 740 },
      ]),
      { homeCountry: 'US' },
    );
    expect(r.address.value).toEqual({ lines: ['24 rue du Faubourg Saint-Honoré'], city: 'Paris', region: '', postalCode: '75008', country: 'FR' });
    expect(r.phones[0]?.number).toBe('+33142685300');
    expect(r.company.value).toBe('');
  });

  it('one comma-separated address line, and a legal form on its own line finishing the company above it', () => {
    const r = readCardFields(
      page([
        { text: 'Bluewater Systems', y: 300, size: 34 },
        { text: 'Inc.', y: 345, size: 34 },
        { text: 'Olivia Thompson', y: 100, size: 60, x: 700 },
        { text: '47 Market Street, New York, NY 10013, USA', y: 800, x: 700 },
        { text: 'olivia@bluewater.com', y: 850, x: 700 },
      ]),
      { homeCountry: 'DE' },
    );
    expect(r.company.value).toBe('Bluewater Systems Inc.');
    expect(r.address.value).toEqual({ lines: ['47 Market Street'], city: 'New York', region: 'NY', postalCode: '10013', country: 'US' });
  });

  it('a logo beside the company, read as a tall mark or two, is not part of it', () => {
    const card = page([
      { text: 'Bluewater Health AB', y: 130, size: 50, x: 250 },
      { text: 'Zoë Château', y: 330, size: 60 },
      { text: 'zoe.chateau@bluewater-health.se', y: 700 },
    ]);
    const line = card.lines[0]!;
    // The circle to the company's left, as tesseract reports it: "wp", twice as tall as the words.
    line.words.unshift({ text: 'wp', confidence: 37, box: { x0: 97, y0: 92, x1: 212, y1: 211 } });
    line.text = `wp ${line.text}`;
    expect(readCardFields(card, { homeCountry: 'SE' }).company.value).toBe('Bluewater Health AB');
  });

  it('a company broken over two lines, the engine slipping on the legal form alone, is read whole', () => {
    const r = readCardFields(
      page([
        { text: 'Halcyon Systems', y: 450, size: 50, x: 60 },
        { text: 'sA', y: 515, size: 50, x: 60 },
        { text: 'Thérèse Müller', y: 100, size: 60, x: 680 },
        { text: 'therese.muller@halcyon-systems.ch', y: 500, x: 680 },
      ]),
      { homeCountry: 'CH' },
    );
    expect(r.company.value).toBe('Halcyon Systems SA');
  });

  it('an address on one line keeps a unit and a house number on the street line they belong to', () => {
    const read = (text: string, home: string) =>
      readCardFields(
        page([
          { text: 'Olivia Thompson', y: 100, size: 60 },
          { text, y: 800 },
        ]),
        { homeCountry: home },
      ).address.value;
    expect(read('49 Mission Street, Suite 190, San Francisco, CA 94105', 'US')).toMatchObject({
      lines: ['49 Mission Street, Suite 190'],
      city: 'San Francisco',
    });
    expect(read('Calle de Alcalá, 110, 28014 Madrid, España', 'US')).toMatchObject({ lines: ['Calle de Alcalá, 110'], city: 'Madrid', country: 'ES' });
    expect(read('Acme House, 12 High Street, London SW1A 1AA', 'GB')).toMatchObject({ lines: ['Acme House', '12 High Street'] });
  });

  it('a calling code with the trunk prefix in brackets: +44 (0) 20 … is +4420…', () => {
    expect(findPhones('Tel. +44 (0) 20 7946 0958', 'US').map((p) => p.e164)).toEqual(['+442079460958']);
    expect(findPhones('M +34 (0) 680 16 71 00', 'US').map((p) => p.e164)).toEqual(['+34680167100']);
  });

  it('combines both sides: each field from the side that read it more surely', () => {
    const front = readCardFields(
      page([
        { text: 'Zoë Müller', y: 200, size: 60 },
        { text: 'Tel. +49 30 1234567', y: 700 },
      ]),
      { homeCountry: 'DE' },
    );
    const back = readCardFields(
      page([
        { text: 'Zoe Muller', y: 200, size: 60, confidence: 60 },
        { text: 'Mobil +49 151 23456789', y: 700 },
        { text: 'zoe@nordlicht.de', y: 750 },
      ]),
      { homeCountry: 'DE' },
    );
    const both = combineSides(front, back);
    expect(both.fullName.value).toBe('Zoë Müller');
    expect(both.email.value).toBe('zoe@nordlicht.de');
    expect(both.phones.map((p) => p.type)).toEqual(['office', 'mobile']);
  });
});
