import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from './helpers/expect';
import { BrowserApp, column, shoot, startBrowserApp } from './helpers/browser-app';
import { dataFile } from '../helpers/debate';
import { Role } from '../../src/common/auth/role.enum';
import type { Locator } from 'playwright-core';

const sideOf = async (card: Locator): Promise<'PRO' | 'CON'> =>
  (await card.getAttribute('aria-label'))!.startsWith('PRO') ? 'PRO' : 'CON';
const opposite = (side: 'PRO' | 'CON') => (side === 'PRO' ? 'CON' : 'PRO');

/** A data file as a news site would serve it: headline, date line, paragraphs, and clutter. */
function articlePage(file: string): string {
  const [title, ...paragraphs] = dataFile(file).split(/\n\s*\n/u);
  const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  return `<!doctype html><html><head><title>${escape(title)}</title></head><body>
<nav><a href="/">Home</a> · <a href="/world">World</a></nav><article><h1>${escape(title)}</h1>
${paragraphs.map((p) => `<p>${escape(p.trim())}</p>`).join('\n')}</article>
<script>document.title = 'changed'</script></body></html>`;
}

describe('Importing an article in the browser', () => {
  let b: BrowserApp;
  let news: Server;
  let newsUrl: string;
  beforeAll(async () => {
    // The article for the URL import is served on 127.0.0.1, which the server refuses by default.
    b = await startBrowserApp({ FEED_ALLOW_PRIVATE_HOSTS: 'true' });
    const page = articlePage('articles/08-taiwan-same-sex-marriage.txt');
    news = createServer((req, res) => {
      const found = req.url === '/asia/taiwan-marriage';
      res.writeHead(found ? 200 : 404, { 'content-type': found ? 'text/html' : 'text/plain' });
      res.end(found ? page : 'not found');
    });
    await new Promise<void>((resolve) => news.listen(0, '127.0.0.1', resolve));
    newsUrl = `http://127.0.0.1:${(news.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => news.close(resolve));
    await b.close();
  });

  it('a moderator imports an article by URL; a page that cannot be fetched is named at the field', async () => {
    const { page } = await b.signedInPage(Role.MODERATOR);
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByLabel('Fetch it from a URL').check();
    expect(await page.getByLabel('Format').inputValue()).toBe('HTML');
    const url = page.getByLabel('Article URL');
    await url.fill(`${newsUrl}/world/missing`);
    await page.getByRole('button', { name: 'Import' }).click();
    await url.and(page.locator('[aria-invalid="true"]')).waitFor();
    await page
      .getByText(/Could not fetch the article from .*: the server answered HTTP 404/)
      .waitFor();

    await url.fill(`${newsUrl}/asia/taiwan-marriage`);
    await page.getByRole('button', { name: 'Import' }).click();
    await page
      .getByRole('heading', { name: /^Imported: Taiwan's legislature first in Asia/ })
      .waitFor();
    expect(await url.getAttribute('aria-invalid')).toBeNull();
    const candidates = page
      .getByRole('group', { name: 'Motion candidates, best first' })
      .getByRole('radio');
    expect(await candidates.count()).toBeGreaterThan(0);
    const motion = await page.getByLabel('Motion', { exact: true }).inputValue();
    await page.getByRole('button', { name: 'Open thread' }).click();
    await page.getByRole('heading', { level: 1, name: motion }).waitFor();
    // The article on the thread page is the page's text, without its menu or script.
    await page
      .getByText('voted 66 to 27 to legalize same-sex marriage')
      .first()
      .waitFor({ state: 'attached' });
    expect(await page.getByText('World', { exact: true }).count()).toBe(0);
  });

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
