import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchApp, type AppHandle } from './harness';
import { chooseCountry, openPerson } from './steps';

let app: AppHandle | null = null;
test.afterEach(async () => {
  await app?.close();
  app = null;
});

const FIXTURES = path.resolve(__dirname, '../fixtures/vcards');

async function openNewInterview(page: Page, company: string) {
  await page.getByRole('button', { name: 'New opportunity' }).click();
  await page.getByLabel('Company').fill(company);
  await page.getByLabel('Role').fill('Platform Engineer');
  await page.getByRole('button', { name: 'Create opportunity' }).click();
  await page.getByRole('button', { name: 'New interview' }).click();
  await page.getByLabel('Interview date').fill('2026-11-19');
  await page.getByLabel('Title', { exact: true }).fill('Panel with the platform team');
  await page.getByRole('button', { name: 'Add interview' }).click();
  await page.getByRole('button', { name: /^Open interview on/ }).click();
}

interface Card {
  name: string;
  title: string;
  email?: string;
  phone: string;
  street: string;
  line2?: string;
  postalCode: string;
  city: string;
  region?: string;
  country: string;
}

async function addInterviewer(page: Page, card: Card) {
  await page.getByRole('button', { name: 'Add interviewer' }).click();
  const form = page.getByRole('form', { name: 'Add interviewer' });
  await form.getByLabel('Name', { exact: true }).fill(card.name);
  await form.getByLabel('Title', { exact: true }).fill(card.title);
  if (card.email) await form.getByLabel('Email').fill(card.email);
  await form.getByLabel('Phone').fill(card.phone);
  await form.getByLabel('Street and number').fill(card.street);
  if (card.line2) await form.getByLabel('Address line 2').fill(card.line2);
  await form.getByLabel('Postal code').fill(card.postalCode);
  await form.getByLabel('City').fill(card.city);
  if (card.region) await form.getByLabel('Region').fill(card.region);
  await chooseCountry(form, 'Country', card.country);
  await form.getByRole('button', { name: 'Add interviewer' }).click();
  await expect(form).toBeHidden();
}

const interviewer = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

test('three interviewers with addresses in three countries survive a restart and read correctly', async () => {
  app = await launchApp();
  const { page, dataDir } = app;
  await openNewInterview(page, 'Acme');

  await addInterviewer(page, {
    name: 'Zoë Müller',
    title: 'Head of Platform',
    email: 'zoe.mueller@acme.de',
    phone: '+49 30 1234-567',
    street: 'Friedrichstraße 123',
    line2: 'Aufgang B',
    postalCode: '10117',
    city: 'Berlin',
    country: 'DE',
  });
  await addInterviewer(page, {
    name: 'José Álvarez',
    title: 'Director de Ingeniería',
    phone: '+52 55 1234 5678',
    street: 'Av. Paseo de la Reforma 222',
    line2: 'Col. Juárez',
    postalCode: '06600',
    city: 'Ciudad de México',
    region: 'CDMX',
    country: 'MX',
  });
  await addInterviewer(page, {
    name: '王伟',
    title: '工程经理',
    phone: '+86 10 6505 1234',
    street: '朝阳区建国路88号',
    postalCode: '100022',
    city: '北京市',
    region: '北京',
    country: 'CN',
  });

  // Notes per interviewer autosave.
  await openPerson(page, 'Zoë Müller');
  await interviewer(page, 'Zoë Müller').getByLabel('Something learned').fill('They moved billing to Kubernetes last year.');
  await expect(interviewer(page, 'Zoë Müller').getByRole('status')).toHaveText('All changes saved');

  await app.close();
  app = await launchApp({ dataDir });
  const again = app.page;
  await again.getByRole('complementary', { name: 'Opportunities' }).getByRole('link', { name: /Acme/ }).click();
  await again.getByRole('button', { name: /^Open interview on/ }).click();

  await expect(again.getByRole('list', { name: 'Interviewers' }).getByRole('listitem')).toHaveCount(3);
  const zoe = await openPerson(again, 'Zoë Müller');
  await expect(zoe).toContainText('Head of Platform · Acme');
  await expect(zoe.locator('address')).toHaveText(['Friedrichstraße 123', 'Aufgang B', '10117 Berlin', 'GERMANY'].join(''));
  await expect(zoe.getByLabel('Something learned')).toHaveValue('They moved billing to Kubernetes last year.');
  await openPerson(again, 'José Álvarez');
  await expect(interviewer(again, 'José Álvarez').locator('address span')).toHaveText([
    'Av. Paseo de la Reforma 222',
    'Col. Juárez',
    '06600 Ciudad de México, CDMX',
    'MEXICO',
  ]);
  // The Chinese address is written largest first, as China writes it, and the country last for mail from abroad.
  await openPerson(again, '王伟');
  await expect(interviewer(again, '王伟').locator('address span')).toHaveText(['100022', '北京', '北京市', '朝阳区建国路88号', 'CHINA']);
  await expect(interviewer(again, '王伟')).toContainText('工程经理');

  await expect(interviewer(again, '王伟')).toContainText('Not known');
  // José has no card address; his colleague's address gives the pattern, shown as guessed.
  const jose = await openPerson(again, 'José Álvarez');
  await expect(jose).toContainText('jose.alvarez@acme.de');
  await expect(jose.getByText('guessed', { exact: true })).toBeVisible();
  await expect(jose).toContainText('zoe.mueller@acme.de');

  await again.getByRole('list', { name: 'Interviewers' }).scrollIntoViewIfNeeded();
  await again.screenshot({ path: '/tmp/afterword-interview-page.png', fullPage: true });

  await jose.getByRole('button', { name: 'Confirm jose.alvarez@acme.de' }).click();
  await expect(jose.getByText('guessed', { exact: true })).toHaveCount(0);

  // Search (in People) finds people by what was noted about them, ignoring accents.
  await again.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await again.getByLabel('Search people').fill('kubernetes');
  await expect(again.getByRole('list', { name: 'Search results' })).toContainText('Zoë Müller');
  await again.getByLabel('Search people').fill('jose alvarez');
  await expect(again.getByRole('list', { name: 'Search results' })).toContainText('José Álvarez');
});

