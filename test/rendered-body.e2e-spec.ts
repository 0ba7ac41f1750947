import { StoredHtmlRenderer } from '../src/arguments/stored-html-renderer.service';
import { Role } from '../src/common/auth/role.enum';
import { MARKDOWN_RENDERER_VERSION, renderMarkdown } from '../src/common/markdown/render-markdown';
import { openThread, post } from './helpers/debate';
import { moderate, queueItems } from './helpers/moderation';
import { expectOk, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';

// The renderer, counted: every render in the app goes through this module's export.
jest.mock('../src/common/markdown/render-markdown', () => {
  const actual = jest.requireActual('../src/common/markdown/render-markdown');
  return { ...actual, renderMarkdown: jest.fn(actual.renderMarkdown) };
});

/** An argument's HTML is rendered when its text is written, stored, and read back. */

const EDIT = `mutation($input: EditArgumentInput!) {
  editArgument(input: $input) { argument { id body } heldEdit { id } }
}`;
const HTML = `query($id: ID!) { argument(id: $id) { body bodyHtml } }`;
const PAGE = `query($id: ID!) { thread(id: $id) {
  arguments(first: 50) { edges { node { id bodyHtml } } } } }`;
const ADD_WORD = `mutation($input: AddWatchedWordInput!) {
  addWatchedWord(input: $input) { watchedWord { id } }
}`;
const REMOVE_WORD = `mutation($input: RemoveWatchedWordInput!) {
  removeWatchedWord(input: $input) { watchedWord { id } }
}`;

describe('rendered bodies', () => {
  let t: TestApp;
  let admin: TestUser;
  let author: TestUser;
  let reader: TestUser;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUpUser(t, { role: Role.ADMIN });
    author = await signUpUser(t);
    reader = await signUpUser(t);
    threadId = await openThread(t, admin);
  });
  afterAll(() => t.close());

  const stored = async (id: string) =>
    (
      await t.dataSource.query(
        `SELECT body, rendered_body AS html, rendered_body_version AS version
         FROM arguments WHERE id = $1`,
        [id],
      )
    )[0] as { body: string; html: string | null; version: number | null };

  /** The stored HTML is the current renderer's output for the current body, and is served. */
  async function expectStoredCurrent(id: string, body: string) {
    const row = await stored(id);
    expect(row).toEqual({ body, html: renderMarkdown(body), version: MARKDOWN_RENDERER_VERSION });
    expect(expectOk(await t.gql(HTML, { id }, reader.token)).argument.bodyHtml).toBe(row.html);
  }

  it('takes a post nested deeper than Markdown reads, showing it as written', async () => {
    // 2,000 ">" overflowed the Markdown parser's stack: INTERNAL_SERVER_ERROR, nothing posted.
    const body = `${'>'.repeat(1970)} quoted all the way down`;
    const id = await post(t, author, { threadId, side: 'CON', body });
    await expectStoredCurrent(id, body);
    expect((await stored(id)).html).toBe(`<p>${'&gt;'.repeat(1970)} quoted all the way down</p>`);
  });

  it('stores the HTML of a post, of an edit, and of a held edit once approved', async () => {
    const body = 'Buses are **cheap** to run: see <b>the figures</b>.';
    const id = await post(t, author, { threadId, side: 'PRO', body });
    await expectStoredCurrent(id, body);

    const edited = 'Buses are *cheaper* per seat than\n\n- cars\n- taxis';
    expectOk(await t.gql(EDIT, { input: { argumentId: id, body: edited } }, author.token));
    await expectStoredCurrent(id, edited);

    // An edit a moderator must approve first leaves the published text (and its HTML) alone.
    expectOk(
      await t.gql(
        ADD_WORD,
        { input: { pattern: 'zorblax', action: 'REQUIRE_APPROVAL' } },
        admin.token,
      ),
    );
    const held = 'Buses beat zorblax in `every` way.';
    const res = expectOk(
      await t.gql(EDIT, { input: { argumentId: id, body: held } }, author.token),
    );
    expect(res.editArgument.heldEdit).not.toBeNull();
    await expectStoredCurrent(id, edited);
    const [item] = (await queueItems(t, admin)).filter((i) => i.argument?.id === id);
    await moderate(t, admin, { itemId: item.id, action: 'APPROVE' });
    await expectStoredCurrent(id, held);

    // Removed and restored: the text is the same, and so is its stored HTML.
    await moderate(t, admin, { argumentId: id, action: 'REMOVE', reason: 'Off topic' });
    expect(expectOk(await t.gql(HTML, { id }, reader.token)).argument.bodyHtml).toBe(
      '<p>[removed by a moderator: Off topic]</p>',
    );
    await moderate(t, admin, { argumentId: id, action: 'RESTORE' });
    await expectStoredCurrent(id, held);
  });

  it('masks a new CENSOR word in the HTML as soon as the rule is added, and stops when removed', async () => {
    const body = 'The mayor is a **grobnik** and so is the council.';
    const id = await post(t, author, { threadId, side: 'CON', body });
    const readAll = async (token?: string) => {
      const one = expectOk(await t.gql(HTML, { id }, token)).argument.bodyHtml as string;
      const page = expectOk(await t.gql(PAGE, { id: threadId }, token)).thread.arguments.edges;
      const onPage = page.find((e: { node: { id: string } }) => e.node.id === id).node.bodyHtml;
      expect(onPage).toBe(one);
      return one;
    };
    // Anonymous reads fill the page cache before the rule exists.
    expect(await readAll()).toContain('grobnik');
    expect(await readAll(reader.token)).toContain('grobnik');

    const word = expectOk(
      await t.gql(ADD_WORD, { input: { pattern: 'grobnik', action: 'CENSOR' } }, admin.token),
    ).addWatchedWord.watchedWord.id;
    for (const token of [undefined, reader.token, author.token]) {
      const html = await readAll(token);
      expect(html).not.toContain('grobnik');
      expect(html).toContain('council');
    }
    // Moderators read what was written; the stored HTML never held the mask.
    expect(await readAll(admin.token)).toContain('grobnik');
    expect((await stored(id)).html).toBe(renderMarkdown(body));

    expectOk(await t.gql(REMOVE_WORD, { input: { id: word } }, admin.token));
    expect(await readAll()).toBe(renderMarkdown(body));
  });

  it('renders a masked text once, however many readers and pages show it', async () => {
    // Marked's emphasis rules are quadratic: this body costs it about 100 ms. Masked, it has no
    // stored HTML, and was rendered again on every read of every page that showed it.
    const body = `The quorp plan ${'_*a'.repeat(600)}`;
    const id = await post(t, author, { threadId, side: 'CON', body });
    expectOk(await t.gql(ADD_WORD, { input: { pattern: 'quorp', action: 'CENSOR' } }, admin.token));
    const renders = jest.mocked(renderMarkdown);
    renders.mockClear();
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      for (const token of [reader.token, author.token]) {
        seen.add(expectOk(await t.gql(HTML, { id }, token)).argument.bodyHtml);
        const page = expectOk(await t.gql(PAGE, { id: threadId }, token)).thread.arguments.edges;
        seen.add(page.find((e: { node: { id: string } }) => e.node.id === id).node.bodyHtml);
      }
    }
    expect(seen.size).toBe(1);
    const [html] = [...seen];
    expect(html).not.toContain('quorp');
    expect(html).toContain('The •••••');
    const masked = renders.mock.calls.filter(([text]) => text.includes('•••••'));
    expect(masked).toHaveLength(1);
  });

  it('renders again what an older renderer stored: on read at once, and in the start-up job', async () => {
    const bodies = ['Trams are _quiet_.', 'Trams need [rails](https://example.org/rails).'];
    const ids = [];
    for (const body of bodies) ids.push(await post(t, author, { threadId, side: 'PRO', body }));
    // As an older renderer (or a row from before the column) left them.
    await t.dataSource.query(
      `UPDATE arguments SET rendered_body = '<p>old</p>',
         rendered_body_version = CASE WHEN id = $1 THEN $2::smallint ELSE NULL END
       WHERE id = ANY($3::uuid[])`,
      [ids[0], MARKDOWN_RENDERER_VERSION - 1, ids],
    );
    for (const [i, id] of ids.entries()) {
      expect(expectOk(await t.gql(HTML, { id }, reader.token)).argument.bodyHtml).toBe(
        renderMarkdown(bodies[i]),
      );
    }
    // What the job owed at start does: every stale row, and only those, rendered again.
    const renderer = t.app.get(StoredHtmlRenderer);
    expect(await renderer.renderStale()).toBe(2);
    for (const [i, id] of ids.entries()) await expectStoredCurrent(id, bodies[i]);
    expect(await renderer.renderStale()).toBe(0);
  });
});
