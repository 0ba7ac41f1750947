import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import { moderate } from './helpers/moderation';
import { expectOk, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';

const LIST_ACTIVITY = `subscription($threadIds: [ID!]!) {
  threadListActivity(threadIds: $threadIds) {
    kind
    thread { id argumentCount proCount conCount stances { agree } }
    argument { id status body }
  }
}`;
const SET_STANCE = `mutation($input: SetStanceInput!) { setStance(input: $input) { stance } }`;
const VOTE = `mutation($input: VoteInput!) { vote(input: $input) { myVote } }`;

interface Heard {
  kind: string;
  thread: {
    id: string;
    argumentCount: number;
    proCount: number;
    conCount: number;
    stances: { agree: number };
  };
  argument: { id: string; status: string; body: string } | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('live counts for a list of threads', () => {
  let t: TestApp;
  let url: string;
  let mod: TestUser;
  let author: TestUser;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp({ BRIDGING_DEBOUNCE_MS: '600000', BRIDGING_MAX_WAIT_MS: '600000' });
    await t.app.listen(0, '127.0.0.1');
    const address = t.app.getHttpServer().address() as { port: number };
    url = `ws://127.0.0.1:${address.port}/graphql`;
    mod = await signUpUser(t, { role: Role.MODERATOR });
    author = await signUpUser(t);
  }, 180_000);
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await t.close();
  });

  /** An anonymous reader's subscription, collecting what it hears. */
  function listen(threadIds: string[]) {
    const client = createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
    clients.push(client);
    const heard: Heard[] = [];
    const errors: unknown[] = [];
    client.subscribe<{ threadListActivity: Heard }>(
      { query: LIST_ACTIVITY, variables: { threadIds } },
      {
        next: (msg) => {
          if (msg.errors) errors.push(msg.errors);
          if (msg.data) heard.push(msg.data.threadListActivity);
        },
        error: (e) => errors.push(e),
        complete: () => undefined,
      },
    );
    return {
      heard,
      errors,
      async until(count: number, ms = 15000) {
        const deadline = Date.now() + ms;
        while (heard.length < count && errors.length === 0 && Date.now() < deadline) {
          await sleep(50);
        }
        if (errors.length) throw new Error(JSON.stringify(errors));
        return heard;
      },
    };
  }

  const setStance = async (user: TestUser, threadId: string, stance: string) =>
    expectOk(await t.gql(SET_STANCE, { input: { threadId, stance } }, user.token));

  /** Waits until the subscription is live (a prober's stance in the first thread), then clears it. */
  const ready = async (threadId: string, listener: ReturnType<typeof listen>) => {
    const [prober] = await createUsersFast(t, 1);
    for (let i = 0; i < 100 && listener.heard.length === 0; i++) {
      await setStance(prober, threadId, i % 2 ? 'UNDECIDED' : 'DISAGREE');
      await sleep(50);
    }
    await sleep(200);
    listener.heard.length = 0;
  };

  it('hears posts, stances and removals in the listed threads with their new counts; not votes, and not other threads', async () => {
    const [a, b, other] = [
      await openThread(t, mod, 'Should trams run all night?'),
      await openThread(t, mod, 'Should parking be free on Sundays?'),
      await openThread(t, mod, 'Should bikes use bus lanes?'),
    ];
    const reader = listen([a, b]);
    await ready(a, reader);
    const [voter, stanceTaker] = await createUsersFast(t, 2);

    await post(t, author, { threadId: other, side: 'PRO' });
    const argumentId = await post(t, author, { threadId: a, side: 'PRO', body: 'Night shifts.' });
    expectOk(await t.gql(VOTE, { input: { argumentId, value: 'UP' } }, voter.token));
    await setStance(stanceTaker, b, 'AGREE');
    await moderate(t, mod, { argumentId, action: 'REMOVE', reason: 'Off topic' });

    const heard = await reader.until(3);
    await sleep(300);
    expect(heard.map((h) => [h.kind, h.thread.id])).toEqual([
      ['ARGUMENT_ADDED', a],
      ['THREAD_UPDATED', b],
      ['ARGUMENT_WITHDRAWN', a],
    ]);
    expect(heard[0].thread).toMatchObject({ argumentCount: 1, proCount: 1, conCount: 0 });
    expect(heard[1].thread.stances.agree).toBe(1);
    // Each event is read as the reader may see it now: the count is back, the text withheld.
    expect(heard[2].thread).toMatchObject({ argumentCount: 0, proCount: 0 });
    expect(heard[2].argument).toMatchObject({
      status: 'REMOVED',
      body: '[removed by a moderator: Off topic]',
    });
  });

  it('says nothing about a post held for a moderator', async () => {
    const admin = await signUpUser(t, { role: Role.ADMIN });
    expectOk(
      await t.gql(
        `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { watchedWord { id } } }`,
        { input: { pattern: 'tramway', action: 'REQUIRE_APPROVAL' } },
        admin.token,
      ),
    );
    const threadId = await openThread(t, mod, 'Should the library open at night?');
    const reader = listen([threadId]);
    await ready(threadId, reader);
    const held = expectOk(
      await t.gql(
        `mutation($input: CreateArgumentInput!) { createArgument(input: $input) { argument { id status } } }`,
        { input: { threadId, side: 'CON', body: 'A tramway would be better.' } },
        author.token,
      ),
    ).createArgument.argument;
    expect(held.status).toBe('PENDING');
    const shown = await post(t, author, { threadId, side: 'PRO' });
    const heard = await reader.until(1);
    await sleep(300);
    expect(heard.map((h) => [h.kind, h.argument?.id, h.thread.argumentCount])).toEqual([
      ['ARGUMENT_ADDED', shown, 1],
    ]);
  });

  it('refuses an empty or oversized list, ids that are not ids, and threads that do not exist', async () => {
    const threadId = await openThread(t, mod, 'Should markets open on Mondays?');
    const tooMany = Array.from(
      { length: 101 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    for (const [ids, expected] of [
      [[], /BAD_USER_INPUT/],
      [tooMany, /BAD_USER_INPUT/],
      [[threadId, 'not-an-id'], /BAD_USER_INPUT/],
      [[threadId, '00000000-0000-4000-8000-000000000000'], /NOT_FOUND/],
    ] as const) {
      const sub = listen([...ids]);
      await expect(sub.until(1, 3000)).rejects.toThrow(expected);
    }
  });
});