test('bad input is named and markup is shown as text', async () => {
  app = await launchApp();
  const { page } = app;
  await openNewInterview(page, 'Contoso');
  await page.getByRole('button', { name: 'Add interviewer' }).click();
  const form = page.getByRole('form', { name: 'Add interviewer' });
  await form.getByLabel('Name', { exact: true }).fill('<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>');
  await form.getByLabel('Email').fill('not an address');
  await form.getByRole('button', { name: 'Add interviewer' }).click();
  await expect(form.getByRole('alert')).toHaveText('Email must be an address like name@example.com');
  await form.getByLabel('Email').fill('');
  await form.getByLabel('Phone').fill('555-CALL-NOW');
  await form.getByRole('button', { name: 'Add interviewer' }).click();
  await expect(form.getByRole('alert')).toContainText('Phone may contain only digits');
  await form.getByLabel('Phone').fill('+1 555 0100');
  await form.getByRole('button', { name: 'Add interviewer' }).click();
  await expect(page.getByRole('list', { name: 'Interviewers' })).toContainText('<script>document.title="pwned"</script>');
  expect(await page.title()).not.toBe('pwned');
});

test('removing an interviewer asks first and can be undone', async () => {
  app = await launchApp();
  const { page } = app;
  await openNewInterview(page, 'Fabrikam');
  await page.getByRole('button', { name: 'Add interviewer' }).click();
  await page.getByRole('form', { name: 'Add interviewer' }).getByLabel('Name', { exact: true }).fill('Jane Doe');
  await page.getByRole('form', { name: 'Add interviewer' }).getByRole('button', { name: 'Add interviewer' }).click();
  await interviewer(page, 'Jane Doe').getByLabel('Topics discussed').fill('Data platform roadmap');
  await expect(interviewer(page, 'Jane Doe').getByRole('status')).toHaveText('All changes saved');
  await page.getByRole('button', { name: 'Remove Jane Doe' }).click();
  await expect(page.getByRole('dialog')).toContainText('Remove this interviewer?');
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(interviewer(page, 'Jane Doe')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await openPerson(page, 'Jane Doe');
  await expect(interviewer(page, 'Jane Doe').getByLabel('Topics discussed')).toHaveValue('Data platform roadmap');
});

test('importing a .vcf with several cards shows a preview with matches, then the result', async () => {
  app = await launchApp();
  const { page } = app;
  await openNewInterview(page, 'Northwind');
  await page.getByRole('button', { name: 'Add interviewer' }).click();
  await page.getByRole('form', { name: 'Add interviewer' }).getByLabel('Name', { exact: true }).fill('Sam Lee');
  await page.getByRole('form', { name: 'Add interviewer' }).getByRole('button', { name: 'Add interviewer' }).click();
  await expect(interviewer(page, 'Sam Lee')).toBeVisible();

  app.answerNextOpenDialog([path.join(FIXTURES, 'google-contacts-export.vcf')]);
  await page.getByRole('button', { name: 'Import contacts' }).click();
  const preview = page.getByRole('table', { name: 'Import preview' });
  await expect(preview.getByRole('row')).toHaveCount(4);
  await expect(preview).toContainText('Wei Wang');
  await expect(preview).toContainText('Ana López Pérez');
  await expect(preview).toContainText('Matches Sam Lee (same name at the same company)');
  await page.screenshot({ path: '/tmp/afterword-import-preview.png', fullPage: true });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported from google-contacts-export.vcf' })).toContainText('2 new, 1 merged');
  await expect(page.getByRole('list', { name: 'Interviewers' }).getByRole('listitem')).toHaveCount(3);
  await openPerson(page, 'Ana López Pérez');
  await expect(interviewer(page, 'Ana López Pérez')).toContainText('Talent Partner');

  // An Android export whose first cards have only an email and whose last has neither name
  // nor email: the preview says what is left out and why, and the rest imports.
  app.answerNextOpenDialog([path.join(FIXTURES, 'made/android-email-only-and-qp.vcf')]);
  await page.getByRole('button', { name: 'Import contacts' }).click();
  await expect(page.getByRole('list', { name: 'Left out of the import' })).toHaveText(
    'Left out: Card 7 (line 35). It has no name (FN or N) and no email address, so there is nobody to import.',
  );
  await expect(page.getByRole('list', { name: 'Import warnings' })).toContainText(
    'Card 1 (line 1): the card has no name, so it is imported under its email address.',
  );
  await expect(preview.getByRole('row')).toHaveCount(7);
  await expect(preview).toContainText('Дмитрий Петров');
  await page.screenshot({ path: '/tmp/afterword-import-left-out.png', fullPage: true });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported from android-email-only-and-qp.vcf' })).toContainText('6 new');
  await expect(page.getByRole('list', { name: 'Interviewers' }).getByRole('listitem')).toHaveCount(9);
  await openPerson(page, 'Ελένη Παπαδόπουλου');

  // A file with no card in it is refused whole, naming the file.
  const notCards = path.join(app.dataDir, 'not-cards.vcf');
  fs.writeFileSync(notCards, 'Name,Email\nJane,jane@example.com\n');
  app.answerNextOpenDialog([notCards]);
  await page.getByRole('button', { name: 'Import contacts' }).click();
  await expect(page.getByRole('dialog', { name: 'Import contacts' }).getByRole('alert')).toContainText('not-cards.vcf: The file holds no contact cards');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('list', { name: 'Interviewers' }).getByRole('listitem')).toHaveCount(9);
});

