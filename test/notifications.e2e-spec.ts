import { createClient, Client } from 'graphql-ws';
import WebSocket from 'ws';
import { findCounterMismatches } from '../src/arguments/counter-invariants';
import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import {
  expectNoRowsLost,
  MODERATE,
  moderate,
  queueItems,
  REPORT,
  rowCounts,
} from './helpers/moderation';
import { errorOf, expectOk, MODERATION_DEFAULTS, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';

const NOTIFICATIONS = `query($first: Int, $unreadOnly: Boolean) {
  notifications(first: $first, unreadOnly: $unreadOnly) {
    unreadCount
    edges { node { id kind message read argument { id status } } }
  }
}`;
const MARK = `mutation($input: MarkNotificationsReadInput) {
  markNotificationsRead(input: $input) { marked unreadCount }
}`;
const WARN = `mutation($input: WarnUserInput!) { warnUser(input: $input) { user { id } } }`;
const APPEAL = `mutation($input: AppealRemovalInput!) { appealRemoval(input: $input) { appeal { id } } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('notifications: durable, read/unread, live', () => {
  let t: TestApp;
  let url: string;
  let mod: TestUser;
  let otherMod: TestUser;
  let author: TestUser;
  let reporter: TestUser;
  let threadId: string;
  let before: Record<string, number>;
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestApp({ PREMOD_FIRST_POSTS: MODERATION_DEFAULTS.PREMOD_FIRST_POSTS });
    await t.app.listen(0, '127.0.0.1');
    const address = t.app.getHttpServer().address() as { port: number };
    url = `ws://127.0.0.1:${address.port}/graphql`;
    mod = await signUpUser(t, { role: Role.MODERATOR });
    otherMod = await signUpUser(t, { role: Role.MODERATOR });
    author = await signUpUser(t);
    reporter = await signUpUser(t);
    threadId = await openThread(t, mod);
    before = await rowCounts(t);
  }, 180_000);
  afterEach(async () => expect(await findCounterMismatches(t.dataSource.manager)).toEqual([]));
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    expectNoRowsLost(before, await rowCounts(t));
    await t.close();
  });

  const inbox = async (who: TestUser, vars: Record<string, unknown> = {}) =>
    expectOk(await t.gql(NOTIFICATIONS, { first: 50, ...vars }, who.token)).notifications;
  const kinds = async (who: TestUser) =>
    (await inbox(who)).edges.map((e: any) => e.node.kind).reverse();

  it('tells authors of holds, approvals and removals, and reporters of outcomes', async () => {
    const held = await post(t, author, { threadId, side: 'PRO', body: 'First post, held' });
    expect(await kinds(author)).toEqual(['ARGUMENT_HELD']);
    expect((await inbox(author)).edges[0].node.message).toMatch(/first 2 posts/);
    await moderate(t, mod, { argumentId: held, action: 'APPROVE' });
    expect(await kinds(author)).toEqual(['ARGUMENT_HELD', 'ARGUMENT_APPROVED']);

    expectOk(await t.gql(REPORT, { input: { argumentId: held, reason: 'SPAM' } }, reporter.token));
    // A refused action writes nothing: REMOVE without a reason.
    const refused = await t.gql(
      MODERATE,
      { input: { argumentId: held, action: 'REMOVE' } },
      mod.token,
    );
    expect(errorOf(refused).field).toBe('reason');
    expect(await kinds(author)).toHaveLength(2);
    expect(await kinds(reporter)).toEqual([]);

    await moderate(t, mod, { argumentId: held, action: 'REMOVE', reason: 'Advertising' });
    const removed = (await inbox(author)).edges[0].node;
    expect(removed).toMatchObject({
      kind: 'ARGUMENT_REMOVED',
      message: 'A moderator removed your argument: Advertising',
      read: false,
      argument: { id: held, status: 'REMOVED' },
    });
    expect(await kinds(reporter)).toEqual(['REPORT_UPHELD']);

    // The appeal's outcome, and a warning.
    expectOk(
      await t.gql(
        APPEAL,
        { input: { argumentId: held, message: 'It was not an ad' } },
        author.token,
      ),
    );
    const item = (await queueItems(t, otherMod, { filter: { kind: 'APPEAL' } }))[0];
    await moderate(t, otherMod, { itemId: item.id, action: 'REJECT', reason: 'It was an ad' });
    expectOk(await t.gql(WARN, { input: { userId: author.id, reason: 'No ads' } }, mod.token));
    expect((await kinds(author)).slice(-2)).toEqual(['APPEAL_DENIED', 'WARNING']);
  });

  it('counts unread, marks read (only one’s own), and filters unread', async () => {
    const start = await inbox(author);
    expect(start.unreadCount).toBe(start.edges.length);
    const [first, second] = start.edges.map((e: any) => e.node.id);

    // Someone else cannot mark the author's notifications read.
    expect(expectOk(await t.gql(MARK, { input: { ids: [first] } }, reporter.token))).toEqual({
      markNotificationsRead: { marked: 0, unreadCount: 1 },
    });
    const marked = expectOk(await t.gql(MARK, { input: { ids: [first, second] } }, author.token));
    expect(marked.markNotificationsRead).toEqual({
      marked: 2,
      unreadCount: start.unreadCount - 2,
    });
    const unread = await inbox(author, { unreadOnly: true });
    expect(unread.edges.map((e: any) => e.node.id)).not.toContain(first);
    expect(unread.edges).toHaveLength(start.unreadCount - 2);
    expect(expectOk(await t.gql(MARK, {}, author.token)).markNotificationsRead.unreadCount).toBe(0);
    expect((await inbox(author)).edges.every((e: any) => e.node.read)).toBe(true);

    expect(errorOf(await t.gql(NOTIFICATIONS, {})).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(MARK, { input: { ids: ['nope'] } }, author.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'ids',
    });
  });

  const connect = (token: string) => {
    const client = createClient({
      url,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    clients.push(client);
    return client;
  };
  const listen = (client: Client, query: string) => {
    const heard: any[] = [];
    const errors: any[] = [];
    client.subscribe<any>(
      { query },
      {
        next: (msg) => (msg.errors ? errors.push(msg.errors) : heard.push(msg.data)),
        error: (e) => errors.push(e),
        complete: () => undefined,
      },
    );
    return { heard, errors };
  };
  const until = async (cond: () => boolean, ms = 15000) => {
    const deadline = Date.now() + ms;
    while (!cond() && Date.now() < deadline) await sleep(50);
  };

  it('delivers notifications live, and new queue items to moderators only', async () => {
    const mine = listen(
      connect(author.token),
      `subscription { notificationAdded { kind message argument { id } } }`,
    );
    const queue = listen(
      connect(mod.token),
      `subscription { moderationQueueItemAdded { kind argument { id } } }`,
    );
    const nosy = listen(
      connect(reporter.token),
      `subscription { moderationQueueItemAdded { id } }`,
    );
    await until(() => nosy.errors.length > 0);
    expect(JSON.stringify(nosy.errors)).toContain('FORBIDDEN');

    // Wait until the author's subscription is live: warnings until one is heard.
    for (let i = 0; i < 100 && mine.heard.length === 0; i++) {
      expectOk(await t.gql(WARN, { input: { userId: author.id, reason: 'Probe' } }, mod.token));
      await sleep(100);
    }
    await sleep(200);
    mine.heard.length = 0;
    queue.heard.length = 0;

    const [other] = await createUsersFast(t, 1);
    const argumentId = await post(t, other, { threadId, side: 'CON', body: 'Another first post' });
    await until(() => queue.heard.length > 0);
    expect(queue.heard[0].moderationQueueItemAdded).toEqual({
      kind: 'PENDING_POST',
      argument: { id: argumentId },
    });

    const published = await post(t, author, { threadId, side: 'PRO' });
    await until(() => mine.heard.length > 0);
    expect(mine.heard[0].notificationAdded.kind).toBe('ARGUMENT_HELD');
    await moderate(t, mod, { argumentId: published, action: 'REJECT', reason: 'Off topic' });
    await until(() => mine.heard.length > 1);
    expect(mine.heard[1].notificationAdded).toEqual({
      kind: 'ARGUMENT_REJECTED',
      message: 'A moderator turned down your post: Off topic',
      argument: { id: published },
    });
    await moderate(t, mod, { argumentId, action: 'APPROVE' });
  });

  it('stops live events for a moderator demoted or a session signed out after subscribing', async () => {
    const demoted = await signUpUser(t, { role: Role.MODERATOR });
    const leaving = await signUpUser(t);
    const queue = listen(
      connect(demoted.token),
      `subscription { moderationQueueItemAdded { id } }`,
    );
    const mine = listen(connect(leaving.token), `subscription { notificationAdded { kind } }`);
    // Live once both hear something: a first post waits in the queue, a warning notifies.
    const [probe] = await createUsersFast(t, 1);
    await post(t, probe, { threadId, side: 'CON', body: 'A first post, for the queue' });
    for (let i = 0; i < 100 && mine.heard.length === 0; i++) {
      expectOk(await t.gql(WARN, { input: { userId: leaving.id, reason: 'Probe' } }, mod.token));
      await sleep(100);
    }
    await until(() => queue.heard.length > 0);
    expect(queue.heard.length).toBeGreaterThan(0);

    const SET_ROLE = `mutation($input: SetUserRoleInput!) { setUserRole(input: $input) { user { role } } }`;
    const admin = await signUpUser(t, { role: Role.ADMIN });
    expectOk(await t.gql(SET_ROLE, { input: { userId: demoted.id, role: 'USER' } }, admin.token));
    expectOk(
      await t.gql(
        `mutation($input: SignOutInput) { signOut(input: $input) { __typename } }`,
        { input: { refreshToken: leaving.refreshToken } },
        leaving.token,
      ),
    );
    queue.heard.length = 0;
    mine.heard.length = 0;

    const [other] = await createUsersFast(t, 1);
    await post(t, other, { threadId, side: 'PRO', body: 'A held post only moderators may read' });
    expectOk(await t.gql(WARN, { input: { userId: leaving.id, reason: 'Unheard' } }, mod.token));
    await until(() => queue.errors.length > 0 && mine.errors.length > 0);
    await sleep(300);
    expect(queue.heard).toEqual([]);
    expect(mine.heard).toEqual([]);
    expect(JSON.stringify(queue.errors)).toContain('FORBIDDEN');
    expect(JSON.stringify(mine.errors)).toContain('UNAUTHENTICATED');
  });
});
