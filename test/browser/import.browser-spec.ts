import { expect } from './helpers/expect';
import { BrowserApp, column, shoot, startBrowserApp } from './helpers/browser-app';
import { dataFile } from '../helpers/debate';
import { Role } from '../../src/common/auth/role.enum';
import type { Locator } from 'playwright-core';

const sideOf = async (card: Locator): Promise<'PRO' | 'CON'> =>
  (await card.getAttribute('aria-label'))!.startsWith('PRO') ? 'PRO' : 'CON';
const opposite = (side: 'PRO' | 'CON') => (side === 'PRO' ? 'CON' : 'PRO');

describe('Importing an article in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b.close());

  it('an admin imports an article, opens a thread on a suggested motion and reviews its seeded claims', async () => {
    const { page } = await b.signedInPage(Role.ADMIN);
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByLabel('Article text').fill(dataFile('articles/04-tunisia-niqab-ban.txt'));
    await page.getByLabel('Format').selectOption('TEXT');
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('heading', { name: /^Imported: / }).waitFor();

    // Pick the second candidate; the motion field takes its text, and stays editable.
    const candidates = page
      .getByRole('group', { name: 'Motion candidates, best first' })
      .getByRole('radio');
    expect(await candidates.count()).toBeGreaterThan(1);
    await candidates.nth(1).check();
    await shoot(page, 'import-page');
    const motion = await page.getByLabel('Motion', { exact: true }).inputValue();
    expect(motion.length).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Open thread' }).click();
    await page.getByRole('heading', { level: 1, name: motion }).waitFor();

    await page.getByRole('link', { name: /Review this thread’s queue/ }).click();
    const items = page.locator('li.queue-item');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    await shoot(page, 'queue');

    const review = async (button: (side: 'PRO' | 'CON') => string, reason?: string) => {
      const item = items.first();
      const card = item.locator('article.argument');
      const id = (await card.getAttribute('data-id'))!;
      const itemId = (await item.getAttribute('data-id'))!;
      const side = await sideOf(card);
      if (reason) await item.getByLabel('Reason (shown in the moderation log)').fill(reason);
      await item.getByRole('button', { name: button(side), exact: true }).click();
      await page.locator(`li.queue-item[data-id="${itemId}"]`).waitFor({ state: 'detached' });
      return { id, side };
    };
    const accepted = await review(() => 'Accept');
    const flipped = await review((side) => `Flip to ${opposite(side)} and accept`);
    const rejected = await review(() => 'Reject', 'Reported speech, not a position');

    await page.getByRole('link', { name: motion }).first().click();
    await page.getByLabel('Rank by').selectOption('NEW');
    const card = (side: 'PRO' | 'CON', id: string) =>
      column(page, side).locator(`article[data-id="${id}"]`);
    await card(accepted.side, accepted.id).waitFor();
    expect(await card(accepted.side, accepted.id).getAttribute('data-status')).toBe('PUBLISHED');
    await card(opposite(flipped.side), flipped.id).waitFor();
    expect(await card(flipped.side, flipped.id).count()).toBe(0);
    expect(
      await page.locator(`article[data-id="${rejected.id}"][data-status="PUBLISHED"]`).count(),
    ).toBe(0);
  });
});
