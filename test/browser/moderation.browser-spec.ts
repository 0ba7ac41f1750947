import { expect } from './helpers/expect';
import {
  argumentCard,
  BrowserApp,
  shoot,
  startOnSampleThread,
} from './helpers/browser-app';
import { post } from '../helpers/debate';
import { signUpUser } from '../helpers/users';
import { expectOk } from '../helpers/test-app';
import { Role } from '../../src/common/auth/role.enum';
import { SAMPLE_MOTION } from '../../src/seed/sample-seeder';

describe('Moderation in the browser', () => {
  let b: BrowserApp;
  let threadId: string;
  beforeAll(async () => ({ b, threadId } = await startOnSampleThread()));
  afterAll(() => b.close());

  it('a report reaches the queue, a moderator removes the argument, its author appeals and another moderator restores it', async () => {
    const author = await signUpUser(b.t);
    const text = 'Anyone who disagrees is simply a coward.';
    await post(b.t, author, { threadId, side: 'CON', body: text });

    // A reader reports it, naming a fallacy from the list.
    const { page: reader } = await b.signedInPage();
    await reader.goto(`/t/${threadId}`);
    const card = argumentCard(reader, text);
    await card.getByRole('button', { name: 'Report' }).click();
    await card.getByLabel('Reason').selectOption('FALLACY');
    await card.getByLabel('Fallacy').selectOption('AD_HOMINEM');
    await card.getByRole('button', { name: 'Send report' }).click();
    await card.getByText('moderators will look at your report').waitFor();

    // Its author is signed in elsewhere, with nothing unread.
    const authorPage = await b.pageFor(author);
    await authorPage.goto(`/t/${threadId}`);
    const bell = authorPage.locator('header').getByRole('link', { name: /^Notifications/ });
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications');

    // A moderator finds it in the queue, claims it and removes it with a reason.
    const { page: mod } = await b.signedInPage(Role.MODERATOR);
    await mod.getByRole('link', { name: 'Queue' }).click();
    const item = mod.locator('li.queue-item').filter({ hasText: text });
    await item.getByText('Fallacy (Ad hominem)').waitFor();
    await item.getByRole('button', { name: 'Claim' }).click();
    await item.getByText('claimed by you').waitFor();
    // The reason is required: the API's message appears next to the field.
    await item.getByRole('button', { name: 'Remove' }).click();
    await item
      .getByLabel('Reason (shown in the moderation log)')
      .and(mod.locator('[aria-invalid="true"]'))
      .waitFor();
    await item
      .getByLabel('Reason (shown in the moderation log)')
      .fill('Attacks people, not arguments');
    await item.getByRole('button', { name: 'Remove' }).click();
    await mod.getByRole('status').getByText('Remove: done').waitFor();
    await item.waitFor({ state: 'detached' });

    // Readers see the API's placeholder in its place.
    await reader.reload();
    await reader.getByText('[removed by a moderator: Attacks people, not arguments]').waitFor();
    expect(await argumentCard(reader, text).count()).toBe(0);

    // The author's header counts the removal as it happens, without a reload.
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications, 1 unread');
    await bell.click();
    const notice = authorPage.locator('ul.notifications li').filter({
      hasText: 'A moderator removed your argument: Attacks people, not arguments',
    });
    await notice.getByText('Argument removed').waitFor();
    await shoot(authorPage, 'notifications');
    await notice.getByRole('button', { name: 'Mark read' }).click();
    await notice.getByRole('button', { name: 'Mark read' }).waitFor({ state: 'detached' });
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications');

    // Its author sees why (the notification leads to the argument), and appeals.
    await notice.getByRole('link', { name: 'The argument' }).click();
    await argumentCard(authorPage, text).waitFor();
    await authorPage.goto(`/t/${threadId}`);
    const own = argumentCard(authorPage, text);
    await own.getByText('Removed by a moderator: Attacks people, not arguments.').waitFor();
    await own.getByRole('button', { name: 'Appeal' }).click();
    await own
      .getByLabel('Why should it be restored?')
      .fill('It was a figure of speech; I will rephrase.');
    await own.getByRole('button', { name: 'Send appeal' }).click();
    await own.getByText('Your appeal is with the moderators.').waitFor();

    // The moderator who removed it may not judge the appeal; a second one grants it.
    const { page: mod2 } = await b.signedInPage(Role.MODERATOR);
    await mod2.goto('/mod/queue');
    await mod2.getByLabel('Kind').selectOption('APPEAL');
    const appeal = mod2.locator('li.queue-item').filter({ hasText: 'It was a figure of speech' });
    await appeal.getByRole('button', { name: 'Grant appeal' }).click();
    await mod2.getByRole('status').getByText('Grant appeal: done').waitFor();

    // The grant (and the restoration it brings) arrive live too.
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Notifications, 2 unread');
    await authorPage.getByRole('link', { name: author.username }).click();
    await authorPage.getByText('Granted', { exact: true }).waitFor();
    await reader.goto(`/t/${threadId}`);
    await argumentCard(reader, text).waitFor();
    await reader.getByRole('heading', { level: 1, name: SAMPLE_MOTION }).waitFor();
  });

  it('pages notifications both ways with the API cursors and marks them all read', async () => {
    const mod = await signUpUser(b.t, { role: Role.MODERATOR });
    const { page, user } = await b.signedInPage();
    for (let n = 1; n <= 23; n++) {
      expectOk(
        await b.t.gql(
          `mutation($input: WarnUserInput!) { warnUser(input: $input) { user { id } } }`,
          { input: { userId: user.id, reason: `Warning number ${n}` } },
          mod.token,
        ),
      );
    }
    await page.locator('header').getByRole('link', { name: 'Notifications, 23 unread' }).click();
    const items = page.locator('ul.notifications > li');
    const newer = page.getByRole('button', { name: 'Newer' });
    const older = page.getByRole('button', { name: 'Older' });
    await items.getByText('Warning number 23').waitFor();
    expect(await items.count()).toBe(20);
    expect(await newer.isDisabled()).toBe(true);
    await older.click();
    await items.getByText('Warning number 3', { exact: false }).first().waitFor();
    expect(await items.count()).toBe(3);
    expect(await items.first().innerText()).toContain('Warning number 3');
    expect(await older.isDisabled()).toBe(true);
    await newer.click();
    await items.getByText('Warning number 23').waitFor();
    expect(await items.count()).toBe(20);
    expect(await items.last().innerText()).toContain('Warning number 4');

    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page
      .locator('header')
      .getByRole('link', { name: 'Notifications', exact: true })
      .waitFor();
    expect(await items.getByRole('button', { name: 'Mark read' }).count()).toBe(0);
  });
});
