import { expect } from './helpers/expect';
import { seriousViolations } from './helpers/axe';
import { BrowserApp, PASSWORD, shoot, signIn, startBrowserApp } from './helpers/browser-app';
import { expectOk } from '../helpers/test-app';
import { signUpUser } from '../helpers/users';
import { Role } from '../../src/common/auth/role.enum';

const SUSPEND = `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { user { id } } }`;

describe('A suspension in the browser', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp();
  });
  afterAll(() => b.close());

  it('a suspended person sees why and until when, appeals once, follows the appeal, and signs in once it is granted', async () => {
    const user = await signUpUser(b.t);
    const mod = await signUpUser(b.t, { role: Role.MODERATOR });
    const until = new Date(Date.now() + 3 * 24 * 3600_000);
    expectOk(
      await b.t.gql(
        SUSPEND,
        { input: { userId: user.id, reason: 'Forty links a day', until: until.toISOString() } },
        mod.token,
      ),
    );

    // Signing in is refused; the page shows the suspension instead.
    const page = await (await b.context({ bypassCSP: true })).newPage();
    await page.goto('/signin');
    await page.getByLabel('Username or email').fill(user.username);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Account suspended' }).waitFor();
    const details = page.locator('section').filter({ hasText: 'Your suspension' });
    await details.getByText('Forty links a day').waitFor();
    expect(await details.locator('time').nth(1).getAttribute('datetime')).toBe(until.toISOString());
    expect(await seriousViolations(page)).toEqual([]);

    // A blank appeal is refused at its field; a real one is filed, once.
    const message = page.getByLabel('Why should the suspension be lifted?');
    await message.fill('   ');
    await page.getByRole('button', { name: 'Send appeal' }).click();
    await message.and(page.locator('[aria-invalid="true"]')).waitFor();
    await message.fill('I posted links to my own articles, as the rules allow.');
    await page.getByRole('button', { name: 'Send appeal' }).click();
    await page.getByRole('status').getByText(/^Open/).waitFor();
    expect(await page.getByRole('button', { name: 'Send appeal' }).count()).toBe(0);
    await shoot(page, 'suspended');

    // Another moderator grants it from the queue.
    const { page: mod2 } = await b.signedInPage(Role.MODERATOR);
    await mod2.goto('/mod/queue');
    await mod2.getByLabel('Kind').selectOption('APPEAL');
    const appeal = mod2.locator('li.queue-item').filter({ hasText: 'links to my own articles' });
    await appeal.getByRole('button', { name: 'Grant appeal' }).click();
    await mod2.getByRole('status').getByText('Grant appeal: done').waitFor();

    // Coming back, the page says the account is no longer suspended (at the field it names)...
    await page.goto('/suspended');
    await page.getByLabel('Username or email').fill(user.username);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Show my suspension' }).click();
    await page.getByLabel('Username or email').and(page.locator('[aria-invalid="true"]')).waitFor();
    await page.getByText('This account is not suspended').waitFor();
    // ...and signing in works again.
    await signIn(page, user.username);
  });
});
