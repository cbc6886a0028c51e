import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { base64, emlMessage, mailtoUrl } from '../../../../shared/notes/mail-message';

const body = 'Dear Zoë,\n\nThank you for the tour of the Łódź depot & the 50% cut in returns.\nI remain interested in the role.\n\nBest regards,\nSam Lee';

describe('mailto: URL', () => {
  it('percent-encodes UTF-8 subject and body with CRLF line breaks, and keeps the address readable', () => {
    const url = mailtoUrl({ to: 'zoe.adams@northwind.example', subject: 'Thank you — Zoë & the team', body });
    expect(url.startsWith('mailto:zoe.adams@northwind.example?subject=')).toBe(true);
    expect(url).not.toMatch(/\s/);
    const parsed = new URL(url);
    expect(parsed.searchParams.get('subject')).toBe('Thank you — Zoë & the team');
    expect(parsed.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));
    expect(url).toContain('%0D%0A');
  });
});

describe('.eml file', () => {
  it('is read back by a real mail parser with the same To, Subject, body, Date and Message-ID', async () => {
    const date = new Date(Date.UTC(2026, 10, 24, 18, 5, 9));
    const eml = emlMessage({
      to: 'zoe.adams@northwind.example',
      toName: 'Zoë Adams',
      subject: 'Thank you for Tuesday — a note for Zoë about the Łódź depot and its returns programme',
      body,
      fromName: 'Sam Lee',
      fromAddress: 'sam@example.org',
      date,
      messageId: '1b0e6a2e-0c5e-4bb8-9a2c-2c2f0c6a8d11@afterword.invalid',
    });
    expect(eml.split('\r\n').every((line) => line.length <= 78)).toBe(true);
    const mail = await PostalMime.parse(eml);
    expect(mail.to?.[0]).toMatchObject({ address: 'zoe.adams@northwind.example', name: 'Zoë Adams' });
    expect(mail.from).toMatchObject({ address: 'sam@example.org', name: 'Sam Lee' });
    expect(mail.subject).toBe('Thank you for Tuesday — a note for Zoë about the Łódź depot and its returns programme');
    expect(mail.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(body);
    expect(mail.messageId).toBe('<1b0e6a2e-0c5e-4bb8-9a2c-2c2f0c6a8d11@afterword.invalid>');
    expect(new Date(mail.date!).getTime()).toBe(date.getTime());
  });
});

describe('.eml headers and encodings', () => {
  const base = {
    to: 'ben.okafor@northwind.example',
    toName: 'Ben Okafor',
    fromName: 'Sam Lee',
    fromAddress: 'sam@example.org',
    date: new Date(Date.UTC(2026, 10, 24, 9, 0, 0)),
    messageId: 'a1@afterword.invalid',
  };

  it.each([
    [
      'a long ASCII subject',
      'Thank you for Tuesday and for walking me through the night shift scheduling changes at the Leeds depot',
      'Dear Ben,\n\nThank you for your time.',
    ],
    ['an ASCII subject with one very long word', `Thank you ${'x'.repeat(90)}`, 'Dear Ben,\n\nThank you for your time.'],
    [
      'emoji in subject and body',
      'Thank you 🙏 for the tour of the 🚚 depot, and for the coffee ☕ afterwards — Zoë & Łukasz too',
      'Dear Ben,\n\nThank you for the tour 🚚📦 and the 🧭 of the depot.\n\nBest regards,\nSam 👋',
    ],
  ])('%s: every line fits in 78 characters and a real parser reads it back', async (_label, subject, body) => {
    const eml = emlMessage({ ...base, subject, body });
    expect(eml.split('\r\n').every((line) => line.length <= 78)).toBe(true);
    const mail = await PostalMime.parse(eml);
    expect(mail.subject).toBe(subject);
    expect(mail.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(body);
  });

  it.each([[''], ['a'], ['ab'], ['abc'], ['Zoë'], ['🙏'], ['Łódź 🚚 depot — 50%']])('base64 of %j matches Node’s encoder', (text) => {
    expect(base64(new TextEncoder().encode(text))).toBe(Buffer.from(text, 'utf8').toString('base64'));
  });
});
