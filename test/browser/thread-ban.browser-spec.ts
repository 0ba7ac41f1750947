import { expect } from './helpers/expect';
import { seriousViolations } from './helpers/axe';
import { argumentCard, BrowserApp, column, shoot, startOnSampleThread } from './helpers/browser-app';
import { post } from '../helpers/debate';
import { expectOk } from '../helpers/test-app';
import { signUpUser } from '../helpers/users';
import { Role } from '../../src/common/auth/role.enum';

const BAN = `mutation($input: BanFromThreadInput!) { banFromThread(input: $input) { ban { id } } }`;
const LIFT = `mutation($input: LiftThreadBanInput!) { liftThreadBan(input: $input) { ban { id } } }`;

describe('A ban from a thread in the browser', () => {
  let b: BrowserApp;
  let threadId: string;
  beforeAll(async () => ({ b, threadId } = await startOnSampleThread()));
  afterAll(() => b.close());

  it('a banned reader sees why and until when, and finds posting, votes and the stance disabled with the reason; others see nothing', async () => {
    const mod = await signUpUser(b.t, { role: Role.MODERATOR });
    const author = await signUpUser(b.t);
    const text = 'Cars in the square scare children away.';
    const argumentId = await post(b.t, author, { threadId, side: 'PRO', body: text });
    const banned = await signUpUser(b.t);
    const until = new Date(Date.now() + 2 * 24 * 3600_000);
    const { id: banId } = expectOk(
      await b.t.gql(
        BAN,
        { input: { userId: banned.id, threadId, reason: 'Insults in every reply', until: until.toISOString() } },
        mod.token,
      ),
    ).banFromThread.ban;

    const page = await b.pageFor(banned, { bypassCSP: true });
    await page.goto(`/t/${threadId}`);
    const notice = page.getByRole('region', { name: 'Your ban from this thread' });
    await notice.getByText('Insults in every reply').waitFor();
    expect(await notice.locator('time').nth(1).getAttribute('datetime')).toBe(until.toISOString());
    const explanation = notice.getByText('you can read this thread, but not post, edit, vote');

    // Each control the API would refuse is disabled and points to the explanation.
    const write = column(page, 'PRO').getByRole('button', { name: 'Add a PRO argument' });
    const stance = page.getByRole('group', { name: 'Your stance on the motion' });
    const card = argumentCard(page, text);
    const upvote = card.getByRole('button', { name: /Upvote/ });
    for (const control of [write, stance, upvote]) {
      const describedBy = await control.getAttribute('aria-describedby');
      expect(await page.locator(`#${describedBy}`).innerText()).toBe(await explanation.innerText());
    }
    expect(await write.isDisabled()).toBe(true);
    expect(await upvote.isDisabled()).toBe(true);
    for (const radio of await stance.getByRole('radio').all()) expect(await radio.isDisabled()).toBe(true);
    expect(await card.getByRole('button', { name: 'Report' }).count()).toBe(0);
    await shoot(page, 'thread-ban');
    expect(await seriousViolations(page)).toEqual([]);

    // The argument's own page says the same.
    await page.goto(`/t/${threadId}/a/${argumentId}`);
    await page.getByRole('region', { name: 'Your ban from this thread' }).getByText('Insults in every reply').waitFor();
    expect(await column(page, 'CON').getByRole('button', { name: 'Add a CON reply' }).isDisabled()).toBe(true);

    // Another reader sees no notice and may act.
    const { page: other } = await b.signedInPage();
    await other.goto(`/t/${threadId}`);
    await argumentCard(other, text).waitFor();
    expect(await other.getByRole('region', { name: 'Your ban from this thread' }).count()).toBe(0);
    expect(await column(other, 'PRO').getByRole('button', { name: 'Add a PRO argument' }).isDisabled()).toBe(false);
    expect(await argumentCard(other, text).getByRole('button', { name: /Upvote/ }).isDisabled()).toBe(false);

    // Once lifted, the banned reader's page is whole again, and a vote goes through.
    expectOk(await b.t.gql(LIFT, { input: { banId, reason: 'Apologised' } }, mod.token));
    await page.goto(`/t/${threadId}`);
    const back = argumentCard(page, text).getByRole('button', { name: /Upvote/ });
    await back.waitFor();
    expect(await page.getByRole('region', { name: 'Your ban from this thread' }).count()).toBe(0);
    await back.click();
    await expect.poll(() => back.getAttribute('aria-pressed')).toBe('true');
  });
});
