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
});
