import fs from 'node:fs';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { expect, test, type Page } from '@playwright/test';
import type { Api } from '../../shared/api/contract';
import { launchApp, type AppHandle } from './harness';
import { createOpportunityWithInterview, firstInterviewId, openPart, openPerson } from './steps';

let app: AppHandle | null = null;
test.afterEach(async () => {
  await app?.close();
  app = null;
});

interface Interviewer {
  fullName: string;
  email: string;
  topics: string;
  learned: string;
}

const ana: Interviewer = {
  fullName: 'Ana Silva',
  email: 'ana.silva@northwind.example',
  topics: 'the weekly forecast',
  learned: 'the close went from five days to two',
};
const ben: Interviewer = {
  fullName: 'Ben Okafor',
  email: 'ben.okafor@northwind.example',
  topics: 'night shift scheduling',
  learned: 'stock-outs start with late supplier calls',
};
const chloe: Interviewer = {
  fullName: 'Chloé Martin',
  email: 'chloe.martin@northwind.example',
  topics: 'supplier scorecards',
  learned: 'scorecards are shared with every supplier',
};

/** An opportunity and interview through the UI; the interviewers through the same API the interviewers page uses. */
async function interviewWith(page: Page, people: Interviewer[]) {
  await createOpportunityWithInterview(page, { company: 'Northwind Traders', role: 'Operations Analyst', date: '2026-11-24' });
  const interviewId = await firstInterviewId(page);
  await page.evaluate(
    async ({ people, interviewId }) => {
      const api = (globalThis as unknown as { api: Api }).api;
      for (const p of people) {
        const added = await api['participants.add']({ interviewId, person: { fullName: p.fullName, email: p.email, company: 'Northwind Traders' } });
        if (!added.ok) throw new Error(added.error.message);
        const updated = await api['participants.update']({ interviewId, personId: added.value.person.id, topics: p.topics, learned: p.learned });
        if (!updated.ok) throw new Error(updated.error.message);
      }
    },
    { people, interviewId },
  );
  await page.getByRole('button', { name: /^Open interview on/ }).click();
  await expect(page.getByRole('list', { name: 'Interviewers' }).getByRole('listitem')).toHaveCount(people.length);
}

const column = (page: Page, name: string) => page.getByRole('article', { name, exact: true });
const emailBox = (page: Page, name: string) => column(page, name).getByRole('textbox', { name: 'Thank-you email', exact: true });
const emailFindings = (page: Page, name: string) => page.getByRole('list', { name: `Findings: Thank-you email to ${name}` });

/** One interviewer's thank-you email, as a person gets there: their name, then the tab. */
async function openEmail(page: Page, name: string) {
  await openPerson(page, name);
  await openPart(page, 'Thank-you email');
  return page.getByRole('region', { name: `Thank-you email to ${name}` });
}

const anaEmail = `Dear Ana,

Thank you for taking the time to meet with me on Tuesday.
I enjoyed hearing how your team rebuilt the weekly forecast and shortened the close.
I remain interested in the operations analyst role and look forward to the next steps.

Best regards,
Sam Lee`;

const benDifferent = `Dear Ben,

Thank you for walking me through how the warehouse plans its night shift scheduling.
Your point that most stock-outs start with late supplier calls has stayed with me.
I would be glad to help Northwind act on it as the analyst.

Best regards,
Sam Lee`;

const chloeClean = `Dear Chloé,

Thank you for the time you gave me after the panel.
Seeing the supplier scorecards you share with every supplier showed me how openly Northwind works with its partners.
I remain interested in joining the team.

Best regards,
Sam Lee`;

