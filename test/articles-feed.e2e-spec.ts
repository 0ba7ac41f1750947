import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';
import { Role } from '../src/common/auth/role.enum';

const IMPORT_FEED = `mutation($input: ImportFeedInput!) {
  importFeed(input: $input) {
    feedTitle skippedItems
    items { title link created error article { id title sourceUrl byline publishedAt body } }
  }
}`;

const para = (s: string) => `<p>${s}</p>`;

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>City Desk</title>
    <link>https://news.example/</link>
    <description>Local news</description>
    <item>
      <title>Council votes to close Main Street to cars</title>
      <link>https://news.example/main-street</link>
      <dc:creator>Jane Reporter</dc:creator>
      <pubDate>Tue, 03 Mar 2026 09:30:00 GMT</pubDate>
      <description>Short teaser only.</description>
      <content:encoded><![CDATA[${para(
        'The city council voted on Tuesday to close Main Street to private cars from June, a plan that has divided shop owners and residents for a year.',
      )}${para(
        'Supporters argue that a car-free street will cut pollution and bring more people on foot to local businesses.',
      )}${para(
        'Critics contend that shops will lose customers who drive in from the suburbs, and that deliveries will become harder.',
      )}]]></content:encoded>
    </item>
    <item>
      <title>Library hours cut &amp; branches merged</title>
      <link>https://news.example/library-hours</link>
      <description><![CDATA[${para(
        'The library board will cut opening hours at four branches and merge two of them next year to close a budget gap.',
      )}${para(
        'Librarians warn that the cuts will hurt students who rely on the branches after school.',
      )}]]></description>
    </item>
  </channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbour Gazette</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
  <updated>2026-03-04T18:30:02Z</updated>
  <entry>
    <title>Port authority approves night-time cargo flights</title>
    <link rel="alternate" href="https://harbour.example/night-flights"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2026-03-04T08:00:00Z</published>
    <author><name>Sam Writer</name></author>
    <content type="html">${escapeXml(
      para(
        'The port authority approved night-time cargo flights at the harbour airport on Wednesday, ending a ban that lasted twenty years.',
      ) +
        para(
          'Residents say the noise will keep thousands of families awake, while the operators insist that modern aircraft are far quieter.',
        ),
    )}</content>
  </entry>
  <entry>
    <title>Ferry fares to rise</title>
    <link rel="alternate" href="https://harbour.example/ferry-fares"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b</id>
    <updated>2026-03-03T08:00:00Z</updated>
    <summary>Ferry fares will rise by ten percent in April, the operator announced, blaming fuel costs that have doubled since last year.</summary>
  </entry>
  <entry>
    <title>An entry with nothing in it</title>
    <link rel="alternate" href="https://harbour.example/empty"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6c</id>
    <updated>2026-03-02T08:00:00Z</updated>
  </entry>
