import fs from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../../../electron/core/core';
import { scriptedDialogs } from '../../../helpers/scripted-dialogs';
import { tempDir } from '../../../helpers/temp-dir';
import { typedCalls } from '../../../helpers/typed-calls';

const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});

/** The whole core on a real SQLite file, with dialogs answered and external opens recorded. */
function notesCore(dataDir = tempDir()) {
  const { dialogs, saveAnswers } = scriptedDialogs();
  const opened: string[] = [];
  let now = new Date('2026-11-24T18:05:09Z');
  const core = openCore(dataDir, {
    appVersion: 'test',
    locale: 'en-US',
    clock: { now: () => now },
    logger: { info() {}, warn() {}, error() {} },
    dialogs,
    async openExternal(url) {
      opened.push(url);
    },
  });
  cores.push(core);
  const { call, must } = typedCalls(core.dispatch);
  async function interviewWith(...people: Array<{ fullName: string; email?: string; company?: string }>) {
    const o = await must('opportunities.create', { company: people[0]?.company ?? 'Northwind Traders', role: 'Operations Analyst' });
    const i = await must('interviews.create', { opportunityId: o.id, date: '2026-11-24' });
    const ids: string[] = [];
    for (const p of people) ids.push((await must('participants.add', { interviewId: i.id, person: p })).person.id);
    return { interviewId: i.id, personIds: ids };
  }
  return { core, dataDir, call, must, interviewWith, saveAnswers, opened, setNow: (d: Date) => (now = d) };
}

const body = 'Dear Zoë,\n\nThank you for showing me the Łódź depot.\nI remain interested in the role.\n\nBest regards,\nSam Lee';

