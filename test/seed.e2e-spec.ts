import { SAMPLE_MOTION } from '../src/seed/sample-seeder';
import { SampleSeeder } from '../src/seed/sample-seeder';
import { expectOk, startTestApp, TestApp } from './helpers/test-app';

describe('the sample thread on first start', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ SEED_SAMPLE: 'true' });
  });
  afterAll(() => t.close());

  it('is there at once, with its article, and seeding again adds nothing', async () => {
    const list = expectOk(
      await t.gql(
        `{ threads { edges { node { motion tags article { title sections { heading } } } } } }`,
      ),
    );
    expect(list.threads.edges).toHaveLength(1);
    const thread = list.threads.edges[0].node;
    expect(thread.motion).toBe(SAMPLE_MOTION);
    expect(thread.article.sections).toHaveLength(4);

    await t.app.get(SampleSeeder).onApplicationBootstrap();
    const counts = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM threads) AS threads, (SELECT count(*)::int FROM articles) AS articles`,
    );
    expect(counts[0]).toEqual({ threads: 1, articles: 1 });
  });

  it('opens with the article’s four positions as accepted PRO and CON claims', async () => {
    const data = expectOk(
      await t.gql(
        `{ threads { edges { node { proCount conCount arguments(sort: NEW) { edges { node { side origin status quote { text } } } } } } } }`,
      ),
    );
    const thread = data.threads.edges[0].node;
    expect(thread).toMatchObject({ proCount: 2, conCount: 2 });
    const claims = thread.arguments.edges.map((e: any) => e.node);
    expect(claims).toHaveLength(4);
    for (const c of claims) expect(c).toMatchObject({ origin: 'ARTICLE', status: 'PUBLISHED' });
    expect(claims.some((c: any) => c.side === 'CON' && /proponents argue/.test(c.quote.text))).toBe(
      true,
    );
  });
});
