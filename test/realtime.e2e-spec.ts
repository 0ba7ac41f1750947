import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '../src/common/auth/role.enum';
import { BridgingScheduler } from '../src/votes/bridging/bridging-scheduler';
import { openThread, post } from './helpers/debate';
import { moderate, REPORT } from './helpers/moderation';
import { expectOk, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';

const ACTIVITY = `subscription($threadId: ID!) {
  threadActivity(threadId: $threadId) {
    kind
    thread { id stances { agree } }
    argument { id body status upvotes }
  }
}`;

interface Activity {
  kind: string;
  thread: { id: string; stances: { agree: number } };
  argument: { id: string; body: string; status: string; upvotes: number } | null;
}

/** A live subscription that collects what it hears, and waits for what a test expects. */
function listen(client: Client, threadId: string) {
  const heard: Activity[] = [];
  const errors: unknown[] = [];
  let wake: () => void = () => undefined;
  const stop = client.subscribe<{ threadActivity: Activity }>(
    { query: ACTIVITY, variables: { threadId } },
    {
      next: (msg) => {
        if (msg.errors) errors.push(msg.errors);
        if (msg.data) heard.push(msg.data.threadActivity);
        wake();
      },
      error: (e) => {
        errors.push(e);
        wake();
      },
      complete: () => undefined,
    },
  );
  return {
    heard,
    errors,
    stop,
    async until(count: number, ms = 15000): Promise<Activity[]> {
      const deadline = Date.now() + ms;
      while (heard.length < count && errors.length === 0 && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 50);
        });
      }
      if (errors.length) throw new Error(JSON.stringify(errors));
      return heard;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('live thread activity over GraphQL subscriptions', () => {
  let t: TestApp;
  let url: string;
  let mod: TestUser;
  let author: TestUser;
  let voters: TestUser[];
  const clients: Client[] = [];

  const connect = (token?: string) => {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    });
    clients.push(client);
    return client;
  };

  /**
   * Waits until every listener's subscription is live (through Redis that takes a round trip):
   * a prober changes its stance between DISAGREE and UNDECIDED until all have heard it, then
   * the listeners start from nothing.
   */
  const ready = async (threadId: string, ...listeners: ReturnType<typeof listen>[]) => {
    const [prober] = await createUsersFast(t, 1);
    for (let i = 0; i < 100 && listeners.some((l) => l.heard.length === 0); i++) {
      expectOk(
        await t.gql(
          `mutation($input: SetStanceInput!) { setStance(input: $input) { stance } }`,
          { input: { threadId, stance: i % 2 ? 'UNDECIDED' : 'DISAGREE' } },
          prober.token,
        ),
      );
      await sleep(50);
    }
    await sleep(200);
    for (const l of listeners) l.heard.length = 0;
  };

  beforeAll(async () => {
    t = await startTestApp({ BRIDGING_DEBOUNCE_MS: '600000', BRIDGING_MAX_WAIT_MS: '600000' });
    await t.app.listen(0, '127.0.0.1');
    const address = t.app.getHttpServer().address() as { port: number };
    url = `ws://127.0.0.1:${address.port}/graphql`;
    mod = await signUpUser(t, { role: Role.MODERATOR });
    author = await signUpUser(t);
    voters = await createUsersFast(t, 6);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  it('tells subscribers about posts, votes, stances, rankings and removals as they happen', async () => {
    const threadId = await openThread(t, mod);
    const reader = listen(connect(), threadId);
    const authorView = listen(connect(author.token), threadId);
    await ready(threadId, reader, authorView);

    const argumentId = await post(t, author, { threadId, side: 'PRO', body: 'Trams are quiet.' });
    for (const v of voters.slice(0, 5)) {
      expectOk(
        await t.gql(
          `mutation($input: VoteInput!) { vote(input: $input) { myVote } }`,
          { input: { argumentId, value: 'UP' } },
          v.token,
        ),
      );
    }
    expectOk(
      await t.gql(
        `mutation($input: SetStanceInput!) { setStance(input: $input) { stance } }`,
        { input: { threadId, stance: 'AGREE' } },
        voters[0].token,
      ),
    );
    await t.app.get(BridgingScheduler).flush();
    await moderate(t, mod, { argumentId, action: 'REMOVE', reason: 'Off topic' });

    const heard = await reader.until(9);
    expect(heard.map((a) => a.kind)).toEqual([
      'ARGUMENT_ADDED',
      ...Array(5).fill('ARGUMENT_UPDATED'),
      'THREAD_UPDATED',
      'RANKING_UPDATED',
      'ARGUMENT_WITHDRAWN',
    ]);
    expect(heard[0].argument).toMatchObject({
      id: argumentId,
      body: 'Trams are quiet.',
      upvotes: 0,
    });
    // Each event is read fresh: the counts grow from one event to the next.
    expect(heard.slice(1, 6).map((a) => a.argument!.upvotes)).toEqual([1, 2, 3, 4, 5]);
    expect(heard[6].thread.stances.agree).toBe(1);
    // Readers see the placeholder; the author, on their own connection, still sees the text.
    expect(heard[8].argument).toMatchObject({
      status: 'REMOVED',
      body: '[removed by a moderator: Off topic]',
    });
    const own = await authorView.until(9);
    expect(own[8].argument!.body).toBe('Trams are quiet.');
  });

  it('says nothing to readers about posts that wait for a moderator or about reports', async () => {
    const threadId = await openThread(t, mod);
    const reader = listen(connect(), threadId);
    await ready(threadId, reader);
    const argumentId = await post(t, author, { threadId, side: 'CON' });
    expectOk(await t.gql(REPORT, { input: { argumentId, reason: 'SPAM' } }, voters[0].token));
    await t.dataSource.query(`UPDATE arguments SET status = 'PENDING' WHERE id = $1`, [argumentId]);
    await t.dataSource.query(`UPDATE arguments SET status = 'PUBLISHED' WHERE id = $1`, [
      argumentId,
    ]);
    const second = await post(t, author, { threadId, side: 'PRO' });
    const heard = await reader.until(2);
    expect(heard.map((a) => [a.kind, a.argument?.id])).toEqual([
      ['ARGUMENT_ADDED', argumentId],
      ['ARGUMENT_ADDED', second],
    ]);
  });

  it('refuses a subscription to a thread that does not exist', async () => {
    const sub = listen(connect(), '00000000-0000-4000-8000-000000000000');
    await expect(sub.until(1, 2000)).rejects.toThrow(/NOT_FOUND/);
  });
});
