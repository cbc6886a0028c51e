import { expect, type Locator, type Page } from '@playwright/test';
import type { Api } from '../../shared/api/contract';

/** Creates an opportunity and one interview the way a person does, through the UI. */
export async function createOpportunityWithInterview(page: Page, opportunity: { company: string; role: string; date: string }): Promise<void> {
  await page.getByRole('button', { name: 'New opportunity' }).click();
  await page.getByLabel('Company').fill(opportunity.company);
  await page.getByLabel('Role').fill(opportunity.role);
  await page.getByRole('button', { name: 'Create opportunity' }).click();
  await page.getByRole('button', { name: 'New interview' }).click();
  await page.getByLabel('Interview date').fill(opportunity.date);
  await page.getByRole('button', { name: 'Add interview' }).click();
  await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('listitem')).toHaveCount(1);
}

/** The id of the first opportunity's first interview, read through the page's own window.api. */
export function firstInterviewId(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const opportunities = await api['opportunities.list']({});
    if (!opportunities.ok) throw new Error(opportunities.error.message);
    const interviews = await api['interviews.listForOpportunity']({ opportunityId: opportunities.value[0]!.id });
    if (!interviews.ok) throw new Error(interviews.error.message);
    return interviews.value[0]!.id;
  });
}

/** Opens one interviewer of the interview on screen (their card and "What you noted" first), as a person clicks their name. */
export async function openPerson(page: Page, name: string): Promise<Locator> {
  await page
    .getByRole('list', { name: 'Interviewers' })
    .getByRole('link', { name: new RegExp(`^${escapeRegExp(name)}`) })
    .click();
  const person = page.getByRole('article', { name, exact: true });
  await expect(person).toBeVisible();
  return person;
}

/** One part of the interviewer on screen: "What you noted", "Thank-you email", "Letter" or "Card draft". */
export async function openPart(page: Page, tab: 'What you noted' | 'Thank-you email' | 'Letter' | 'Card draft'): Promise<void> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
}

/** Picks a country in a country combo box by typing part of its name, as a person does. */
export async function chooseCountry(scope: Page | Locator, label: string, code: string): Promise<void> {
  const name = new Intl.DisplayNames(['en-US'], { type: 'region' }).of(code) ?? code;
  const box = scope.getByRole('combobox', { name: label });
  await box.fill(name.slice(0, 4));
  const page = 'page' in scope ? scope.page() : scope;
  await page.getByRole('option', { name, exact: true }).click();
  await expect(box).toHaveValue(name);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
