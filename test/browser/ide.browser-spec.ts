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
    await page.getByRole('button', { name: /Execute query/ }).click();
    // The IDE loads the schema first; on a busy machine that takes a while.
    await page.getByText('Should state and local officials').first().waitFor({ timeout: 60_000 });
    expect(outside).toEqual([]);
    expect(refused).toEqual([]);
  });
});
