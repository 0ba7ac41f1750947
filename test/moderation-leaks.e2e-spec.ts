import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import { ageAccounts, checkInvariants, moderate, REPORT, rowCounts } from './helpers/moderation';
import { errorOf, expectOk, MODERATION_DEFAULTS, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';

/** Hidden, removed, held and censored text stays out of every reader-facing copy. */

const READ = `query($id: ID!) {
  argument(id: $id) { status body statusReason author { id } side sources { url title excerpt } }
}`;
const THREAD_ARGS = `query($id: ID!) {
  thread(id: $id) { arguments(first: 50) { edges { node { id body sources { url title } } } } }
}`;
const ADD_WORD = `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { watchedWord { id } } }`;
const REMOVE_WORD = `mutation($input: RemoveWatchedWordInput!) { removeWatchedWord(input: $input) { watchedWord { id } } }`;
const LOG = `query($filter: ModLogFilter) { modLog(filter: $filter, first: 50) { edges { node { action reason } } } }`;

const SPAM_SOURCE = {
  url: 'https://spam.example/buy-now',
  title: 'Cheap pills',
  excerpt: 'Buy now',
};

describe('moderation: no leaks around hidden, removed, held and censored text', () => {
  let t: TestApp;
  let admin: TestUser;
  let mod: TestUser;
  let author: TestUser;
  let newcomer: TestUser;
  let readers: TestUser[];
  let threadId: string;
  let before: Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp({
      PREMOD_FIRST_POSTS: MODERATION_DEFAULTS.PREMOD_FIRST_POSTS,
      REPORT_HIDE_THRESHOLD: '3',
      // Age alone makes a MEMBER: the 30-day-old readers' reports weigh 1 and count as established.
      TRUST_MEMBER_POSTS: '0',
    });
    admin = await signUpUser(t, { role: Role.ADMIN });
    mod = await signUpUser(t, { role: Role.MODERATOR });
    author = await signUpUser(t);
    newcomer = await signUpUser(t);
    readers = await createUsersFast(t, 4);
    // Past pre-moderation and the MEMBER age: an author whose posts publish at once, readers
    // whose reports weigh 1.
    await ageAccounts(t, [author, ...readers]);
    threadId = await openThread(t, mod);
    // Two approved posts take the author past pre-moderation.
    for (let i = 0; i < 2; i++) {
      const id = await post(t, author, { threadId, side: 'PRO' });
      await moderate(t, mod, { argumentId: id, action: 'APPROVE' });
    }
    before = await rowCounts(t);
  }, 180_000);
  checkInvariants(
    () => t,
    () => before,
  );

  const read = async (id: string, who?: TestUser) =>
    expectOk(await t.gql(READ, { id }, who?.token)).argument;
  const sourcesInThread = async (id: string) =>
    expectOk(await t.gql(THREAD_ARGS, { id: threadId })).thread.arguments.edges.find(
      (e: any) => e.node.id === id,
    )?.node;

  it('sources of removed, hidden and withdrawn arguments are shown to nobody but author and moderators', async () => {
    const removed = await post(t, author, { threadId, side: 'PRO', sources: [SPAM_SOURCE] });
    const hidden = await post(t, author, { threadId, side: 'CON', sources: [SPAM_SOURCE] });
    const deleted = await post(t, author, { threadId, side: 'CON', sources: [SPAM_SOURCE] });
    // Published: everyone sees the sources.
    expect((await read(removed)).sources).toHaveLength(1);

    await moderate(t, mod, { argumentId: removed, action: 'REMOVE', reason: 'spam' });
    for (const r of readers.slice(0, 3)) {
      expectOk(await t.gql(REPORT, { input: { argumentId: hidden, reason: 'SPAM' } }, r.token));
    }
    expectOk(
      await t.gql(
        `mutation($input: DeleteArgumentInput!) { deleteArgument(input: $input) { argument { id } } }`,
        { input: { argumentId: deleted } },
        author.token,
      ),
    );

    for (const id of [removed, hidden, deleted]) {
      const anonymous = await read(id);
      expect(anonymous.body).toMatch(/^\[/);
      expect(anonymous.sources).toEqual([]);
      expect((await read(id, readers[3])).sources).toEqual([]);
      expect((await sourcesInThread(id)).sources).toEqual([]);
      // Its author and moderators still see what was cited.
      expect((await read(id, author)).sources).toEqual([SPAM_SOURCE]);
      expect((await read(id, mod)).sources).toEqual([SPAM_SOURCE]);
    }
    expect((await read(removed)).body).toBe('[removed by a moderator: spam]');
  });

  it('a held post does not exist for others: NOT_FOUND by id, when reported, voted on or replied to', async () => {
    // A brand-new account: its first posts wait for a moderator.
    const held = await post(t, newcomer, {
      threadId,
      side: 'PRO',
      body: 'My first post, held',
      sources: [SPAM_SOURCE],
    });
    for (const who of [undefined, readers[0]]) {
      const res = await t.gql(READ, { id: held }, who?.token);
      expect(errorOf(res).code).toBe('NOT_FOUND');
      expect(JSON.stringify(res)).not.toContain(newcomer.id);
    }
    const reported = await t.gql(
      REPORT,
      { input: { argumentId: held, reason: 'SPAM' } },
      readers[0].token,
    );
    expect(errorOf(reported).code).toBe('NOT_FOUND');
    // Voting on it or replying to it does not tell that it is there either.
    const voted = await t.gql(
      `mutation($input: VoteInput!) { vote(input: $input) { myVote } }`,
      { input: { argumentId: held, value: 'UP' } },
      readers[0].token,
    );
    expect(errorOf(voted).code).toBe('NOT_FOUND');
    const replied = await t.gql(
      `mutation($input: CreateArgumentInput!) { createArgument(input: $input) { argument { id } } }`,
      { input: { threadId, parentId: held, side: 'CON', body: 'A reply to a post I cannot see' } },
      readers[0].token,
    );
    expect(errorOf(replied)).toMatchObject({ code: 'NOT_FOUND' });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM reports WHERE argument_id = $1`,
      [held],
    );
    expect(n).toBe(0);

    // The author learns why it waits; moderators see it whole.
    const mine = await read(held, newcomer);
    expect(mine).toMatchObject({ status: 'PENDING', body: 'My first post, held' });
    expect(mine.statusReason).toMatch(/held for review.*first 2 posts/i);
    expect((await read(held, mod)).sources).toEqual([SPAM_SOURCE]);
  });

  it('a report’s snapshot never shows a reporter hidden or censored text', async () => {
    const word = expectOk(
      await t.gql(ADD_WORD, { input: { pattern: 'darn', action: 'CENSOR' } }, admin.token),
    ).addWatchedWord.watchedWord;
    try {
      const argumentId = await post(t, author, {
        threadId,
        side: 'PRO',
        body: 'This darn policy fails.',
      });
      const first = expectOk(
        await t.gql(REPORT, { input: { argumentId, reason: 'SPAM' } }, readers[0].token),
      ).report.report;
      expect(first.snapshot).toBe('This •••• policy fails.');
      await t.gql(REPORT, { input: { argumentId, reason: 'SPAM' } }, readers[1].token);
      const third = expectOk(
        await t.gql(REPORT, { input: { argumentId, reason: 'SPAM' } }, readers[2].token),
      ).report;
      expect(third.argument.status).toBe('HIDDEN');
      expect(third.report.snapshot).toBe('[hidden while reports are reviewed]');
      // Reporting again later shows no more than any reader sees.
      const again = expectOk(
        await t.gql(REPORT, { input: { argumentId, reason: 'HATE' } }, readers[0].token),
      ).report.report;
      expect(again.snapshot).toBe('[hidden while reports are reviewed]');
      // Moderators see the snapshot whole in the queue.
      const [{ snapshot }] = await t.dataSource.query(
        `SELECT snapshot FROM reports WHERE argument_id = $1 LIMIT 1`,
        [argumentId],
      );
      expect(snapshot).toBe('This darn policy fails.');
    } finally {
      await t.gql(REMOVE_WORD, { input: { id: word.id } }, admin.token);
    }
  });

  it('warnings stay out of the public moderation log', async () => {
    const target = await signUpUser(t);
    expectOk(
      await t.gql(
        `mutation($input: WarnUserInput!) { warnUser(input: $input) { user { id } } }`,
        { input: { userId: target.id, reason: 'Private: your tone in DMs' } },
        mod.token,
      ),
    );
    const filter = { targetUserId: target.id };
    for (const who of [undefined, readers[0], target]) {
      const entries = expectOk(await t.gql(LOG, { filter }, who?.token)).modLog.edges;
      expect(JSON.stringify(entries)).not.toContain('Private');
    }
    const asMod = expectOk(await t.gql(LOG, { filter }, mod.token)).modLog.edges;
    expect(asMod.map((e: any) => e.node)).toEqual([
      { action: 'WARN_USER', reason: 'Private: your tone in DMs' },
    ]);
    // The person warned still reads it on their own account.
    const me = expectOk(await t.gql(`{ me { warnings { reason } } }`, {}, target.token)).me;
    expect(me.warnings).toEqual([{ reason: 'Private: your tone in DMs' }]);
  });

  it('refuses reasons and appeal messages that are blank once trimmed, changing nothing', async () => {
    const target = await signUpUser(t);
    const SUSPEND = `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { user { id } } }`;
    const WARN = `mutation($input: WarnUserInput!) { warnUser(input: $input) { user { id } } }`;
    const APPEAL = `mutation($input: AppealRemovalInput!) { appealRemoval(input: $input) { appeal { id } } }`;
    const counts = await rowCounts(t);
    expect(
      errorOf(await t.gql(SUSPEND, { input: { userId: target.id, reason: '   ' } }, mod.token)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(
      errorOf(await t.gql(WARN, { input: { userId: target.id, reason: ' \n\t ' } }, mod.token)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const argumentId = await post(t, author, { threadId, side: 'CON' });
    await moderate(t, mod, { argumentId, action: 'REMOVE', reason: 'Off topic' });
    const afterRemove = await rowCounts(t);
    expect(
      errorOf(await t.gql(APPEAL, { input: { argumentId, message: '    ' } }, author.token)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message' });
    const [{ suspended }] = await t.dataSource.query(
      `SELECT suspended_at IS NOT NULL AS suspended FROM users WHERE id = $1`,
      [target.id],
    );
    expect(suspended).toBe(false);
    expect(afterRemove.mod_log).toBe(counts.mod_log + 1);
    expect(await rowCounts(t)).toEqual(afterRemove);
  });

  it('votes on a removed argument stop counting towards its author’s reputation', async () => {
    const argumentId = await post(t, author, { threadId, side: 'PRO' });
    const VOTE = `mutation($input: VoteInput!) { vote(input: $input) { myVote } }`;
    const reputation = async () =>
      expectOk(await t.gql(`query($id: ID!) { user(id: $id) { reputation } }`, { id: author.id }))
        .user.reputation;
    const start = await reputation();
    for (const r of readers.slice(0, 3)) {
      expectOk(await t.gql(VOTE, { input: { argumentId, value: 'UP' } }, r.token));
    }
    expect(await reputation()).toBe(start + 3);
    await moderate(t, mod, { argumentId, action: 'REMOVE', reason: 'Spam' });
    expect(await reputation()).toBe(start);
    await moderate(t, mod, { argumentId, action: 'RESTORE', reason: 'Mistake' });
    expect(await reputation()).toBe(start + 3);
  });
});
