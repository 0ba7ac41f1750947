/// <reference lib="dom" />
import { expect } from './helpers/expect';
import { seriousViolations } from './helpers/axe';
import {
  BrowserApp,
  column,
  shoot,
  SHOTS,
  startOnSampleThread,
} from './helpers/browser-app';
import { post } from '../helpers/debate';
import { signUpUser } from '../helpers/users';
import { Role } from '../../src/common/auth/role.enum';
import { SAMPLE_MOTION } from '../../src/seed/sample-seeder';

describe('Accessibility and small screens', () => {
  let b: BrowserApp;
  let threadId: string;
  beforeAll(async () => {
    ({ b, threadId } = await startOnSampleThread());
    // Content that must not break the page: script in Markdown, a long word, a reply.
    const author = await signUpUser(b.t);
    const id = await post(b.t, author, {
      threadId,
      side: 'PRO',
      body: 'Look <script>window.pwned = 1</script> **here** and <img src=x onerror="window.pwned = 2"> Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch'.repeat(
        1,
      ),
    });
    await post(b.t, author, { threadId, parentId: id, side: 'CON', body: 'A reply to it.' });
  });
  afterAll(() => b.close());

  it('the thread list, the thread page, the queue, notifications and import have no serious or critical axe violations', async () => {
    const mod = await signUpUser(b.t, { role: Role.MODERATOR });
    const page = await b.pageFor(mod, { bypassCSP: true });
    const report: Record<string, string[]> = {};
    for (const [name, path] of [
      ['thread list', '/'],
      ['thread page', `/t/${threadId}`],
      ['queue', '/mod/queue'],
      ['notifications', '/notifications'],
      ['import', '/mod/import'],
    ] as const) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      // Several parts of a page may be loading at once; wait until none is.
      await expect.poll(() => page.locator('main').getByText(/Loading/).count()).toBe(0);
      report[name] = (await seriousViolations(page)).map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    }
    expect(report).toEqual({
      'thread list': [],
      'thread page': [],
      queue: [],
      notifications: [],
      import: [],
    });
  });

  it('posts render as the API sanitised them: no script runs', async () => {
    const page = await (await b.context()).newPage();
    await page.goto(`/t/${threadId}`);
    const card = page.locator('article.argument').filter({ hasText: 'Llanfairpwll' });
    await card.waitFor();
    expect(await card.locator('strong').innerText()).toBe('here');
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
  });

  it('works at 375 px: one column at a time, switched between PRO and CON, nothing wider than the screen', async () => {
    const user = await signUpUser(b.t);
    const page = await b.pageFor(user, { width: 375, height: 740 });
    await page.getByRole('link', { name: SAMPLE_MOTION }).click();
    await page.getByRole('heading', { level: 1, name: SAMPLE_MOTION }).waitFor();
    await column(page, 'PRO').locator('article.argument').first().waitFor();
    expect(await column(page, 'CON').isVisible()).toBe(false);
    await page
      .getByRole('group', { name: 'Show side' })
      .getByRole('button', { name: 'CON' })
      .click();
    await column(page, 'CON').locator('article.argument').first().waitFor();
    expect(await column(page, 'PRO').isVisible()).toBe(false);
    // Keyboard: the switch is reachable and operable, and the focus is visible.
    const pro = page.getByRole('group', { name: 'Show side' }).getByRole('button', { name: 'PRO' });
    await pro.focus();
    await page.keyboard.press('Enter');
    await column(page, 'PRO').waitFor();
    expect(await pro.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    // A reply can be written at this width too.
    await column(page, 'PRO').getByRole('button', { name: 'Add a PRO argument' }).click();
    await column(page, 'PRO').getByLabel('Your PRO argument').fill('Typed on a phone.');
    await column(page, 'PRO').getByRole('button', { name: 'Post PRO' }).click();
    await column(page, 'PRO')
      .locator('article.argument')
      .filter({ hasText: 'Typed on a phone.' })
      .waitFor();
    await shoot(page, 'thread-page-phone');
  });

  it('the notifications, suspension and import pages fit 375 px and are keyboard-operable', async () => {
    const mod = await signUpUser(b.t, { role: Role.MODERATOR });
    const page = await b.pageFor(mod, { width: 375, height: 740 });
    const wide: Record<string, number> = {};
    for (const path of ['/notifications', '/mod/import', '/suspended']) {
      await page.goto(path);
      await page.locator('main h1').first().waitFor();
      wide[path] = await page.evaluate(() => document.documentElement.scrollWidth);
    }
    expect(wide).toEqual({ '/notifications': 375, '/mod/import': 375, '/suspended': 375 });
    // The import page's choice of origin works from the keyboard, with a visible focus.
    await page.goto('/mod/import');
    const paste = page.getByLabel('Paste its text');
    await paste.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Fetch it from a URL').isChecked()).toBe(true);
    await page.getByLabel('Article URL').waitFor();
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle),
    ).not.toBe('none');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('url');
  });

  it('shows the API’s error next to the field it names', async () => {
    const user = await signUpUser(b.t);
    const page = await b.pageFor(user);
    await page.goto(`/t/${threadId}`);
    await column(page, 'PRO').getByRole('button', { name: 'Add a PRO argument' }).click();
    const form = column(page, 'PRO').getByRole('form', { name: 'Add a PRO argument' });
    await form.getByLabel('Your PRO argument').fill('With a bad source.');
    await form.getByRole('button', { name: 'Add a source' }).click();
    await form.getByLabel('First source title').fill('Somewhere');
    await form.getByLabel('First source URL').fill('ftp://example.com/x');
    await form.getByRole('button', { name: 'Post PRO' }).click();
    const error = form.locator('.sources-editor .field-error');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/url|URL|http/);
    expect(
      await page.locator('article.argument').filter({ hasText: 'With a bad source.' }).count(),
    ).toBe(0);
  });

  it('takes a screenshot of the thread page for the docs', async () => {
    if (!SHOTS) return;
    const admin = await signUpUser(b.t, { role: Role.ADMIN });
    const page = await b.pageFor(admin, { width: 1280, height: 1500 });
    await page.goto(`/t/${threadId}`);
    await page.getByRole('heading', { level: 1, name: SAMPLE_MOTION }).waitFor();
    await column(page, 'CON').locator('article.argument').first().waitFor();
    await page.getByText('Article:').click();
    await shoot(page, 'thread-page');
  });
});
