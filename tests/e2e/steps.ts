import { expect, type Page } from '@playwright/test';
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
