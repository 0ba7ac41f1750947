import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';
import { Role } from '../src/common/auth/role.enum';

const IMPORT = `mutation($input: ImportArticleInput!) {
  importArticle(input: $input) {
    created
    article { id title sourceUrl byline body }
    thread { id motion }
  }
}`;

const PAGE = `<!doctype html><html><head><title>Main Street closes to cars | City Desk</title>
<meta name="author" content="Jane Reporter"><script>window.tracking = 1</script></head>
<body><nav>Home · Sport · Weather</nav><article><h1>Main Street closes to cars</h1>
<p>The city council voted on Tuesday to close Main Street to private cars from June, a plan that has divided shop owners and residents for a year.</p>
<p>“Footfall will rise when people can walk,” said the deputy mayor, who backed the plan from the start.</p>
<p>Shop owners said deliveries would suffer and asked for loading hours in the morning before the street opens to walkers.</p>
</article></body></html>`;

describe('importing an article from a URL the server fetches', () => {
  let t: TestApp;
  let moderator: TestUser;
  let server: Server;
  let base: string;
  const requests: { url?: string; accept?: string }[] = [];

  beforeAll(async () => {
    // The pages are served on 127.0.0.1, which the product refuses by default (see below).
    t = await startTestApp({ FEED_ALLOW_PRIVATE_HOSTS: 'true' });
    moderator = await signUpUser(t, { role: Role.MODERATOR });
    server = createServer((req, res) => {
      requests.push({ url: req.url, accept: req.headers.accept });
      if (req.url === '/main-street') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(PAGE);
      } else if (req.url === '/old-link') {
        res.writeHead(302, { location: '/main-street' });
        res.end();
      } else if (req.url === '/empty') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body>  </body></html>');
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 180_000);
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  const importArticle = (input: Record<string, unknown>, token = moderator.token) =>
    t.gql(IMPORT, { input }, token);
  const articleCount = async () =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM articles`))[0].n);

  it('fetches the page, reads its article without scripts or navigation, keeps the URL as its source and opens a thread', async () => {
    const url = `${base}/main-street`;
    const res = expectOk(
      await importArticle({ url, format: 'HTML', motion: 'Main Street should close to cars' }),
    ).importArticle;
    expect(res.created).toBe(true);
    expect(res.article).toMatchObject({ title: 'Main Street closes to cars', sourceUrl: url });
    expect(res.article.body).toContain('close Main Street to private cars from June');
    expect(res.article.body).not.toMatch(/tracking|Weather/);
    expect(res.thread).toMatchObject({ motion: 'Main Street should close to cars' });
    expect(requests.at(-1)?.accept).toMatch(/^text\/html/);

    // The same page again (through a redirect) is the stored article.
    const again = expectOk(
      await importArticle({ url: `${base}/old-link`, format: 'HTML' }),
    ).importArticle;
    expect(again).toMatchObject({ created: false, article: { id: res.article.id } });
  });

  it('names the url field for a page that cannot be fetched or read, and stores nothing', async () => {
    const before = await articleCount();
    for (const [input, message] of [
      [{ url: `${base}/missing`, format: 'HTML' }, /HTTP 404/],
      [{ url: `${base}/empty`, format: 'HTML' }, /^The page at url: /],
      [{ url: 'ftp://example.org/a', format: 'HTML' }, /http\(s\) URL/],
    ] as const) {
      const error = errorOf(await importArticle(input));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      expect(error.message).toMatch(message);
    }
    expect(
      errorOf(await importArticle({ url: `${base}/main-street`, text: 'Both', format: 'TEXT' })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    expect(errorOf(await importArticle({ format: 'TEXT' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'text',
    });
    expect(await articleCount()).toBe(before);
  });

  it('lets only moderators make the server fetch', async () => {
    const user = await signUpUser(t);
    const seen = requests.length;
    expect(
      errorOf(await importArticle({ url: `${base}/main-street`, format: 'HTML' }, user.token)).code,
    ).toBe('FORBIDDEN');
    expect(requests.length).toBe(seen);
  });

  it('refuses private and local addresses by default', async () => {
    const strict = await startTestApp();
    try {
      const mod = await signUpUser(strict, { role: Role.MODERATOR });
      const seen = requests.length;
      for (const url of [`${base}/main-street`, 'http://169.254.169.254/latest/meta-data/']) {
        const error = errorOf(
          await strict.gql(IMPORT, { input: { url, format: 'HTML' } }, mod.token),
        );
        expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
        expect(error.message).toMatch(/is a private or local address/);
      }
      expect(requests.length).toBe(seen);
    } finally {
      await strict.close();
    }
  }, 180_000);
});
