import request from 'supertest';
import { DataSource } from 'typeorm';
import { Role } from '../src/common/auth/role.enum';
import { PageSql } from '../src/page-sql/page-sql.service';
import { openThread, post } from './helpers/debate';
import { moderate, REPORT } from './helpers/moderation';
import { statementsDuring } from './helpers/security';
import { errorOf, executeInProcess, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';

/** Every field the database builds, twice nested, with aliases, fragments and __typename. */
const FULL = `query Full($id: ID!, $first: Int!, $withReplies: Boolean!) {
  __typename
  page: thread(id: $id) { __typename id motion description tags status argumentCount proCount
    conCount participantCount slowModeSeconds createdAt updatedAt lastActivityAt myStance myBan { __typename }
    myStanceHistory { stance }
    stances { agree disagree undecided changedToAgree changedToDisagree changedMind }
    balance { __typename proWeight conWeight proShare stances { agree } }
    article { id title titleDerived sourceUrl byline format publishedAt createdAt updatedAt }
    creator { ...Person }
    pro: arguments(side: PRO, first: $first) { ...List }
    con: arguments(side: CON, first: $first, sort: NEW) { ...List }
    all: arguments(first: 100) { totalCount edges { node { id } } } } }
fragment List on ArgumentConnection { __typename totalCount
  pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
  edges { __typename cursor node { ...Arg
    children(first: 2) @include(if: $withReplies) { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { ...Arg } } } } } }
fragment Arg on Argument { __typename id body bodyHtml side stanceOnMotion status origin depth
  parentId path upvotes downvotes score proChildrenCount conChildrenCount descendantCount
  bridgingScore createdAt updatedAt editedAt statusReason heldEdit { body } myVote
  author { ...Person } thread { id motion }
  ... on Argument { html: bodyHtml text: body } }
fragment Person on User { __typename id username reputation role createdAt updatedAt }`;

/** Replies of replies. */
const DEEP = `query($id: ID!) { thread(id: $id) { arguments(first: 10) { edges { node { id
  children(first: 5) { edges { node { id body children(first: 2, sort: NEW) { totalCount
    edges { node { id body depth path author { username } } } } } } } } } } } }`;

/** What a signed-in reader's page asks for besides. */
const READER = `query($id: ID!) { thread(id: $id) { id motion myStance stances { agree }
  pro: arguments(side: PRO, first: 20) { edges { node { ...Mine } } }
  con: arguments(side: CON, first: 20) { edges { node { ...Mine } } } } }
fragment Mine on Argument { id status body bodyHtml statusReason myVote upvotes author { username }
  children(first: 3) { edges { node { id body statusReason myVote } } } }`;

const SORTED = `query($id: ID!, $sort: ArgumentSort!, $side: Side) { thread(id: $id) {
  arguments(first: 3, sort: $sort, side: $side) { totalCount pageInfo { hasNextPage startCursor endCursor }
    edges { cursor node { id body upvotes downvotes author { username }
      children(first: 1, sort: $sort) { edges { cursor node { id } } } } } } } }`;

/**
 * Thread pages are built whole by one statement (page-sql/). Each query here is answered over
 * HTTP, checked to have come from that statement, and compared, key order and all, with what
 * graphql-js gives the same reader (signed out, or signed in) through the resolvers.
 */
describe('thread pages built by the database', () => {
  let t: TestApp;
  let moderator: TestUser;
  let admin: TestUser;
  let people: TestUser[];
  let threadId: string;
  let emptyThreadId: string;
  const answer = jest.spyOn(PageSql.prototype, 'answer');

  /** An answer over HTTP (signed out without a token), and whether the page statement gave it. */
  async function anonymous(query: string, variables: Record<string, unknown>, token?: string) {
    answer.mockClear();
    // An undeclared variable keeps the page cache out of it (its answers are compared elsewhere).
    const req = request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables: { ...variables, uncached: Math.random() } });
    const built = await Promise.all(answer.mock.results.map((r) => r.value));
    return { body: res.body, fromSql: built.some((text) => typeof text === 'string') };
  }

  /** The same query through the resolvers, as graphql-js runs it for the same reader. */
  async function throughResolvers(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ) {
    const result = await executeInProcess(t, query, variables, token);
    expect(result.errors).toBeUndefined();
    return JSON.stringify(result.data);
  }

  async function expectSameAsResolvers(
    query: string,
    variables: Record<string, unknown>,
    token?: string,
  ) {
    const { body, fromSql } = await anonymous(query, variables, token);
    expect(body.errors).toBeUndefined();
    expect(fromSql).toBe(true);
    expect(JSON.stringify(body.data)).toBe(await throughResolvers(query, variables, token));
    return body.data;
  }

  const ADD_WORD = `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { watchedWord { id } } }`;
  const VOTE = `mutation($a: ID!, $v: VoteValue!) { vote(input: {argumentId: $a, value: $v}) { myVote } }`;
  const DELETE = `mutation($input: DeleteArgumentInput!) { deleteArgument(input: $input) { argument { status } } }`;
  const IMPORT = `mutation($input: ImportArticleInput!) { importArticle(input: $input) { thread { id } } }`;

  beforeAll(async () => {
    // The full page nests deeper than the default depth limit counts (fragments count as levels).
    // No bridging fit runs in the background (owed by the votes and stances here) while a
    // request's statements are counted or its page is compared with the resolvers'.
    t = await startTestApp({
      REPORT_HIDE_THRESHOLD: '0.01',
      GRAPHQL_MAX_DEPTH: '20',
      BRIDGING_DEBOUNCE_MS: '600000',
      BRIDGING_MAX_WAIT_MS: '600000',
    });
    moderator = await signUpUser(t, { role: Role.MODERATOR });
    admin = await signUpUser(t, { role: Role.ADMIN });
    people = await createUsersFast(t, 4);
    const imported = expectOk(
      await t.gql(
        IMPORT,
        {
          input: {
            format: 'MARKDOWN',
            motion: 'Should the town close the old bridge to lorries?',
            byline: 'A. Reporter',
            tags: ['roads', 'town'],
            text: '# Bridge to close to lorries\n\nThe council will vote next week on closing the old bridge to lorries. Engineers say the bridge is weaker than thought. Hauliers say the detour adds an hour to every delivery.',
          },
        },
        moderator.token,
      ),
    );
    threadId = imported.importArticle.thread.id;
    emptyThreadId = await openThread(t, moderator, 'Should the library open on Sundays?');

    const [alice, bob, carol, dan] = people;
    const tops: string[] = [];
    for (const [i, side] of (['PRO', 'CON', 'PRO', 'CON', 'PRO'] as const).entries()) {
      const body = `**${side} ${i}** with _Markdown_, a [link](https://example.org/${i}) and <b>markup</b>`;
      tops.push(await post(t, people[i % 4], { threadId, side, body }));
    }
    for (const [i, top] of tops.entries()) {
      const reply = await post(t, bob, {
        threadId,
        parentId: top,
        side: 'CON',
        body: `Reply ${i}`,
      });
      await post(t, carol, { threadId, parentId: top, side: 'PRO', body: `Second reply ${i}` });
      await post(t, dan, { threadId, parentId: reply, side: 'PRO', body: `Deep reply ${i}` });
    }
    // Votes, so the sorts differ.
    for (const [i, top] of tops.entries()) {
      for (const [j, voter] of people.entries()) {
        if (j <= i) await t.gql(VOTE, { a: top, v: (i + j) % 3 ? 'UP' : 'DOWN' }, voter.token);
      }
    }
    // Every status a list shows as a placeholder, and one it does not show at all.
    const hidden = await post(t, alice, { threadId, side: 'CON', body: 'Hidden while reviewed' });
    expectOk(await t.gql(REPORT, { input: { argumentId: hidden, reason: 'SPAM' } }, bob.token));
    const removed = await post(t, bob, { threadId, side: 'PRO', body: 'Rude words' });
    await moderate(t, moderator, { argumentId: removed, action: 'REMOVE', reason: 'Rude <b>' });
    const deleted = await post(t, carol, { threadId, side: 'CON', body: 'Second thoughts' });
    expectOk(await t.gql(DELETE, { input: { argumentId: deleted } }, carol.token));
    expectOk(
      await t.gql(
        ADD_WORD,
        { input: { pattern: 'heldword', action: 'REQUIRE_APPROVAL' } },
        admin.token,
      ),
    );
    await post(t, dan, { threadId, side: 'CON', body: 'This heldword waits for a moderator' });
  });
  afterAll(() => t.close());

  it('gives a signed-out reader the page graphql-js gives, in one statement', async () => {
    const variables = { id: threadId, first: 20, withReplies: true };
    await expectSameAsResolvers(FULL, variables);
    const { result, statements } = await statementsDuring(() => anonymous(FULL, variables));
    expect(result.fromSql).toBe(true);
    expect(statements).toBe(1);
    const data = result.body.data;
    const bodies = [...data.page.pro.edges, ...data.page.con.edges].map((e: any) => e.node.body);
    expect(bodies).toEqual(
      expect.arrayContaining([
        '[removed by a moderator: Rude <b>]',
        '[hidden while reports are reviewed]',
        '[deleted by its author]',
      ]),
    );
    // A post waiting for a moderator is not there at all for others.
    expect(JSON.stringify(data)).not.toContain('heldword');
    expect(data.page.pro.edges[0].node.children.edges.length).toBeGreaterThan(0);
    expect(data.page.article.title).toBe('Bridge to close to lorries');
  });

  it('follows every sort, both sides and neither, with the same cursors', async () => {
    for (const sort of ['NEW', 'TOP', 'BEST', 'CONTROVERSIAL', 'HOT', 'BRIDGING']) {
      for (const side of ['PRO', 'CON', null]) {
        await expectSameAsResolvers(SORTED, { id: threadId, sort, side });
      }
    }
    // A cursor from the built page pages on through the usual path.
    const first = await expectSameAsResolvers(SORTED, { id: threadId, sort: 'TOP', side: null });
    const next = expectOk(
      await t.gql(
        `query($id: ID!, $after: String) { thread(id: $id) { arguments(first: 3, sort: TOP, after: $after) { edges { node { id } } } } }`,
        { id: threadId, after: first.thread.arguments.pageInfo.endCursor },
      ),
    );
    const seen = first.thread.arguments.edges.map((e: any) => e.node.id);
    expect(next.thread.arguments.edges.length).toBeGreaterThan(0);
    for (const e of next.thread.arguments.edges) expect(seen).not.toContain(e.node.id);
  });

  it('answers a thread with no arguments, @skip, small pages and replies of replies alike', async () => {
    await expectSameAsResolvers(DEEP, { id: threadId });
    await expectSameAsResolvers(FULL, { id: emptyThreadId, first: 5, withReplies: false });
    await expectSameAsResolvers(FULL, { id: threadId, first: 1, withReplies: false });
  });

  it('masks CENSOR words in bodies, their HTML and the motion, as the resolvers do', async () => {
    const { id } = expectOk(
      await t.gql(ADD_WORD, { input: { pattern: 'markdown', action: 'CENSOR' } }, admin.token),
    ).addWatchedWord.watchedWord;
    expectOk(
      await t.gql(ADD_WORD, { input: { pattern: 'bridge', action: 'CENSOR' } }, admin.token),
    );
    try {
      const data = await expectSameAsResolvers(FULL, {
        id: threadId,
        first: 20,
        withReplies: true,
      });
      expect(data.page.motion).not.toMatch(/bridge/i);
      const node = data.page.pro.edges.find((e: any) => e.node.body.startsWith('**PRO')).node;
      expect(node.body).not.toMatch(/markdown/i);
      expect(node.bodyHtml).not.toMatch(/markdown/i);
      expect(node.bodyHtml).toContain('<strong>');
    } finally {
      expectOk(
        await t.gql(
          `mutation($input: RemoveWatchedWordInput!) { removeWatchedWord(input: $input) { watchedWord { id } } }`,
          { input: { id } },
          admin.token,
        ),
      );
    }
  });

  it("gives a signed-in reader their own view: their votes, stance, and their posts' text and reasons", async () => {
    const [alice, bob, carol] = people;
    expectOk(
      await t.gql(
        `mutation($input: SetStanceInput!) { setStance(input: $input) { stance } }`,
        { input: { threadId, stance: 'AGREE' } },
        alice.token,
      ),
    );
    for (const reader of [alice, bob, carol, people[3]]) {
      await expectSameAsResolvers(READER, { id: threadId }, reader.token);
      const { result, statements } = await statementsDuring(() =>
        anonymous(READER, { id: threadId }, reader.token),
      );
      expect(result.fromSql).toBe(true);
      // The page, and the reader's session as the database knows it now.
      expect(statements).toBeLessThanOrEqual(2);
    }
    const mine = (data: any) =>
      [...data.thread.pro.edges, ...data.thread.con.edges].map((e: any) => e.node);
    const asBob = mine((await anonymous(READER, { id: threadId }, bob.token)).body.data).find(
      (n: any) => n.status === 'REMOVED',
    );
    expect(asBob).toMatchObject({ body: 'Rude words', statusReason: 'Rude <b>' });
    const asAlice = (await anonymous(READER, { id: threadId }, alice.token)).body.data;
    expect(asAlice.thread.myStance).toBe('AGREE');
    expect(mine(asAlice).map((n: any) => n.myVote)).toContain('UP');
    expect(mine(asAlice).find((n: any) => n.status === 'REMOVED').body).toBe(
      '[removed by a moderator: Rude <b>]',
    );
  });

  it('answers through the resolvers when the page statement fails', async () => {
    const db = t.app.get(DataSource);
    const query = db.query.bind(db);
    const failing = jest.spyOn(db, 'query').mockImplementation(((
      sql: unknown,
      params?: unknown[],
    ) => {
      const text = typeof sql === 'string' ? sql : (sql as { text: string }).text;
      if (text.includes(`json_build_object('data'`)) {
        return Promise.reject(new Error('canceling statement due to statement timeout'));
      }
      return query(sql as string, params);
    }) as never);
    try {
      const variables = { id: threadId, first: 5, withReplies: true };
      const res = await anonymous(FULL, variables);
      expect(failing).toHaveBeenCalled();
      expect(res.fromSql).toBe(false);
      expect(res.body.errors).toBeUndefined();
      expect(JSON.stringify(res.body.data)).toBe(await throughResolvers(FULL, variables));
    } finally {
      failing.mockRestore();
    }
  });

  it('leaves moderators, fields it does not build and bad input to the usual path', async () => {
    for (const reader of [moderator, admin]) {
      const res = await anonymous(READER, { id: threadId }, reader.token);
      expect(res.body.errors).toBeUndefined();
      expect(res.fromSql).toBe(false);
      // Moderators read removed posts' text.
      expect(JSON.stringify(res.body.data)).toContain('Rude words');
    }
    // A held edit is shown to its author: a signed-in reader's page asking for it runs as usual.
    const signedIn = await anonymous(
      FULL,
      { id: threadId, first: 5, withReplies: true },
      people[0].token,
    );
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.fromSql).toBe(false);

    // A field it does not build (sources) sends the whole query the usual way.
    const sources = `query($id: ID!) { thread(id: $id) { arguments(first: 2) { edges { node { id sources { url } } } } } }`;
    const other = await anonymous(sources, { id: threadId });
    expect(other.fromSql).toBe(false);
    expect(other.body.data.thread.arguments.edges).toHaveLength(2);

    const unknown = await anonymous(FULL, {
      id: '00000000-0000-4000-8000-000000000000',
      first: 2,
      withReplies: false,
    });
    expect(unknown.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const notAnId = await anonymous(FULL, { id: 'nope', first: 2, withReplies: false });
    expect(notAnId.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const tooMany = await t.gql(FULL, { id: threadId, first: 101, withReplies: false });
    expect(errorOf(tooMany).code).toBe('BAD_USER_INPUT');
  });
});
