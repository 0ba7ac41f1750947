import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';
import { MAX_ARTICLE_CHARS, MAX_HTML_CHARS } from '../src/articles/import/article-limits';
import { Role } from '../src/common/auth/role.enum';

const IMPORT = `mutation($input: ImportArticleInput!) {
  importArticle(input: $input) {
    created
    article { id title byline body threads { id } }
    thread { id motion }
  }
}`;
const ORIGINAL = `query($id: ID!) { article(id: $id) { id originalText } }`;

const STORY = [
  'Council bans cars from the old town',
  '',
  'The city council voted on Tuesday to ban private cars from the old town from next spring.',
  '"Streets full of cars are dangerous for children and the air is unhealthy," said the mayor, Ana Ruiz.',
  'Shop owners said the ban would hurt trade and that customers would go to the malls instead.',
].join('\n');

/** A saved news page: a few KB of article inside hundreds of KB of scripts, styles and menus. */
function savedNewsPage(): string {
  const script = `<script>window.__STATE__ = ${JSON.stringify({ filler: 'x'.repeat(2000) })};</script>\n`;
  const menu = `<li><a href="/section">Section link</a></li>\n`;
  const paragraphs = Array.from(
    { length: 30 },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the regional assembly debated the new water charges for farms, and members from both sides spoke about the cost to growers and the state of the rivers.</p>`,
  ).join('\n');
  const page = `<!doctype html><html><head><title>Assembly debates water charges | Gazette</title>
    <meta name="author" content="&lt;a href=&quot;/staff/ana&quot;&gt;Ana Pérez&lt;/a&gt;">
    ${script.repeat(140)}</head><body><nav><ul>${menu.repeat(300)}</ul></nav>
    <article><h1>Assembly debates water charges</h1><p class="byline">By Ana Pérez</p>${paragraphs}</article>
    <footer>${menu.repeat(100)}</footer></body></html>`;
  return page;
}

describe('faithful article import', () => {
  let t: TestApp;
  let moderator: TestUser;
  const articleCount = async () =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM articles`))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp();
    moderator = await signUpUser(t, { role: Role.MODERATOR });
  });
  afterAll(() => t.close());

  it('keeps every character of a TEXT import: spacing, thin spaces and Markdown-looking signs', async () => {
    const line =
      'Maths first: 2*3*4 is 24,  __init__ runs first, see [1](2) and 1\u2009000 people.';
    const res = expectOk(
      await t.gql(
        IMPORT,
        { input: { text: `Notes from the school board\n\n${line}\n`, format: 'TEXT' } },
        moderator.token,
      ),
    );
    expect(res.importArticle.article.body).toBe(line);
  });

  it('keeps an article’s isolates and control characters, which a person’s own text may not hold', async () => {
    // News pages wrap names in isolates (U+2068…U+2069); a stray form feed survives copy and paste.
    const line =
      'The minister \u2068\u0645\u062d\u0645\u062f\u2069 said the fee is fair.\u000c Others disagree.';
    const res = expectOk(
      await t.gql(
        IMPORT,
        { input: { text: `Isolates in the news\n\n${line}\n`, format: 'TEXT' } },
        moderator.token,
      ),
    );
    expect(res.importArticle.article.body).toBe(line);
    // The motion is the moderator's own writing: the same characters are refused there.
    const refused = errorOf(
      await t.gql(
        IMPORT,
        {
          input: {
            text: `Isolates again\n\n${line}\n`,
            format: 'TEXT',
            motion: 'Is the fee \u202Efair?',
          },
        },
        moderator.token,
      ),
    );
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'motion' });
  });

  it('keeps the "By …" line of a TEXT import as the byline and every other character of the body', async () => {
    const lede =
      'I think the  tram levy is wrong: 2*3 stops, __not__ [one](2) and 1\u2009000 riders.';
    const rest = 'The council should drop it before May.';
    const text = `Why the tram levy is a mistake\n\nBy Jane Doe\n\n${lede}\n\n${rest}\n`;
    const res = expectOk(await t.gql(IMPORT, { input: { text, format: 'TEXT' } }, moderator.token));
    const { article } = res.importArticle;
    expect(article.title).toBe('Why the tram levy is a mistake');
    expect(article.byline).toBe('Jane Doe');
    expect(article.body).toBe(`${lede}\n\n${rest}`);
  });

  it('accepts a 300 KB saved news page for its 5 KB of text, and limits the page and the text apart', async () => {
    const page = savedNewsPage();
    expect(page.length).toBeGreaterThan(250_000);
    expect(page.length).toBeGreaterThan(MAX_ARTICLE_CHARS);
    const res = expectOk(
      await t.gql(IMPORT, { input: { text: page, format: 'HTML' } }, moderator.token),
    );
    const { article } = res.importArticle;
    expect(article.title).toBe('Assembly debates water charges');
    expect(article.body).toContain('Paragraph 30: the regional assembly debated');
    // The byline from the meta tag without its markup, and the "By …" line out of the body.
    expect(article.byline).toBe('Ana Pérez');
    expect(article.body).not.toMatch(/By Ana Pérez|window\.__STATE__|Section link/);

    const before = await articleCount();
    const tooBig = `${page}${' '.repeat(MAX_HTML_CHARS - page.length + 1)}`;
    const pageError = errorOf(
      await t.gql(IMPORT, { input: { text: tooBig, format: 'HTML' } }, moderator.token),
    );
    expect(pageError).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(pageError.message).toContain(String(MAX_HTML_CHARS));

    const longText = `<p>${'The assembly met again. '.repeat(9000)}</p>`;
    const textError = errorOf(
      await t.gql(IMPORT, { input: { text: longText, format: 'HTML' } }, moderator.token),
    );
    expect(textError).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(textError.message).toMatch(/article text is too long/);
    expect(await articleCount()).toBe(before);
  });

  it('refuses imports without real content, or nested past what can be read, storing nothing', async () => {
    const before = await articleCount();
    for (const [text, format] of [
      ['Short', 'TEXT'],
      ['<<<>>>', 'TEXT'],
      ['<p>Hi there</p>', 'HTML'],
      ['# Title\n\nOk.', 'MARKDOWN'],
      // Nested past what the parsers read: they overflowed the stack or held the server.
      [`# Title\n\n${'>'.repeat(5000)} The council said it would close the market.`, 'MARKDOWN'],
      [
        `<h1>Title</h1>${'<div>'.repeat(5000)}<p>The council said it would close the market.</p>`,
        'HTML',
      ],
    ]) {
      const error = errorOf(await t.gql(IMPORT, { input: { text, format } }, moderator.token));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
      expect(error.message).toMatch(/no (real|extractable|readable)|levels deep/);
    }
    expect(await articleCount()).toBe(before);
  });

  it('answers the same article with the same motion with the thread already open, seeding once', async () => {
    const motion = 'Should the council ban cars from the old town?';
    const first = expectOk(
      await t.gql(IMPORT, { input: { text: STORY, format: 'TEXT', motion } }, moderator.token),
    ).importArticle;
    const claims = async () =>
      (
        await t.dataSource.query(`SELECT count(*)::int AS n FROM arguments WHERE thread_id = $1`, [
          first.thread.id,
        ])
      )[0].n as number;
    const seeded = await claims();
    expect(seeded).toBeGreaterThan(0);

    const again = expectOk(
      await t.gql(
        IMPORT,
        { input: { text: STORY, format: 'TEXT', motion: `  ${motion.toLowerCase()} ` } },
        moderator.token,
      ),
    ).importArticle;
    expect(again.created).toBe(false);
    expect(again.thread.id).toBe(first.thread.id);
    expect(again.article.threads).toEqual([{ id: first.thread.id }]);
    expect(await claims()).toBe(seeded);

    // Another motion on the same article is another thread.
    const other = expectOk(
      await t.gql(
        IMPORT,
        {
          input: { text: STORY, format: 'TEXT', motion: 'Should the old town get more bus lines?' },
        },
        moderator.token,
      ),
    ).importArticle;
    expect(other.thread.id).not.toBe(first.thread.id);
  });

  it('takes a changed headline as a different article', async () => {
    const changed = STORY.replace('Council bans cars', 'Council votes car ban');
    const res = expectOk(
      await t.gql(IMPORT, { input: { text: changed, format: 'TEXT' } }, moderator.token),
    );
    expect(res.importArticle.created).toBe(true);
    expect(res.importArticle.article.title).toBe('Council votes car ban from the old town');
  });

  it('shows the original text to moderators only', async () => {
    const imported = expectOk(
      await t.gql(
        IMPORT,
        {
          input: {
            text: `<p>${'A council story with enough words to count. '.repeat(3)}</p><script>SECRET()</script>`,
            format: 'HTML',
          },
        },
        moderator.token,
      ),
    ).importArticle.article;
    const mod = expectOk(await t.gql(ORIGINAL, { id: imported.id }, moderator.token));
    expect(mod.article.originalText).toContain('<script>SECRET()</script>');
    const reader = await signUpUser(t);
    expect(errorOf(await t.gql(ORIGINAL, { id: imported.id }, reader.token)).code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await t.gql(ORIGINAL, { id: imported.id })).code).toBe('FORBIDDEN');
  });
});