test('a second round meets the same person again without typing them twice, and roles are marked', async () => {
  app = await launchApp();
  const { page } = app;
  await openNewInterview(page, 'Tailspin');
  await page.getByRole('button', { name: 'Add interviewer' }).click();
  await page.getByRole('form', { name: 'Add interviewer' }).getByLabel('Name', { exact: true }).fill('Jane Doe');
  await page.getByRole('form', { name: 'Add interviewer' }).getByRole('button', { name: 'Add interviewer' }).click();
  await interviewer(page, 'Jane Doe').getByLabel('Topics discussed').fill('Data platform roadmap');
  await expect(interviewer(page, 'Jane Doe').getByRole('status')).toHaveText('All changes saved');

  await page.getByRole('link', { name: '← Tailspin — Platform Engineer' }).click();
  await page.getByRole('button', { name: 'New interview' }).click();
  await page.getByLabel('Interview date').fill('2026-11-26');
  await page.getByRole('button', { name: 'Add interview' }).click();
  await page.getByRole('button', { name: /^Open interview on Thu, Nov 26/ }).click();
  await page.getByRole('button', { name: 'Add interviewer' }).click();
  const form = page.getByRole('form', { name: 'Add interviewer' });
  await form.getByLabel('Someone you met before at Tailspin').selectOption({ label: 'Jane Doe' });
  await form.getByRole('button', { name: 'Add interviewer' }).click();
  const jane = interviewer(page, 'Jane Doe');
  await expect(jane).toBeVisible();

  await jane.getByRole('button', { name: 'Edit Jane Doe' }).click();
  const editJane = page.getByRole('dialog', { name: 'Edit Jane Doe' });
  await editJane.getByLabel('Hiring manager', { exact: true }).check();
  await expect(jane.locator('.roles')).toContainText('Hiring manager');
  await editJane.getByLabel('Title', { exact: true }).fill('VP Engineering');
  await expect(editJane.getByRole('status').first()).toHaveText('All changes saved');
  await editJane.getByRole('button', { name: 'Done editing Jane Doe' }).click();
  await expect(jane).toContainText('VP Engineering · Tailspin');
  // The second round starts with empty notes; the first round's are found by search (in People) and opened.
  await expect(jane.getByLabel('Topics discussed')).toHaveValue('');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByLabel('Search people').fill('roadmap');
  await page.getByRole('link', { name: 'Open interview with Jane Doe' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Interview · Thu, Nov 19, 2026');
  await expect(interviewer(page, 'Jane Doe').getByLabel('Topics discussed')).toHaveValue('Data platform roadmap');
});

test('a CSV file is imported after mapping its columns, and everyone can be exported as .vcf', async () => {
  app = await launchApp();
  const { page, dataDir } = app;
  await openNewInterview(page, 'Woodgrove');
  const csv = path.join(dataDir, 'contacts.csv');
  fs.writeFileSync(
    csv,
    'Vorname,Nachname,Position,Mail,Telefon,Notiz\n' +
      'Zoë,Müller,Head of Platform,zoe.mueller@woodgrove.de,+49 30 1234-567,Asked about on-call\n' +
      'José,Álvarez,CTO,,+34 612 345 678,\n',
  );
  app.answerNextOpenDialog([csv]);
  await page.getByRole('button', { name: 'Import contacts' }).click();
  const region = page.getByRole('dialog', { name: 'Import contacts' });
  // Recognised German headers are mapped already; columns that look like emails or phones
  // but are not mapped are pointed out, until the user maps them.
  await expect(region.getByLabel('Given name')).toHaveValue('0');
  await expect(region.getByLabel('Family name')).toHaveValue('1');
  await expect(region.getByLabel('Title')).toHaveValue('2');
  const unmapped = region.getByRole('list', { name: 'Columns not imported' });
  await expect(unmapped.getByRole('listitem')).toHaveText([
    'The column “Mail” holds what look like email addresses (such as “zoe.mueller@woodgrove.de”) and is not imported. Choose it for Email if it is the one to keep.',
    'The column “Telefon” holds what look like phone numbers (such as “+49 30 1234-567”) and is not imported. Choose it for Phone if it is the one to keep.',
  ]);
  await region.getByLabel('Email').selectOption({ index: 4 });
  await region.getByLabel('Phone').selectOption({ index: 5 });
  await expect(unmapped).toBeHidden();
  await region.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByRole('table', { name: 'Import preview' });
  await expect(preview).toContainText('Line 2');
  await expect(preview).toContainText('zoe.mueller@woodgrove.de');
  await expect(preview).toContainText('José Álvarez');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await openPerson(page, 'Zoë Müller');
  await expect(interviewer(page, 'Zoë Müller')).toContainText('Head of Platform · Woodgrove');
  await openPerson(page, 'José Álvarez');
  await expect(interviewer(page, 'José Álvarez')).toContainText('jose.alvarez@woodgrove.de');
  await expect(interviewer(page, 'José Álvarez').getByText('guessed', { exact: true })).toBeVisible();

  const out = path.join(dataDir, 'woodgrove.vcf');
  app.answerNextSaveDialog(out);
  await page.getByRole('button', { name: 'Export all .vcf' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved 2 contacts' })).toBeVisible();
  const text = fs.readFileSync(out, 'utf8');
  expect(text.match(/BEGIN:VCARD/g)).toHaveLength(2);
  expect(text).toContain('FN:Zoë Müller');
  // The guessed address is not exported as if it were known.
  expect(text).not.toContain('jose.alvarez@woodgrove.de');
});

test('editing sends only what changed: an imported note survives typing, names can be corrected, a wrong guess is rejected', async () => {
  app = await launchApp();
  const { page, dataDir } = app;
  await openNewInterview(page, 'Acme');
  for (const [name, email] of [
    ['Jane Doe', 'jane.doe@acme.com'],
    ['John Smith', ''],
  ] as const) {
    await page.getByRole('button', { name: 'Add interviewer' }).click();
    const form = page.getByRole('form', { name: 'Add interviewer' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    // Given and family name follow the name as it is typed.
    await expect(form.getByLabel('Family name')).toHaveValue(name.split(' ')[1]!);
    if (email) await form.getByLabel('Email').fill(email);
    await form.getByRole('button', { name: 'Add interviewer' }).click();
    await expect(form).toBeHidden();
  }
  const john = await openPerson(page, 'John Smith');
  await expect(john.getByText('guessed', { exact: true })).toBeVisible();
  await expect(john.getByLabel('Notes', { exact: true })).toHaveValue('');

  // An import merges a card into John and writes his notes; typing another note keeps them.
  const vcf = path.join(dataDir, 'cards.vcf');
  fs.writeFileSync(
    vcf,
    'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:John Smith\r\nORG:Acme\r\nNOTE:Met at the coffee machine\r\nEND:VCARD\r\n' +
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Max Roe\r\nORG:Acme\r\nADR;TYPE=WORK:;;1 Harbour Road;Poseidonia;;12345;Atlantis\r\nEND:VCARD\r\n',
  );
  app.answerNextOpenDialog([vcf]);
  await page.getByRole('button', { name: 'Import contacts' }).click();
  await expect(page.getByRole('list', { name: 'Import warnings' })).toContainText('Card 2 (“Max Roe”): the country “Atlantis” is not recognised');
  await chooseCountry(page, 'Country for Max Roe', 'GR');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await openPerson(page, 'Max Roe');
  await expect(interviewer(page, 'Max Roe').locator('address')).toContainText('GREECE');
  await openPerson(page, 'John Smith');
  await expect(john.getByLabel('Notes', { exact: true })).toHaveValue('Met at the coffee machine');
  await john.getByLabel('Topics discussed').fill('Hiring plan');
  await expect(john.getByRole('status')).toHaveText('All changes saved');
  await page.getByRole('link', { name: '← Acme — Platform Engineer' }).click();
  await page.getByRole('button', { name: /^Open interview on/ }).click();
  await openPerson(page, 'John Smith');
  await expect(john.getByLabel('Topics discussed')).toHaveValue('Hiring plan');
  await expect(john.getByLabel('Notes', { exact: true })).toHaveValue('Met at the coffee machine');

  // In the editor the guessed address is marked beside the Email box; names can be corrected.
  await john.getByRole('button', { name: 'Edit John Smith' }).click();
  const editJohn = page.getByRole('dialog', { name: 'Edit John Smith' });
  await expect(editJohn.locator('.email-field').getByText('guessed', { exact: true })).toBeVisible();
  await expect(editJohn.getByLabel('Given name')).toHaveValue('John');
  await editJohn.getByLabel('Website').fill('https://john.example');
  await expect(editJohn.getByRole('status').first()).toHaveText('All changes saved');
  // A change that could not be saved is sent again with the next one, so its error stays in view.
  await editJohn.getByLabel('Email').fill('not an address');
  await expect(editJohn.getByRole('status').first()).toHaveText('Not saved: Email must be an address like name@example.com');
  await editJohn.getByLabel('Title', { exact: true }).fill('CTO');
  await expect(editJohn.getByRole('status').first()).toHaveText('Not saved: Email must be an address like name@example.com');
  await editJohn.getByLabel('Email').fill('john.smith@acme.com');
  await expect(editJohn.getByRole('status').first()).toHaveText('All changes saved');
  await editJohn.getByRole('button', { name: 'Done editing John Smith' }).click();
  await expect(john).toContainText('https://john.example');
  await expect(john).toContainText('CTO · Acme');
  await expect(john.getByLabel('Notes', { exact: true })).toHaveValue('Met at the coffee machine');

  await john.getByRole('button', { name: 'Not this address: john.smith@acme.com' }).click();
  await expect(john.getByText('guessed', { exact: true })).toHaveCount(0);
  await expect(john).toContainText('Not known');
  await expect(john).toContainText('You said john.smith@acme.com is not John Smith');

  // A wrong split is corrected by hand and kept.
  await john.getByRole('button', { name: 'Edit John Smith' }).click();
  await editJohn.getByLabel('Family name').fill('Smith Jones');
  await expect(editJohn.getByRole('status').first()).toHaveText('All changes saved');
  await editJohn.getByRole('button', { name: 'Done editing John Smith' }).click();
  await page.getByRole('link', { name: '← Acme — Platform Engineer' }).click();
  await page.getByRole('button', { name: /^Open interview on/ }).click();
  await openPerson(page, 'John Smith');
  await john.getByRole('button', { name: 'Edit John Smith' }).click();
  await expect(editJohn.getByLabel('Family name')).toHaveValue('Smith Jones');
  await expect(editJohn.getByLabel('Given name')).toHaveValue('John');
  await editJohn.getByRole('button', { name: 'Done editing John Smith' }).click();

  // Two removals, two Undos.
  for (const name of ['Max Roe', 'Jane Doe']) {
    await openPerson(page, name);
    await page.getByRole('button', { name: `Remove ${name}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await expect(interviewer(page, name)).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo: Max Roe was removed from this interview.' }).click();
  await openPerson(page, 'Max Roe');
  await expect(interviewer(page, 'Max Roe')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo: Jane Doe was removed from this interview.' })).toBeVisible();
});