describe('notes', () => {
  it('autosaves each keystroke into one note per person and kind, and keeps it after reopening', async () => {
    const first = notesCore();
    const { interviewId, personIds } = await first.interviewWith({ fullName: 'Zoë Adams', email: 'zoe@northwind.example' });
    const personId = personIds[0]!;
    await first.must('notes.save', { interviewId, personId, kind: 'email', subject: 'Thank you' });
    await first.must('notes.save', { interviewId, personId, kind: 'email', body: 'Dear Zo' });
    const saved = await first.must('notes.save', { interviewId, personId, kind: 'email', body });
    await first.must('notes.save', { interviewId, personId, kind: 'letter', body: 'Dear Zoë,', cardDraft: 'Zoë — thank you.' });
    expect(saved).toMatchObject({ subject: 'Thank you', body, status: 'draft' });
    first.core.close();

    const again = notesCore(first.dataDir);
    const notes = await again.must('notes.listForInterview', { interviewId });
    expect(notes.map((n) => [n.kind, n.subject, n.body, n.cardDraft])).toEqual([
      ['email', 'Thank you', body, ''],
      ['letter', '', 'Dear Zoë,', 'Zoë — thank you.'],
    ]);
  });

  it('refuses to mark a note with gaps ready unless the user has seen the warning', async () => {
    const c = notesCore();
    const { interviewId, personIds } = await c.interviewWith({ fullName: 'Zoë Adams' });
    const n = await c.must('notes.save', { interviewId, personId: personIds[0]!, kind: 'email', body: 'I learned [something you learned].' });
    const refused = await c.call('notes.setStatus', { id: n.id, status: 'ready' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ field: 'acknowledgeGaps', message: 'This note still has gaps in square brackets to fill in.' });
    expect((await c.must('notes.listForInterview', { interviewId }))[0]!.status).toBe('draft');
    const ready = await c.must('notes.setStatus', { id: n.id, status: 'ready', acknowledgeGaps: true });
    expect(ready).toMatchObject({ status: 'ready', readyAt: '2026-11-24T18:05:09.000Z' });
  });

  it('asks for a confirmation, naming the flag that gives it, rather than refusing the input', async () => {
    const c = notesCore();
    const { interviewId, personIds } = await c.interviewWith({ fullName: 'Ana Silva', email: 'ana.silva@northwind.example' });
    c.core.db.prepare("UPDATE people SET email_status = 'guessed' WHERE id = ?").run(personIds[0]!);
    const n = await c.must('notes.save', { interviewId, personId: personIds[0]!, kind: 'email', body: 'I learned [something you learned].' });
    expect(await c.call('notes.setStatus', { id: n.id, status: 'ready' })).toEqual({
      ok: false,
      error: { code: 'needs-confirmation', field: 'acknowledgeGaps', message: 'This note still has gaps in square brackets to fill in.' },
    });
    expect(await c.call('notes.openInMailApp', { id: n.id })).toEqual({
      ok: false,
      error: {
        code: 'needs-confirmation',
        field: 'acknowledgeGuessedAddress',
        message: 'ana.silva@northwind.example is a guessed address for Ana Silva, not a confirmed one.',
      },
    });
    expect(c.opened).toEqual([]);
  });

  it('returns a ready note to draft when its words change, and keeps it ready when they do not', async () => {
    const c = notesCore();
    const { interviewId, personIds } = await c.interviewWith({ fullName: 'Zoë Adams' });
    const personId = personIds[0]!;
    const n = await c.must('notes.save', { interviewId, personId, kind: 'email', subject: 'Thank you', body });
    await c.must('notes.setStatus', { id: n.id, status: 'ready' });
    expect(await c.must('notes.save', { interviewId, personId, kind: 'email', subject: 'Thank you', body })).toMatchObject({ status: 'ready' });
    expect(await c.must('notes.save', { interviewId, personId, kind: 'email', body: body.replace('depot', 'depot and its yard') })).toMatchObject({
      status: 'draft',
    });
    await c.must('notes.setStatus', { id: n.id, status: 'ready' });
    expect(await c.must('notes.save', { interviewId, personId, kind: 'email', subject: 'Thank you for Tuesday' })).toMatchObject({ status: 'draft' });
  });

  it('refuses a note to someone who was not at that interview, naming the field', async () => {
    const c = notesCore();
    const first = await c.interviewWith({ fullName: 'Zoë Adams' });
    const other = await c.interviewWith({ fullName: 'José García' });
    const refused = await c.call('notes.save', { interviewId: first.interviewId, personId: other.personIds[0]!, kind: 'email', body });
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error).toMatchObject({
        field: 'personId',
        message: 'That person is not an interviewer at this interview. Add them to the interview before writing to them.',
      });
    expect(await c.must('notes.listForInterview', { interviewId: first.interviewId })).toEqual([]);
  });

  it('walks a letter through ready, printed and mailed with the time of each, and refuses "sent" for it', async () => {
    const c = notesCore();
    const { interviewId, personIds } = await c.interviewWith({ fullName: 'Zoë Adams' });
    const n = await c.must('notes.save', { interviewId, personId: personIds[0]!, kind: 'letter', body });
    const wrong = await c.call('notes.setStatus', { id: n.id, status: 'sent' });
    expect(wrong.ok).toBe(false);
    await c.must('notes.setStatus', { id: n.id, status: 'ready' });
    c.setNow(new Date('2026-11-25T09:00:00Z'));
    await c.must('notes.setStatus', { id: n.id, status: 'printed' });
    c.setNow(new Date('2026-11-25T12:30:00Z'));
    const mailed = await c.must('notes.setStatus', { id: n.id, status: 'mailed' });
    expect(mailed).toMatchObject({
      status: 'mailed',
      readyAt: '2026-11-24T18:05:09.000Z',
      printedAt: '2026-11-25T09:00:00.000Z',
      mailedAt: '2026-11-25T12:30:00.000Z',
    });
  });

  it('opens the mail app with a mailto: URL to the confirmed address', async () => {
    const c = notesCore();
    const { interviewId, personIds } = await c.interviewWith({ fullName: 'Zoë Adams', email: 'zoe@northwind.example' });
    const n = await c.must('notes.save', { interviewId, personId: personIds[0]!, kind: 'email', subject: 'Thank you — Tuesday', body });
    const { url } = await c.must('notes.openInMailApp', { id: n.id });
    expect(c.opened).toEqual([url]);
    const parsed = new URL(url);
    expect(parsed.pathname).toBe('zoe@northwind.example');
    expect(parsed.searchParams.get('subject')).toBe('Thank you — Tuesday');
    expect(parsed.searchParams.get('body')).toBe(body.replace(/\n/g, '\r\n'));
  });

  it('warns before using a guessed address and refuses when there is none', async () => {
    const c = notesCore();
    const { interviewId, personIds } = await c.interviewWith({ fullName: 'Ana Silva', email: 'ana.silva@northwind.example' }, { fullName: 'Ben Okafor' });
    // As if the address had been worked out from a colleague's: the people part marks those 'guessed'.
    c.core.db.prepare("UPDATE people SET email_status = 'guessed' WHERE id = ?").run(personIds[0]!);
    c.core.db.prepare("UPDATE people SET email = '', email_status = 'none' WHERE id = ?").run(personIds[1]!);
    const toAna = await c.must('notes.save', { interviewId, personId: personIds[0]!, kind: 'email', body });
    const toBen = await c.must('notes.save', { interviewId, personId: personIds[1]!, kind: 'email', body });
    const guessed = await c.call('notes.openInMailApp', { id: toAna.id });
    expect(guessed.ok).toBe(false);
    if (!guessed.ok) expect(guessed.error.message).toBe('ana.silva@northwind.example is a guessed address for Ana Silva, not a confirmed one.');
    expect(c.opened).toEqual([]);
    expect((await c.call('notes.openInMailApp', { id: toAna.id, acknowledgeGuessedAddress: true })).ok).toBe(true);
    const none = await c.call('notes.saveEml', { id: toBen.id });
    expect(none.ok ? '' : none.error.message).toBe('There is no email address for Ben Okafor. Add it on their card first.');
  });

  it('refuses an address that is not one, as follow-through does, and opens nothing', async () => {
    const c = notesCore();
    const { interviewId, personIds } = await c.interviewWith({ fullName: 'Cy Dee', email: 'cy@northwind.example' });
    c.core.db.prepare("UPDATE people SET email = 'not an address' WHERE id = ?").run(personIds[0]!);
    const n = await c.must('notes.save', { interviewId, personId: personIds[0]!, kind: 'email', body });
    const refused = await c.call('notes.openInMailApp', { id: n.id });
    expect(refused.ok ? '' : refused.error.message).toBe("not an address is not an email address. Correct it on Cy Dee's card.");
    expect(c.opened).toEqual([]);
  });

  it('saves an .eml that a real mail parser reads back, from the name in Settings', async () => {
    const c = notesCore();
    await c.must('settings.update', { yourName: 'Sam Lee', email: 'sam@example.org' });
    const { interviewId, personIds } = await c.interviewWith({ fullName: 'Zoë Adams', email: 'zoe@northwind.example' });
    const n = await c.must('notes.save', { interviewId, personId: personIds[0]!, kind: 'email', subject: 'Thank you — Tuesday', body });
    const file = path.join(c.dataDir, 'zoe.eml');
    c.saveAnswers.push(file);
    expect(await c.must('notes.saveEml', { id: n.id })).toEqual({ path: file });
    const mail = await PostalMime.parse(fs.readFileSync(file, 'utf8'));
    expect(mail.to?.[0]).toMatchObject({ name: 'Zoë Adams', address: 'zoe@northwind.example' });
    expect(mail.from).toMatchObject({ name: 'Sam Lee', address: 'sam@example.org' });
    expect(mail.subject).toBe('Thank you — Tuesday');
    expect(mail.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(body);
    expect(mail.date && new Date(mail.date).toISOString()).toBe('2026-11-24T18:05:09.000Z');
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@afterword\.invalid>$/);

    c.saveAnswers.push(null);
    expect(await c.must('notes.saveEml', { id: n.id })).toEqual({ path: null });
  });

  it('finds the notes written for the company’s other interviews, and no others', async () => {
    const c = notesCore();
    const first = await c.interviewWith({ fullName: 'Ana Silva', company: 'Northwind Traders' });
    const elsewhere = await c.interviewWith({ fullName: 'Dan Reyes', company: 'Contoso' });
    const second = await c.interviewWith({ fullName: 'Ben Okafor', company: 'northwind traders ' });
    await c.must('notes.save', { interviewId: first.interviewId, personId: first.personIds[0]!, kind: 'email', body });
    await c.must('notes.save', { interviewId: first.interviewId, personId: first.personIds[0]!, kind: 'letter', body: '' });
    await c.must('notes.save', { interviewId: elsewhere.interviewId, personId: elsewhere.personIds[0]!, kind: 'email', body });
    await c.must('notes.save', { interviewId: second.interviewId, personId: second.personIds[0]!, kind: 'email', body });
    const found = await c.must('notes.listColleagueNotes', { interviewId: second.interviewId });
    expect(found.map((f) => [f.recipientName, f.note.kind, f.interviewDate])).toEqual([['Ana Silva', 'email', '2026-11-24']]);
  });

  it('lists built-in templates first and keeps the user’s own, refusing unknown fields', async () => {
    const first = notesCore();
    const bad = await first.call('noteTemplates.save', { name: 'Mine', kind: 'email', body: 'Hi {{nickname}}' });
    expect(bad.ok ? '' : bad.error.message).toContain('{{nickname}} is not a field');
    const mine = await first.must('noteTemplates.save', {
      name: 'Short and warm',
      kind: 'email',
      subject: 'Thanks, {{firstName}}',
      body: 'Dear {{firstName}}, thank you.',
    });
    first.core.close();
    const again = notesCore(first.dataDir);
    const list = await again.must('noteTemplates.list', {});
    expect(list[0]!.builtIn).toBe(true);
    expect(list.at(-1)).toEqual({ ...mine, builtIn: false });
    await again.must('noteTemplates.delete', { id: mine.id });
    expect((await again.must('noteTemplates.list', {})).some((t) => t.id === mine.id)).toBe(false);
  });
});
