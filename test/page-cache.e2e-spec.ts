import request from 'supertest';
import { Role } from '../src/common/auth/role.enum';
import { PageCache } from '../src/page-cache/page-cache.service';
import { openThread, post } from './helpers/debate';
import { moderate } from './helpers/moderation';
import { expectOk, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';

const PAGE = `query($id: ID!) { thread(id: $id) { motion argumentCount
  pro: arguments(side: PRO, first: 20) { edges { node { id body upvotes statusReason myVote } } } } }`;
const LIST = `query { threads(first: 10) { edges { node { id motion argumentCount } } } }`;

/** In this process; and in Redis when the run names one (CI does, with its local Redis). */
const stores: [string, Record<string, string>][] = [['in memory', {}]];
if (process.env.TEST_REDIS_URL)
  stores.push(['in Redis', { REDIS_URL: process.env.TEST_REDIS_URL }]);

describe.each(stores)('the anonymous page cache, %s', (_store, env) => {
  let t: TestApp;
  let moderator: TestUser;
  let admin: TestUser;
  let author: TestUser;
  let voter: TestUser;
  let threadId: string;
  let argumentId: string;

  /** An anonymous request, with whether the page cache answered it. */
  async function anonymous(query: string, variables: Record<string, unknown> = {}) {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query, variables });
    expect(res.body.errors).toBeUndefined();
    return { data: res.body.data, hit: res.headers['x-page-cache'] === 'hit' };
  }

  const firstPro = (data: any) => data.thread.pro.edges[0].node;

  beforeAll(async () => {
    t = await startTestApp(env);
    moderator = await signUpUser(t, { role: Role.MODERATOR });
    admin = await signUpUser(t, { role: Role.ADMIN });
    author = await signUpUser(t);
    voter = await signUpUser(t);
    threadId = await openThread(t, moderator);
    argumentId = await post(t, author, {
      threadId,
      side: 'PRO',
      body: 'Buses run on time when cars leave the centre',
    });
  });
  afterAll(() => t.close());

  it('answers the second anonymous read of a page from the cache, with the same page', async () => {
    const first = await anonymous(PAGE, { id: threadId });
    const second = await anonymous(PAGE, { id: threadId });
    expect(first.hit).toBe(false);
    expect(second.hit).toBe(true);
    expect(second.data).toEqual(first.data);
    const list = await anonymous(LIST);
    expect((await anonymous(LIST)).hit).toBe(true);
    expect(list.data.threads.edges.map((e: any) => e.node.id)).toContain(threadId);
  });

  it('never serves a signed-in reader from the cache, so their own view stays theirs', async () => {
    await anonymous(PAGE, { id: threadId });
    expectOk(
      await t.gql(
        `mutation($a: ID!) { vote(input: {argumentId: $a, value: UP}) { myVote } }`,
        { a: argumentId },
        voter.token,
      ),
    );
    const mine = expectOk(await t.gql(PAGE, { id: threadId }, voter.token));
    expect(firstPro(mine).myVote).toBe('UP');
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${voter.token}`)
      .send({ query: PAGE, variables: { id: threadId } });
    expect(res.headers['x-page-cache']).toBeUndefined();
    expect(firstPro((await anonymous(PAGE, { id: threadId })).data).myVote).toBeNull();
  });

  it('shows a vote, a new argument and a new thread to the very next anonymous reader', async () => {
    const before = firstPro((await anonymous(PAGE, { id: threadId })).data).upvotes;
    await anonymous(PAGE, { id: threadId }); // cached now
    const another = await signUpUser(t);
    expectOk(
      await t.gql(
        `mutation($a: ID!) { vote(input: {argumentId: $a, value: UP}) { myVote } }`,
        { a: argumentId },
        another.token,
      ),
    );
    const afterVote = await anonymous(PAGE, { id: threadId });
    expect(afterVote.hit).toBe(false);
    expect(firstPro(afterVote.data).upvotes).toBe(before + 1);

    await post(t, author, { threadId, side: 'PRO', body: 'Deliveries can move to the night' });
    expect((await anonymous(PAGE, { id: threadId })).data.thread.argumentCount).toBe(2);

    await anonymous(LIST);
    const second = await openThread(t, moderator, 'Should the city centre charge a toll for cars?');
    const list = await anonymous(LIST);
    expect(list.hit).toBe(false);
    expect(list.data.threads.edges.map((e: any) => e.node.id)).toContain(second);
  });

  it('never serves removed or censored text once the moderator’s action has returned', async () => {
    await anonymous(PAGE, { id: threadId });
    const cached = await anonymous(PAGE, { id: threadId });
    expect(cached.hit).toBe(true);
    expect(JSON.stringify(cached.data)).toContain('Buses run on time');

    expectOk(
      await t.gql(
        `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { watchedWord { id } } }`,
        { input: { pattern: 'buses', action: 'CENSOR' } },
        admin.token,
      ),
    );
    const censored = await anonymous(PAGE, { id: threadId });
    expect(JSON.stringify(censored.data)).not.toMatch(/buses/i);

    await anonymous(PAGE, { id: threadId });
    await moderate(t, moderator, { argumentId, action: 'REMOVE', reason: 'spam' });
    const removed = await anonymous(PAGE, { id: threadId });
    expect(removed.hit).toBe(false);
    const node = removed.data.thread.pro.edges.find((e: any) => e.node.id === argumentId)?.node;
    expect(JSON.stringify(node ?? {})).not.toContain('on time when cars');
  });

  it('neither serves nor stores a page sent with variables it does not declare', async () => {
    const page = { id: threadId };
    const reference = await anonymous(PAGE, page);
    expect((await anonymous(PAGE, page)).hit).toBe(true);
    const store = t.app.get(PageCache) as unknown as { save: (...a: unknown[]) => Promise<void> };
    const save = jest.spyOn(store, 'save');
    try {
      for (let i = 0; i < 3; i++) {
        const junk = await anonymous(PAGE, { ...page, [`junk${i}`]: i });
        expect(junk.hit).toBe(false);
        expect(junk.data).toEqual(reference.data);
      }
      expect(save).not.toHaveBeenCalled();
    } finally {
      save.mockRestore();
    }
  });

  it('keeps pages apart by their variables and never caches errors', async () => {
    const other = await openThread(t, moderator, 'Should the city plant a tree on every street?');
    const a = await anonymous(PAGE, { id: threadId });
    const b = await anonymous(PAGE, { id: other });
    expect(b.data.thread.motion).not.toBe(a.data.thread.motion);
    const missing = { id: '00000000-0000-4000-8000-000000000000' };
    for (let i = 0; i < 2; i++) {
      const res = await request(t.app.getHttpServer())
        .post('/graphql')
        .send({ query: PAGE, variables: missing });
      expect(res.headers['x-page-cache']).toBeUndefined();
    }
  });
});