</feed>`;

function escapeXml(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

interface FeedItem {
  title: string | null;
  link: string | null;
  created: boolean;
  error: string | null;
  article: {
    id: string;
    title: string;
    sourceUrl: string | null;
    byline: string | null;
    publishedAt: string | null;
    body: string;
  } | null;
}
interface FeedAnswer {
  importFeed: { feedTitle: string | null; skippedItems: number; items: FeedItem[] };
}

describe('importing a feed', () => {
  let t: TestApp;
  let moderator: TestUser;
  let server: Server;
  let base: string;
  const served: Record<string, { status: number; type: string; body: string }> = {
    '/feed.xml': { status: 200, type: 'application/rss+xml; charset=utf-8', body: RSS },
    '/page.html': {
      status: 200,
      type: 'text/html',
      body: '<html><body><p>Hello</p></body></html>',
    },
  };

  beforeAll(async () => {
    // The test feeds are served on 127.0.0.1, which the product refuses by default (see below).
    t = await startTestApp({ FEED_ALLOW_PRIVATE_HOSTS: 'true' });
    moderator = await signUpUser(t, { role: Role.MODERATOR });
    server = createServer((req, res) => {
      if (req.url === '/moved.xml') {
        res.writeHead(301, { location: '/feed.xml' });
        res.end();
        return;
      }
      if (req.url === '/huge.xml') {
        // 6 MB in chunks, with no Content-Length to give the size away up front.
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const chunk = `<!-- ${'x'.repeat(64 * 1024)} -->\n`;
        for (let i = 0; i < 96; i++) res.write(chunk);
        res.end();
        return;
      }
      const page = served[req.url ?? ''];
      res.writeHead(page?.status ?? 404, { 'content-type': page?.type ?? 'text/plain' });
      res.end(page?.body ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  const importFeed = async (input: Record<string, string>, token = moderator.token) =>
    t.gql<FeedAnswer>(IMPORT_FEED, { input }, token);

  const articleCount = async () =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM articles`))[0].n);

  it('imports each RSS item once from its fullest content, with title, link, author and date; again, nothing new', async () => {
    const before = await articleCount();
    const { importFeed: feed } = expectOk(await importFeed({ xml: RSS }));
    expect(feed.feedTitle).toBe('City Desk');
    expect(feed.skippedItems).toBe(0);
    expect(feed.items.map((i) => [i.title, i.created, i.error])).toEqual([
      ['Council votes to close Main Street to cars', true, null],
      ['Library hours cut & branches merged', true, null],
    ]);
    const [street, library] = feed.items.map((i) => i.article!);
    expect(street).toMatchObject({
      title: 'Council votes to close Main Street to cars',
      sourceUrl: 'https://news.example/main-street',
      byline: 'Jane Reporter',
    });
    expect(new Date(street.publishedAt!).toISOString()).toBe('2026-03-03T09:30:00.000Z');
    // content:encoded wins over the teaser in <description>.
    expect(street.body).toContain('Critics contend that shops will lose customers');
    expect(street.body).not.toContain('Short teaser only');
    expect(library.title).toBe('Library hours cut & branches merged');
    expect(library.body).toContain('Librarians warn that the cuts will hurt students');
    expect(await articleCount()).toBe(before + 2);

    const again = expectOk(await importFeed({ xml: RSS })).importFeed;
    expect(again.items.map((i) => [i.created, i.article?.id, i.error])).toEqual([
      [false, street.id, null],
      [false, library.id, null],
    ]);
    expect(await articleCount()).toBe(before + 2);
  });

  it('imports an Atom feed from content or summary, and reports an empty entry without failing the others', async () => {
    const { importFeed: feed } = expectOk(await importFeed({ xml: ATOM }));
    expect(feed.feedTitle).toBe('Harbour Gazette');
    const [flights, fares, empty] = feed.items;
    expect(flights).toMatchObject({
      title: 'Port authority approves night-time cargo flights',
      link: 'https://harbour.example/night-flights',
      created: true,
      error: null,
      article: { sourceUrl: 'https://harbour.example/night-flights', byline: 'Sam Writer' },
    });
    expect(flights.article!.body).toContain('Residents say the noise will keep thousands');
    expect(new Date(flights.article!.publishedAt!).toISOString()).toBe('2026-03-04T08:00:00.000Z');
    expect(fares).toMatchObject({
      created: true,
      error: null,
      article: { title: 'Ferry fares to rise' },
    });
    expect(fares.article!.body).toContain('blaming fuel costs that have doubled');
    expect(empty).toMatchObject({
      title: 'An entry with nothing in it',
      created: false,
      article: null,
      error: 'The item has no content.',
    });
  });

  it('follows a redirect to the feed', async () => {
    const { importFeed: feed } = expectOk(await importFeed({ url: `${base}/moved.xml` }));
    expect(feed.feedTitle).toBe('City Desk');
  });

  it('refuses private and local addresses by default, naming the field', async () => {
    const strict = await startTestApp();
    try {
      const mod = await signUpUser(strict, { role: Role.MODERATOR });
      for (const url of [`${base}/feed.xml`, 'http://169.254.169.254/latest/meta-data/']) {
        const res = await strict.gql(IMPORT_FEED, { input: { url } }, mod.token);
        expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
        expect(errorOf(res).message).toMatch(/is a private or local address/);
      }
    } finally {
      await strict.close();
    }
  });

  it('fetches a feed from a URL; items already imported from the same links are not stored again', async () => {
    const before = await articleCount();
    const { importFeed: feed } = expectOk(await importFeed({ url: `${base}/feed.xml` }));
    expect(feed.feedTitle).toBe('City Desk');
    expect(feed.items.map((i) => [i.link, i.created])).toEqual([
      ['https://news.example/main-street', false],
      ['https://news.example/library-hours', false],
    ]);
    expect(await articleCount()).toBe(before);
  });

  it('answers BAD_USER_INPUT naming the field for invalid XML, a page that is not a feed, a dead, missing or oversized URL, and no input', async () => {
    // A port that was just free: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const cases: [Record<string, string>, string, RegExp][] = [
      [
        { xml: '<rss version="2.0"><channel><item></channel>' },
        'xml',
        /^xml is not an RSS or Atom feed: Unexpected close tag at line 1, column \d+\.$/,
      ],
      [
        { xml: '<html><body>hi</body></html>' },
        'xml',
        /^xml is not an RSS or Atom feed: no <rss>, <rdf:RDF> or <feed> root element\.$/,
      ],
      [{ url: `${base}/page.html` }, 'url', /^The document at url is not an RSS or Atom feed/],
      [
        { url: `${base}/missing.xml` },
        'url',
        /Could not fetch the feed from .*: the server answered HTTP 404\.$/,
      ],
      [
        { url: `${deadUrl}/feed.xml` },
        'url',
        /Could not fetch the feed from .*: connection refused\.$/,
      ],
      [{ url: `${base}/huge.xml` }, 'url', /: the document is larger than 5 MB\.$/],
      [{ url: 'ftp://news.example/feed.xml' }, 'url', /url must be an http\(s\) URL/],
      [{}, 'url', /Give the feed's url or its xml/],
      [{ xml: RSS, url: `${base}/feed.xml` }, 'xml', /either url or xml, not both/],
    ];
    const before = await articleCount();
    for (const [input, field, message] of cases) {
      const error = errorOf(await importFeed(input));
      expect({ input, ...error }).toMatchObject({ input, code: 'BAD_USER_INPUT', field });
      expect(error.message).toMatch(message);
    }
    expect(await articleCount()).toBe(before);
  });

  it('is for moderators, like importArticle', async () => {
    const reader = await signUpUser(t);
    expect(errorOf(await importFeed({ xml: RSS }, reader.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(IMPORT_FEED, { input: { xml: RSS } })).code).toBe('UNAUTHENTICATED');
  });
});
