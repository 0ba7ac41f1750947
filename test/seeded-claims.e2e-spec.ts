import { findCounterMismatches } from '../src/arguments/counter-invariants';
import { Role } from '../src/common/auth/role.enum';
import { dataFile } from './helpers/debate';
import { moderate, queueItems } from './helpers/moderation';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';

const MOTION =
  'Should state and local officials who resist federal immigration enforcement face federal prosecution?';
const gold = JSON.parse(dataFile('seed-article.gold.json')) as {
  pro: { quote: string }[];
  con: { quote: string }[];
};

const THREAD_PAGE = `query($id: ID!) {
  thread(id: $id) {
    argumentCount proCount conCount
    arguments(sort: NEW, first: 20) {
      edges { node { body side origin status author { id } quote { text start end } } }
    }
  }
}`;

describe('a thread seeded from its article', () => {
  let t: TestApp;
  let mod: TestUser;
  let reader: TestUser;

  beforeAll(async () => {
    t = await startTestApp({ SEEDING_LLM_URL: '' });
    mod = await signUpUser(t, { role: Role.MODERATOR });
    reader = await signUpUser(t);
  });
  afterEach(async () => expect(await findCounterMismatches(t.dataSource.manager)).toEqual([]));
  afterAll(() => t.close());

  /** The gold position a seeded quote covers (at least half of it), with its side. */
  const goldFor = (quote: string) => {
    const all = [
      ...gold.pro.map((g) => ({ ...g, side: 'PRO' })),
      ...gold.con.map((g) => ({ ...g, side: 'CON' })),
    ];
    return all.find((g) => g.quote.includes(quote) || quote.includes(g.quote));
  };

  it('queues the four positions as SEEDED claims; accepted ones appear from the article', async () => {
    const imported = expectOk(
      await t.gql(
        `mutation($input: ImportArticleInput!) { importArticle(input: $input) { thread { id } article { id body } } }`,
        { input: { text: dataFile('seed-article.txt'), format: 'TEXT', motion: MOTION } },
        mod.token,
      ),
    ).importArticle;
    const threadId = imported.thread.id;

    // Nothing seeded is public yet.
    const before = expectOk(await t.gql(THREAD_PAGE, { id: threadId }, reader.token)).thread;
    expect(before).toMatchObject({ argumentCount: 0, arguments: { edges: [] } });

    const items = await queueItems(t, mod, {
      filter: { threadId, kind: 'SEEDED' },
      orderBy: 'OLDEST',
    });
    expect(items).toHaveLength(4);
    const seeded = await Promise.all(
      items.map(async (item) => {
        const arg = expectOk(
          await t.gql(
            `query($id: ID!) { argument(id: $id) { id body side origin status quote { text start end } } }`,
            { id: item.argument.id },
            mod.token,
          ),
        ).argument;
        return { item, arg, gold: goldFor(arg.quote.text) };
      }),
    );
    for (const { arg, gold: g, item } of seeded) {
      expect(g).toBeDefined();
      expect(arg).toMatchObject({ origin: 'ARTICLE', status: 'PENDING', side: g!.side });
      expect(imported.article.body.slice(arg.quote.start, arg.quote.end)).toBe(arg.quote.text);
      expect(item.note).toMatch(new RegExp(`^Suggested ${g!.side} \\(confidence`));
    }

    // Accept two, flip one, reject one.
    const [first, second, third, fourth] = seeded;
    await moderate(t, mod, { itemId: first.item.id, action: 'APPROVE' });
    await moderate(t, mod, { itemId: second.item.id, action: 'APPROVE' });
    const flippedSide = third.arg.side === 'PRO' ? 'CON' : 'PRO';
    const flipped = await moderate(t, mod, {
      itemId: third.item.id,
      action: 'APPROVE',
      side: flippedSide,
    });
    expect(flipped.argument).toMatchObject({ status: 'PUBLISHED', stanceOnMotion: flippedSide });
    expect(
      errorOf(
        await t.gql(
          `mutation($input: ModerateInput!) { moderate(input: $input) { item { id } } }`,
          { input: { itemId: fourth.item.id, action: 'REJECT' } },
          mod.token,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await moderate(t, mod, { itemId: fourth.item.id, action: 'REJECT', reason: 'Not an argument' });

    const page = expectOk(await t.gql(THREAD_PAGE, { id: threadId }, reader.token)).thread;
    const shown = page.arguments.edges.map((e: any) => e.node);
    expect(shown.map((a: any) => a.quote.text).sort()).toEqual(
      [first, second, third].map((s) => s.arg.quote.text).sort(),
    );
    for (const a of shown)
      expect(a).toMatchObject({ origin: 'ARTICLE', status: 'PUBLISHED', author: null });
    expect(shown.find((a: any) => a.quote.text === third.arg.quote.text).side).toBe(flippedSide);
    expect(page.argumentCount).toBe(3);

    // The rejected claim is kept for the record, and the queue is empty.
    const rejected = await t.dataSource.query(`SELECT status FROM arguments WHERE id = $1`, [
      fourth.arg.id,
    ]);
    expect(rejected).toEqual([{ status: 'REJECTED' }]);
    expect(await queueItems(t, mod, { filter: { threadId } })).toEqual([]);
    const log = expectOk(
      await t.gql(
        `query($f: ModLogFilter) { modLog(filter: $f) { edges { node { action details } } } }`,
        {
          f: { threadId },
        },
      ),
    ).modLog.edges.map((e: any) => e.node.action);
    expect(log.sort()).toEqual(['APPROVE', 'APPROVE', 'APPROVE', 'REJECT']);
  });

  it('opens a thread with at most the 25 most confident claims per side of a long article', async () => {
    // Sixty speakers against the night market and sixty for it, each in a paragraph of their own.
    const against = Array.from(
      { length: 60 },
      (_, i) =>
        `"Closing the night market would cost stall holder number ${i + 1} a living and empty the square," said trader Maren Holt${i + 1}.`,
    );
    const infavour = Array.from(
      { length: 60 },
      (_, i) =>
        `"Closing the night market would let street number ${i + 1} sleep at last and cut the litter," said resident Omar Vance${i + 1}.`,
    );
    const text = [
      'Council weighs closing the night market',
      ...against.flatMap((a, i) => [a, infavour[i]]),
    ].join('\n\n');
    const motion = 'Should the council close the night market?';
    const imported = expectOk(
      await t.gql(
        `mutation($input: ImportArticleInput!) { importArticle(input: $input) {
           thread { id } article { id reportedPositions(motion: "${motion}") { quote side confidence } } } }`,
        { input: { text, format: 'TEXT', motion } },
        mod.token,
      ),
    ).importArticle;
    const positions: { quote: string; side: string; confidence: number }[] =
      imported.article.reportedPositions;
    const items = await queueItems(t, mod, {
      filter: { threadId: imported.thread.id, kind: 'SEEDED' },
      first: 100,
    });
    const seeded = await Promise.all(
      items.map(
        async (item) =>
          expectOk(
            await t.gql(
              `query($id: ID!) { argument(id: $id) { body side } }`,
              { id: item.argument.id },
              mod.token,
            ),
          ).argument as { body: string; side: string },
      ),
    );
    const counts = ['PRO', 'CON'].map((side) => positions.filter((p) => p.side === side).length);
    expect(Math.max(...counts)).toBeGreaterThan(25); // the article reports more than the cap
    for (const side of ['PRO', 'CON']) {
      const all = positions.filter((p) => p.side === side);
      const kept = seeded.filter((a) => a.side === side);
      expect(kept).toHaveLength(Math.min(25, all.length));
      if (all.length <= 25) continue;
      // None left out is more confident than the least confident kept.
      const confidenceOf = (body: string) => all.find((p) => p.quote === body)!.confidence;
      const floor = Math.min(...kept.map((a) => confidenceOf(a.body)));
      const left = all.filter((p) => !kept.some((a) => a.body === p.quote));
      expect(Math.max(...left.map((p) => p.confidence))).toBeLessThanOrEqual(floor);
    }
  });

  it('lets a moderator edit a seeded claim before accepting it, keeping the original', async () => {
    const threadId = expectOk(
      await t.gql(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }`,
        {
          input: {
            motion: 'Should sanctuary policies be ended by federal law?',
            articleId: (await t.dataSource.query(`SELECT id FROM articles LIMIT 1`))[0].id,
          },
        },
        mod.token,
      ),
    ).createThread.thread.id;
    const [item] = await queueItems(t, mod, { filter: { threadId, kind: 'SEEDED' } });
    const done = await moderate(t, mod, {
      itemId: item.id,
      action: 'APPROVE',
      body: 'Federal law forbids local officials from obstructing immigration requests.',
    });
    expect(done.argument).toMatchObject({
      status: 'PUBLISHED',
      body: 'Federal law forbids local officials from obstructing immigration requests.',
    });
    const revisions = expectOk(
      await t.gql(
        `query($id: ID!) { argument(id: $id) { revisions { edges { node { body } } } } }`,
        {
          id: done.argument.id,
        },
      ),
    ).argument.revisions.edges;
    expect(revisions).toHaveLength(1);
    expect(revisions[0].node.body).toBe(item.argument.body);
  });
});
