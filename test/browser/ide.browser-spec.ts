import { expect } from './helpers/expect';
import { BrowserApp, startBrowserApp } from './helpers/browser-app';

describe('The GraphQL IDE', () => {
  let b: BrowserApp;
  beforeAll(async () => {
    b = await startBrowserApp({ GRAPHQL_IDE: 'true' });
  });
  afterAll(() => b.close());

  it('opens from the server’s own files with Rostra’s tabs and runs the sample query', async () => {
    const page = await (await b.context()).newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (
        !r.url().startsWith(b.url) &&
        !r.url().startsWith('ws://') &&
        !r.url().startsWith('data:')
      )
        outside.push(r.url());
    });
    // What the page's content security policy refused: the IDE must need nothing it forbids.
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    await page.goto('/graphql');
    for (const tab of ['SampleThread', 'SignIn', 'WhoAmI']) {
      await page.getByRole('tab', { name: tab }).first().waitFor();
    }
    // The IDE loads the schema first; on a busy machine that takes a while, and a click before
    // the editor is ready runs nothing. So click again until the answer shows, for up to 60 s.
    const runs = async () => {
      for (let attempt = 0; attempt < 12; attempt++) {
        await page.getByRole('button', { name: /Execute query/ }).click();
        const answered = await page
          .getByText('Should state and local officials')
          .first()
          .waitFor({ timeout: 5_000 })
          .then(() => true)
          .catch(() => false);
        if (answered) return true;
      }
      return false;
    };
    // What the policy refused is shown with the outcome, so a refusal that stops the IDE says so.
    expect({ answered: await runs(), refused }).toEqual({ answered: true, refused: [] });
    expect(outside).toEqual([]);
  });
});
