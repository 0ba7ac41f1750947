import { expect as pw } from './helpers/expect';
import {
  argumentCard,
  BrowserApp,
  column,
  sampleThreadId,
  signIn,
  startBrowserApp,
} from './helpers/browser-app';
import { signUpUser } from '../helpers/users';
import { post } from '../helpers/debate';
import { SAMPLE_MOTION } from '../../src/seed/sample-seeder';

describe('A debater in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b.close());

  it('signs up, argues both sides of the sample thread, votes, changes stance and sees another debater post live', async () => {
    const page = await (await b.context()).newPage();
    await page.goto('/signup');
    await page.getByLabel('Username').fill('ada_debater');
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('link', { name: 'ada_debater' }).waitFor();

    await page.getByRole('link', { name: SAMPLE_MOTION }).click();
    await page.getByRole('heading', { level: 1, name: SAMPLE_MOTION }).waitFor();

    await column(page, 'PRO').getByRole('button', { name: 'Add a PRO argument' }).click();

    await column(page, 'PRO')
      .getByLabel('Your PRO argument')
      .fill('Officials swore to uphold federal law too.');
    await column(page, 'PRO').getByRole('button', { name: 'Post PRO' }).click();
    await argumentCard(page, 'Officials swore to uphold federal law too.').waitFor();
    await column(page, 'CON').getByRole('button', { name: 'Add a CON argument' }).click();
    await column(page, 'CON')
      .getByLabel('Your CON argument')
      .fill('Prosecuting officials chills local democracy.');
    await column(page, 'CON').getByRole('button', { name: 'Post CON' }).click();
    const mine = column(page, 'CON')
      .locator('article.argument')
      .filter({ hasText: 'Prosecuting officials chills local democracy.' });
    await mine.waitFor();
    pw(await mine.getAttribute('aria-label')).toBe('CON argument by ada_debater');

    // Vote on a claim taken from the article; the button shows the vote and the count moves.
    const seeded = column(page, 'PRO')
      .locator('article.argument')
      .filter({ hasText: 'From the article' })
      .first();
    const up = seeded.getByRole('button', { name: /^Upvote/ });
    const before = Number((await up.textContent())!.replace(/\D/g, ''));
    await up.click();
    await pw.poll(() => up.getAttribute('aria-pressed')).toBe('true');
    pw(Number((await up.textContent())!.replace(/\D/g, ''))).toBe(before + 1);

    // The radios show the stance the server holds, so they change once it answers.
    await page.getByRole('radio', { name: 'Agree', exact: true }).click();
    await pw
      .poll(() => page.getByRole('radio', { name: 'Agree', exact: true }).isChecked())
      .toBe(true);
    await page.getByRole('radio', { name: 'Disagree' }).click();
    await page.getByText('You changed your mind 1 time: agree → disagree.').waitFor();

    // Into the argument's own replies and back up by the breadcrumbs.
    await argumentCard(page, 'Officials swore to uphold federal law too.')
      .getByRole('link', { name: /^Replies: 0 PRO · 0 CON/ })
      .click();
    await column(page, 'CON').getByRole('button', { name: 'Add a CON reply' }).click();
    await column(page, 'CON')
      .getByLabel('Your CON argument')
      .fill('Oaths bind them to their state constitutions as well.');
    await column(page, 'CON').getByRole('button', { name: 'Post CON' }).click();
    await argumentCard(page, 'Oaths bind them to their state constitutions as well.').waitFor();
    await page
      .getByRole('navigation', { name: 'Breadcrumbs' })
      .getByRole('link', { name: /^Should state and local/ })
      .click();
    await page.getByRole('heading', { level: 1, name: SAMPLE_MOTION }).waitFor();
    await argumentCard(page, 'Officials swore to uphold federal law too.')
      .getByRole('link', { name: /^Replies: 0 PRO · 1 CON/ })
      .waitFor();

    // Editing keeps the earlier version; withdrawing leaves the API's placeholder.
    const own = argumentCard(page, 'Officials swore to uphold federal law too.');
    await own.getByRole('button', { name: 'Edit' }).click();
    await own
      .getByLabel('Your argument')
      .fill('Officials swore to uphold federal law as well as state law.');
    await own.getByRole('button', { name: 'Save edit' }).click();
    const edited = argumentCard(
      page,
      'Officials swore to uphold federal law as well as state law.',
    );
    await edited.getByRole('button', { name: 'History' }).click();
    await edited
      .getByRole('list', { name: 'Earlier versions, newest first' })
      .getByText('Officials swore to uphold federal law too.')
      .waitFor();
    await mine.getByRole('button', { name: 'Withdraw' }).click();
    await mine.getByRole('button', { name: 'Yes, withdraw' }).click();
    await pw.poll(() => mine.getAttribute('data-status')).toBe('DELETED');

    // Every sentence the live region is given, kept: a ranking update that follows the post
    // moments later replaces the text, but the post's announcement was still made.
    await page.evaluate(() => {
      const region = document.querySelector('p[aria-live="polite"]')!;
      const w = window as unknown as { announced: string[] };
      w.announced = [region.textContent ?? ''];
      new MutationObserver(() => w.announced.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });

    // A second debater, in another browser profile, posts: the first sees it without reloading.
    const other = await signUpUser(b.t);
    const page2 = await (await b.context()).newPage();
    await signIn(page2, other.username);
    await page2.getByRole('link', { name: SAMPLE_MOTION }).click();
    await column(page2, 'CON').getByRole('button', { name: 'Add a CON argument' }).click();
    await column(page2, 'CON')
      .getByLabel('Your CON argument')
      .fill('Federal courts already settled this question.');
    await column(page2, 'CON').getByRole('button', { name: 'Post CON' }).click();
    await argumentCard(page2, 'Federal courts already settled this question.').waitFor();
    await column(page, 'CON')
      .locator('article.argument')
      .filter({ hasText: 'Federal courts already settled this question.' })
      .waitFor();
    await pw
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { announced: string[] }).announced.includes(
            'A new CON argument was posted.',
          ),
        ),
      )
      .toBe(true);
  });

  it('sees the thread list counts change live as others post', async () => {
    const threadId = await sampleThreadId(b.t);
    const page = await (await b.context()).newPage();
    // The list asks for live counts once it shows its threads.
    const subscribed = new Promise<void>((resolve) =>
      page.on('websocket', (ws) =>
        ws.on('framesent', (frame) => {
          if (String(frame.payload).includes('threadListActivity')) resolve();
        }),
      ),
    );
    await page.goto('/');
    await subscribed;
    const line = page
      .locator('ul.thread-list li')
      .filter({ has: page.getByRole('link', { name: SAMPLE_MOTION }) })
      .locator('p.meta');
    const count = async (side: 'PRO' | 'CON') =>
      Number(new RegExp(`(\\d+) ${side}`).exec(await line.innerText())![1]);
    const pro = await count('PRO');
    const con = await count('CON');
    // Marks this document: a reload would lose the mark.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    const author = await signUpUser(b.t);
    await post(b.t, author, { threadId, side: 'PRO', body: 'Counted live on the list.' });
    await pw.poll(() => count('PRO')).toBe(pro + 1);
    await post(b.t, author, { threadId, side: 'CON', body: 'Counted live on the list too.' });
    await pw.poll(() => count('CON')).toBe(con + 1);
    pw(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  });
});
