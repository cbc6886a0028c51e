import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** No WCAG 2.2 AA violation that axe finds in what is on screen. */
export async function axe(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const found = result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe on ${what}`).toEqual([]);
}

// Runs in the page; kept as source text because the tests are typed without the DOM.
const SIDEWAYS_OVERFLOW = `(() => {
  const out = [];
  const viewport = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > viewport) out.push('page ' + document.documentElement.scrollWidth + 'px');
  for (const el of document.querySelectorAll('main, main *')) {
    // A page preview may be wider than its pane and scroll there; anything else that runs off sideways is a fault.
    if (el.closest('.preview-pages')) continue;
    const style = getComputedStyle(el);
    const name = el.tagName.toLowerCase() + '.' + (el.getAttribute('class') || '');
    if (el.scrollWidth > el.clientWidth + 1 && (style.overflowX === 'auto' || style.overflowX === 'scroll')) out.push(name + ' scrolls ' + el.scrollWidth + '>' + el.clientWidth);
    const box = el.getBoundingClientRect();
    if (box.right > viewport + 1 && style.position !== 'fixed') out.push(name + ' ends at ' + Math.round(box.right));
  }
  return out.slice(0, 5);
})()`;

/** Nothing wider than the window: no sideways scrolling anywhere in the view. */
export async function expectNoSidewaysOverflow(page: Page, what: string): Promise<void> {
  expect(await page.evaluate<string[]>(SIDEWAYS_OVERFLOW), `sideways overflow on ${what}`).toEqual([]);
}

/** How tall the view is, scrolled or not: what "fits in two screens" is measured on. */
export function viewHeight(page: Page): Promise<number> {
  return page.evaluate<number>(`document.querySelector('main').scrollHeight`);
}

/**
 * The focused element and whether its focus can be seen: an outline (or a box shadow)
 * drawn on it. Keyboard users must see where they are at every step.
 */
export function focusState(page: Page): Promise<{ tag: string; role: string; name: string; visible: boolean }> {
  return page.evaluate<{ tag: string; role: string; name: string; visible: boolean }>(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', name: '', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    // What is drawn, not what the browser would match: the outline comes from the app's own focus rules.
    const visible = outline || style.boxShadow !== 'none';
    const name = el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) || el.textContent || '';
    return { tag: el.tagName.toLowerCase(), role: el.getAttribute('role') || '', name: name.trim().slice(0, 60), visible };
  })()`);
}