test('copies are named, gushing is flagged, and a clean set of emails shows no warning', async () => {
  app = await launchApp();
  const { page } = app;
  await page.setViewportSize({ width: 1500, height: 1500 });
  await interviewWith(page, [ana, ben, chloe]);

  await openEmail(page, 'Ana Silva');
  await emailBox(page, 'Ana Silva').fill(anaEmail);
  await openEmail(page, 'Ben Okafor');
  await emailBox(page, 'Ben Okafor').fill(anaEmail.replace('Dear Ana', 'Dear Ben'));
  const gushing = chloeClean.replace(
    'Thank you for the time you gave me after the panel.',
    'Thank you SO much, it was an amazing conversation!!! I definately enjoyed it.',
  );
  await openEmail(page, 'Chloé Martin');
  await emailBox(page, 'Chloé Martin').fill(gushing);
  const chloeSubject = column(page, 'Chloé Martin').getByRole('textbox', { name: 'Subject', exact: true });
  await chloeSubject.fill('Thank you!!!');
  await expect(page.getByRole('list', { name: 'Findings: Subject to Chloé Martin' })).toContainText('Several exclamation marks');

  // The copy is named on both sides, and the shared sentences are painted in the text.
  await openEmail(page, 'Ben Okafor');
  await expect(emailFindings(page, 'Ben Okafor')).toContainText('reads like the email to Ana Silva');
  await expect(column(page, 'Ben Okafor').locator('.note-highlights mark').first()).toBeVisible();
  await openEmail(page, 'Ana Silva');
  await expect(emailFindings(page, 'Ana Silva')).toContainText('reads like the email to Ben Okafor');

  await openEmail(page, 'Chloé Martin');
  const chloeFindings = emailFindings(page, 'Chloé Martin');
  await expect(chloeFindings).toContainText('Several exclamation marks read as over-excited');
  await expect(chloeFindings).toContainText('“amazing” sounds gushing');
  await expect(chloeFindings).toContainText('“SO much” in capitals reads as shouting and gushing');
  // The dictionary has loaded once a misspelling is reported.
  await expect(chloeFindings).toContainText('“definately” is not in the dictionary.');
  // Suggestions are slow, so they come when the user looks at the finding.
  await chloeFindings.getByRole('button', { name: '“definately” is not in the dictionary.' }).click();
  await expect(chloeFindings).toContainText('Did you mean “definitely”');
  await page.screenshot({ path: test.info().outputPath('notes-with-findings.png'), fullPage: true });

  // The checks speak again before the note leaves, and nothing is opened unless the user goes on.
  await page.getByRole('region', { name: 'Thank-you email to Chloé Martin' }).getByRole('button', { name: 'Open in mail app' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('The checks still find');
  await expect(dialog).toContainText('Several exclamation marks read as over-excited');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(app.openedExternally()).toEqual([]);

  await emailBox(page, 'Chloé Martin').fill(chloeClean);
  await chloeSubject.fill('Thank you for the supplier scorecards');
  await expect(page.getByRole('list', { name: 'Findings: Subject to Chloé Martin' })).toHaveCount(0);
  await openEmail(page, 'Ben Okafor');
  await emailBox(page, 'Ben Okafor').fill(benDifferent);
  for (const name of ['Ana Silva', 'Ben Okafor', 'Chloé Martin']) {
    await openEmail(page, name);
    await expect(emailFindings(page, name).getByRole('listitem')).toHaveCount(0);
    await expect(column(page, name).getByText('Different from the other notes.')).toHaveCount(1);
  }
  await page.screenshot({ path: test.info().outputPath('notes-clean.png'), fullPage: true });
});

/** Notes from the labelled corpus (tests/fixtures/notes-corpus), with the interviewer's context as the corpus gives it. */
function corpusNote(id: string): { text: string; subject?: string; context: { recipientName: string; notes: string[] } } {
  const dir = path.resolve(__dirname, '../fixtures/notes-corpus');
  const contexts = JSON.parse(fs.readFileSync(path.join(dir, 'contexts.json'), 'utf8')) as Record<string, { recipientName: string; notes: string[] }>;
  for (const file of fs.readdirSync(dir).filter((f) => f.startsWith('notes-'))) {
    const notes = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Array<{ id: string; text: string[]; subject?: string; context: string }>;
    const found = notes.find((n) => n.id === id);
    if (found) return { text: found.text.join('\n'), ...(found.subject ? { subject: found.subject } : {}), context: contexts[found.context]! };
  }
  throw new Error(`no corpus note ${id}`);
}

test('a note the corpus marks good shows no warning, and one it marks generic is told so in plain words', async () => {
  const good = corpusNote('good-01');
  const generic = corpusNote('generic-12');
  app = await launchApp();
  const { page } = app;
  await page.setViewportSize({ width: 1500, height: 1500 });
  // The interviewers with the notes the corpus gives them, the way the interviewers page stores them.
  const fromCorpus = (c: { recipientName: string; notes: string[] }, email: string): Interviewer => ({
    fullName: c.recipientName,
    email,
    topics: c.notes[0] ?? '',
    learned: c.notes[1] ?? '',
  });
  await interviewWith(page, [fromCorpus(good.context, 'ana.silva@northwind.example'), fromCorpus(generic.context, 'ben.okafor@northwind.example')]);

  await openEmail(page, 'Ben Okafor');
  await emailBox(page, 'Ben Okafor').fill(generic.text);
  // Only once the tagger has loaded is a note judged generic: this also proves it loaded.
  await expect(emailFindings(page, 'Ben Okafor')).toContainText('This note is generic: it could go to anyone who interviewed you.');
  await expect(emailFindings(page, 'Ben Okafor')).toContainText('Add one specific remark from your conversation');

  // The dictionary has loaded once a misspelling is reported; then the good note replaces it.
  await openEmail(page, 'Ana Silva');
  await emailBox(page, 'Ana Silva').fill('Thank you for the tour. I definately remain interested.');
  await expect(emailFindings(page, 'Ana Silva')).toContainText('“definately” is not in the dictionary.');
  await column(page, 'Ana Silva').getByRole('textbox', { name: 'Subject', exact: true }).fill(good.subject!);
  await emailBox(page, 'Ana Silva').fill(good.text);
  await expect(emailFindings(page, 'Ana Silva').getByRole('listitem')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Findings: Subject to Ana Silva' })).toHaveCount(0);
  await expect(column(page, 'Ana Silva').getByText('Different from the other notes.')).toHaveCount(1);
  // The generic note is still told, and nothing else about the good one changed that.
  await openEmail(page, 'Ben Okafor');
  await expect(emailFindings(page, 'Ben Okafor')).toContainText('This note is generic');
  await page.screenshot({ path: test.info().outputPath('corpus-good-and-generic.png'), fullPage: true });
});

test('with British English chosen in Settings, British spellings pass and misspellings are still caught', async () => {
  app = await launchApp();
  const { page } = app;
  await page.setViewportSize({ width: 1500, height: 1500 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Spelling').selectOption({ label: 'British English (colour, organise)' });
  await expect(page.getByRole('status').first()).toHaveText('All changes saved');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Opportunities' }).click();
  await interviewWith(page, [ana]);
  await openEmail(page, 'Ana Silva');
  await emailBox(page, 'Ana Silva').fill(
    'Dear Ana,\n\nThank you for meeting me on Tuesday; I was honoured to see how the organisation rebuilt the weekly forecast.\nI definately remain interested in the role.\n\nKind regards,\nSam Lee',
  );
  await expect(emailFindings(page, 'Ana Silva')).toContainText('“definately” is not in the dictionary.');
  await expect(emailFindings(page, 'Ana Silva')).not.toContainText('honoured');
  await expect(emailFindings(page, 'Ana Silva')).not.toContainText('organisation');
});

test('the email is saved as .eml a mail parser reads back, opened in the mail app, marked sent, and kept after a restart', async () => {
  app = await launchApp();
  const { page, dataDir } = app;
  await interviewWith(page, [ana]);
  const anaColumn = await openEmail(page, 'Ana Silva');
  await anaColumn.getByRole('textbox', { name: 'Subject', exact: true }).fill('Thank you for Tuesday — the weekly forecast');
  await emailBox(page, 'Ana Silva').fill(anaEmail);

  const file = path.join(dataDir, 'to-ana.eml');
  app.answerNextSaveDialog(file);
  await anaColumn.getByRole('button', { name: 'Save .eml' }).click();
  await expect(anaColumn.getByText(`Saved ${file}`)).toBeVisible();
  const mail = await PostalMime.parse(fs.readFileSync(file, 'utf8'));
  expect(mail.to?.[0]).toMatchObject({ name: 'Ana Silva', address: 'ana.silva@northwind.example' });
  expect(mail.subject).toBe('Thank you for Tuesday — the weekly forecast');
  expect(mail.text?.replace(/\r\n/g, '\n').trimEnd()).toBe(anaEmail);

  await anaColumn.getByRole('button', { name: 'Open in mail app' }).click();
  await expect(anaColumn.getByText('Opened in your mail app.')).toBeVisible();
  const opened = app.openedExternally();
  expect(opened).toHaveLength(1);
  const url = new URL(opened[0]!);
  expect(url.protocol).toBe('mailto:');
  expect(url.pathname).toBe('ana.silva@northwind.example');
  expect(url.searchParams.get('subject')).toBe('Thank you for Tuesday — the weekly forecast');
  expect(url.searchParams.get('body')).toBe(anaEmail.replace(/\n/g, '\r\n'));

  await anaColumn.getByRole('button', { name: 'Mark sent' }).click();
  await expect(anaColumn.locator('.note-status').first()).toHaveText(/^Sent /);

  await app.close();
  app = await launchApp({ dataDir });
  await app.page
    .getByRole('complementary', { name: 'Opportunities' })
    .getByRole('link', { name: /Northwind Traders/ })
    .click();
  await app.page.getByRole('button', { name: /^Open interview on/ }).click();
  await openEmail(app.page, 'Ana Silva');
  await expect(emailBox(app.page, 'Ana Silva')).toHaveValue(anaEmail);
  await expect(column(app.page, 'Ana Silva').locator('.note-status').first()).toHaveText(/^Sent /);

  // What was sent is what they received: editing it asks first, and "Back to draft" undoes the mark.
  const sentEmail = app.page.getByRole('region', { name: 'Thank-you email to Ana Silva' });
  await expect(sentEmail).toContainText('Changing it here does not change what Ana Silva received.');
  await expect(emailBox(app.page, 'Ana Silva')).not.toBeEditable();
  await sentEmail.getByRole('button', { name: 'Edit anyway' }).click();
  await expect(emailBox(app.page, 'Ana Silva')).toBeEditable();
  await sentEmail.getByRole('button', { name: 'Back to draft' }).click();
  await expect(sentEmail.locator('.note-status')).toHaveText('Draft');
});

test('a template fills in what was noted, shows what is missing as gaps, and marking ready asks first', async () => {
  app = await launchApp();
  const { page } = app;
  await page.setViewportSize({ width: 1400, height: 1400 });
  await interviewWith(page, [ana]);
  const email = await openEmail(page, 'Ana Silva');
  await email.getByRole('button', { name: 'Use template' }).click();
  const box = emailBox(page, 'Ana Silva');
  await expect(box).toHaveValue(/^Dear Ana,\n\nThank you for taking the time to meet with me on Tuesday, November 24\./);
  await expect(box).toHaveValue(/\[their plan for the role\]/);
  await expect(emailFindings(page, 'Ana Silva')).toContainText('Fill in the gap: their plan for the role.');

  await email.getByRole('button', { name: 'Mark ready' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('This note still has gaps');
  await dialog.getByRole('button', { name: 'Mark anyway' }).click();
  await expect(email.locator('.note-status')).toHaveText(/^Ready /);
  // Changing the words of a ready note makes it a draft again.
  await emailBox(page, 'Ana Silva').press('End');
  await emailBox(page, 'Ana Silva').pressSequentially(' ');
  await expect(email.locator('.note-status')).toHaveText('Draft');

  await openPart(page, 'Letter');
  const letter = page.getByRole('region', { name: 'Letter to Ana Silva' });
  await letter.getByRole('button', { name: 'Use template' }).click();
  const letterBox = letter.getByRole('textbox', { name: 'Letter', exact: true });
  await expect(letterBox).toHaveValue(/Our conversation about the weekly forecast was useful to me\. I learned the close went from five days to two/);
  await page.screenshot({ path: test.info().outputPath('notes-template.png'), fullPage: true });
  await letter.getByRole('button', { name: 'Add to print queue' }).click();
  await expect(page.getByRole('dialog')).toContainText('Fill in the gap: your name.');
  await page.getByRole('dialog').getByRole('button', { name: 'Add anyway' }).click();
  await expect(letter.getByText('Added to the print queue, with an envelope.')).toBeVisible();
  const queued = await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const r = await api['printQueue.list']({});
    if (!r.ok) throw new Error(r.error.message);
    return r.value.map((item) => ({ kind: item.kind, title: item.title, data: item.data }));
  });
  expect(queued.map((q) => q.kind).sort()).toEqual(['envelope', 'letter']);
  const queuedLetter = queued.find((q) => q.kind === 'letter')!.data;
  if (queuedLetter.kind !== 'letter') throw new Error('expected a letter');
  // The printed letter takes its greeting from the note and its closing and name from Settings.
  expect(queuedLetter.salutation).toBe('Dear Ana,');
  expect(queuedLetter.body).toMatch(/^Thank you for the invitation to interview/);
  expect(queuedLetter.body).not.toContain('Sincerely');

  // The handwritten-card draft goes to the queue on its own at the chosen card size; an empty one is refused.
  await openPart(page, 'Card draft');
  const cardDraft = page.getByRole('region', { name: 'Card draft to Ana Silva' });
  await cardDraft.getByRole('button', { name: 'Add card draft to print queue' }).click();
  await expect(cardDraft.getByRole('alert')).toContainText('The card draft is empty');
  await cardDraft.getByRole('textbox', { name: 'Card draft' }).fill('Dear Ana,\n\nThe forecast whiteboard stayed with me.');
  await cardDraft.getByRole('combobox', { name: 'Card size' }).selectOption({ label: 'A7 (5 × 7 in)' });
  await cardDraft.getByRole('button', { name: 'Add card draft to print queue' }).click();
  await expect(cardDraft.getByText('Added the card draft to the print queue.')).toBeVisible();
  const card = await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const r = await api['printQueue.list']({});
    if (!r.ok) throw new Error(r.error.message);
    return r.value.find((item) => item.title.startsWith('Card draft'))?.data;
  });
  expect(card).toMatchObject({ kind: 'letter', format: 'card-a7', body: 'The forecast whiteboard stayed with me.' });

  // A template of the user's own, kept in the database, offered beside the built-in ones.
  await openPart(page, 'Letter');
  await page.getByText('Your templates').click();
  await page.getByRole('button', { name: 'Copy “Thank-you letter”' }).click();
  await page.getByRole('textbox', { name: 'Template name' }).fill('Short letter for panels');
  await expect(page.getByRole('combobox', { name: 'When' })).toHaveValue('thank-you');
  await page.getByRole('textbox', { name: 'Template text' }).fill('Dear {{firstName}},\n\nThank you for explaining {{topics}}.\n\nSincerely,\n{{yourName}}');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('list', { name: 'Your templates' })).toContainText('Short letter for panels');
  await letter.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Short letter for panels' });
  await letter.getByRole('button', { name: 'Use template' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
  await expect(letterBox).toHaveValue('Dear Ana,\n\nThank you for explaining the weekly forecast.\n\nSincerely,\n[your name]');

  // The note remembers the template it started from.
  const templateIds = await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const templates = await api['noteTemplates.list']({});
    if (!templates.ok) throw new Error(templates.error.message);
    const own = templates.value.find((t) => t.name === 'Short letter for panels')!;
    return { own: own.id };
  });
  await expect
    .poll(async () =>
      page.evaluate(async (own) => {
        const api = (globalThis as unknown as { api: Api }).api;
        const queue = await api['printQueue.list']({});
        if (!queue.ok) throw new Error(queue.error.message);
        const item = queue.value.find((q) => q.kind === 'letter')!;
        const data = item.data;
        if (data.kind !== 'letter' || !data.interviewId) return null;
        const notes = await api['notes.listForInterview']({ interviewId: data.interviewId });
        if (!notes.ok) throw new Error(notes.error.message);
        return notes.value.find((n) => n.kind === 'letter')?.templateId === own;
      }, templateIds.own),
    )
    .toBe(true);

  // A follow-up template of the user's own, and deleting one asks first.
  await page.getByRole('button', { name: 'Copy “Thank-you email (three sentences)”' }).click();
  await page.getByRole('textbox', { name: 'Template name' }).fill('Follow-up after two weeks');
  await page.getByRole('combobox', { name: 'When' }).selectOption({ label: 'Follow-up with a new idea' });
  await page.getByRole('button', { name: 'Save template' }).click();
  const own = page.getByRole('list', { name: 'Your templates' });
  await expect(own).toContainText('Follow-up after two weeks');
  const followUp = await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const r = await api['noteTemplates.list']({});
    if (!r.ok) throw new Error(r.error.message);
    return r.value.find((t) => t.name === 'Follow-up after two weeks')?.stage;
  });
  expect(followUp).toBe('follow-up');
  await own.getByRole('listitem').filter({ hasText: 'Follow-up after two weeks' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog')).toContainText('Delete this template?');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(own).toContainText('Follow-up after two weeks');
  await own.getByRole('listitem').filter({ hasText: 'Follow-up after two weeks' }).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete template' }).click();
  await expect(own).not.toContainText('Follow-up after two weeks');
});

test('a guessed address is explained before use; Copy runs the same checks first; an empty subject is reported', async () => {
  app = await launchApp();
  const { page } = app;
  await page.setViewportSize({ width: 1400, height: 1400 });
  // Ben has no address on his card; Ana's gives the company's pattern.
  await interviewWith(page, [ana, { ...ben, email: '' }]);
  const benEmail = await openEmail(page, 'Ben Okafor');
  await expect(benEmail).toContainText('ben.okafor@northwind.example — a guessed address');
  await emailBox(page, 'Ben Okafor').fill(benDifferent);
  await expect(page.getByRole('list', { name: 'Findings: Subject to Ben Okafor' })).toContainText('The subject is empty.');

  await benEmail.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('dialog')).toContainText('The subject is empty.');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await column(page, 'Ben Okafor').getByRole('textbox', { name: 'Subject', exact: true }).fill('Thank you for the night shift walk-through');
  await expect(page.getByRole('list', { name: 'Findings: Subject to Ben Okafor' })).toHaveCount(0);
  await benEmail.getByRole('button', { name: 'Open in mail app' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText("ben.okafor@northwind.example is a guess from the pattern of colleagues' addresses at Northwind Traders");
  await expect(dialog).toContainText('it is not confirmed');
  await dialog.getByRole('button', { name: 'Use the guessed address' }).click();
  await expect(benEmail.getByText('Opened in your mail app.')).toBeVisible();
  expect(new URL(app.openedExternally()[0]!).pathname).toBe('ben.okafor@northwind.example');

  // The highlight layer and the text wrap at the same width once the text scrolls, so marks stay on their words.
  await openPart(page, 'Letter');
  const letterBox = page.getByRole('region', { name: 'Letter to Ben Okafor' }).getByRole('textbox', { name: 'Letter', exact: true });
  await letterBox.fill(Array.from({ length: 40 }, () => benDifferent.split('\n')[2]).join('\n'));
  type Box = {
    clientWidth: number;
    clientHeight: number;
    scrollHeight: number;
    parentElement: { querySelector(selector: string): { clientWidth: number } | null };
  };
  const widths = await letterBox.evaluate((el) => {
    const box = el as unknown as Box;
    return { text: box.clientWidth, layer: box.parentElement.querySelector('.note-highlights')!.clientWidth, scrolls: box.scrollHeight > box.clientHeight };
  });
  expect(widths.scrolls).toBe(true);
  expect(widths.layer).toBe(widths.text);
});
