import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';
import { dataFile } from './helpers/debate';
import { Role } from '../src/common/auth/role.enum';

const IMPORT = `mutation($input: ImportArticleInput!) {
  importArticle(input: $input) {
    created
    article { id title titleDerived byline publishedAt body sections { heading start end }
      paragraphs { text start end sectionIndex sentences { text start end } } threads { id motion } }
    thread { id motion article { id } }
  }
}`;

describe('importing articles', () => {
  let t: TestApp;
  let moderator: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    moderator = await signUpUser(t, { role: Role.MODERATOR });
  });
  afterAll(() => t.close());

  it('imports the seed article: derived title, its four headings, no Markdown left, a thread in the same call', async () => {
    const res = expectOk(
      await t.gql(
        IMPORT,
        {
          input: {
            text: dataFile('seed-article.txt'),
            format: 'TEXT',
            motion:
              'Should state and municipal officials who resist federal immigration enforcement face prosecution?',
          },
        },
        moderator.token,
      ),
    );
    const { article, thread, created } = res.importArticle;
    expect(created).toBe(true);
    expect(article.titleDerived).toBe(true);
    expect(article.title).toMatch(/^The Trump administration is taking a bold step/);
    expect(article.sections.map((s: { heading: string }) => s.heading)).toEqual([
      'DOJ’s Tough Stance on Immigration',
      'Sanctuary Cities in the Crosshairs',
      'Legal Challenges on the Horizon',
      'What’s Next?',
    ]);
    expect(article.body).not.toContain('**');
    expect(article.body).toContain('sanctuary protections for undocumented immigrants');
    for (const p of article.paragraphs) {
      expect(article.body.slice(p.start, p.end)).toBe(p.text);
      for (const s of p.sentences) expect(article.body.slice(s.start, s.end)).toBe(s.text);
    }
    expect(thread.article.id).toBe(article.id);
    expect(article.threads).toEqual([{ id: thread.id, motion: thread.motion }]);

    // The same content again returns the stored article.
    const again = expectOk(
      await t.gql(
        IMPORT,
        { input: { text: dataFile('seed-article.txt'), format: 'TEXT' } },
        moderator.token,
      ),
    );
    expect(again.importArticle).toMatchObject({ created: false, article: { id: article.id } });
  });

  it('imports every corpus article with its headline as title and every gold quote in the body', async () => {
    const gold: {
      file: string;
      title: string;
      pro: { quote: string }[];
      con: { quote: string }[];
    }[] = JSON.parse(dataFile('articles/gold.json'));
    const files = readdirSync(join(__dirname, '..', 'data', 'articles')).filter((f) =>
      f.endsWith('.txt'),
    );
    expect(files).toHaveLength(10);
    for (const g of gold) {
      const res = expectOk(
        await t.gql(
          IMPORT,
          { input: { text: dataFile(`articles/${g.file}`), format: 'TEXT' } },
          moderator.token,
        ),
      );
      const { article } = res.importArticle;
      expect(article.title).toBe(g.title);
      for (const q of [...g.pro, ...g.con]) expect(article.body).toContain(q.quote);
    }
  });

  it('extracts the main content of an HTML page with byline and date, never scripts or navigation', async () => {
    const html = `<!doctype html><html><head><title>Council votes on bike lanes | City News</title>
      <meta property="article:published_time" content="2026-03-01T10:00:00Z"><style>.x{color:red}</style>
      <script>var tracking = "SECRET_SCRIPT";</script></head><body>
      <nav><a href="/">Home</a> <a href="/sport">NAV_SPORT_LINK</a></nav>
      <article><h1>Council votes on bike lanes</h1><p class="byline">By Jane Reporter</p>
      <p>The city council voted on Tuesday to build protected bike lanes on five major streets, a plan that has divided residents for months.</p>
      <h2>What supporters say</h2>
      <p>Supporters argue that separated lanes cut injuries and encourage commuters to leave their cars at home, easing congestion downtown.</p>
      <p>Critics contend that removing parking will hurt small shops that depend on drivers, and that the money should go to road repair.</p>
      </article><footer>FOOTER_COPYRIGHT</footer></body></html>`;
    const res = expectOk(
      await t.gql(
        IMPORT,
        { input: { text: html, format: 'HTML', sourceUrl: 'https://news.example/bike-lanes' } },
        moderator.token,
      ),
    );
    const { article } = res.importArticle;
    expect(article.title).toBe('Council votes on bike lanes');
    expect(article.byline).toBe('Jane Reporter');
    expect(new Date(article.publishedAt).toISOString()).toBe('2026-03-01T10:00:00.000Z');
    expect(article.body).toContain('Critics contend that removing parking');
    expect(article.body).not.toMatch(/SECRET_SCRIPT|NAV_SPORT_LINK|color:red|FOOTER_COPYRIGHT/);
    expect(article.sections.map((s: { heading: string }) => s.heading)).toEqual([
      'What supporters say',
    ]);

    // Same source URL again: the stored article, not a duplicate.
    const again = expectOk(
      await t.gql(
        IMPORT,
        {
          input: {
            text: html.replace('five', 'six'),
            format: 'HTML',
            sourceUrl: 'https://news.example/bike-lanes',
          },
        },
        moderator.token,
      ),
    );
    expect(again.importArticle).toMatchObject({ created: false, article: { id: article.id } });
  });

  it('rejects empty, binary, oversized and unsupported input with the field, storing nothing', async () => {
    const count = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM articles`))[0].n;
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ text: '   \n  ', format: 'TEXT' }, 'BAD_USER_INPUT', 'text'],
      [
        { text: 'abc\u0000\u0001\u0002\u0003def'.repeat(20), format: 'TEXT' },
        'BAD_USER_INPUT',
        'text',
      ],
      [{ text: 'word '.repeat(40_001), format: 'TEXT' }, 'BAD_USER_INPUT', 'text'],
      [
        { text: 'A fine article body.', format: 'TEXT', sourceUrl: 'ftp://example.com/x' },
        'BAD_USER_INPUT',
        'sourceUrl',
      ],
      [
        { text: 'A fine article body.', format: 'TEXT', motion: 'short' },
        'BAD_USER_INPUT',
        'motion',
      ],
    ];
    for (const [input, code, field] of cases) {
      expect(errorOf(await t.gql(IMPORT, { input }, moderator.token))).toMatchObject({
        code,
        field,
      });
    }
    expect(
      errorOf(await t.gql(IMPORT, { input: { text: 'x', format: 'PDF' } }, moderator.token)).code,
    ).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  it('lets only moderators import', async () => {
    const user = await signUpUser(t);
    const res = await t.gql(
      IMPORT,
      { input: { text: 'Some article text here.', format: 'TEXT' } },
      user.token,
    );
    expect(errorOf(res).code).toBe('FORBIDDEN');
  });
});
