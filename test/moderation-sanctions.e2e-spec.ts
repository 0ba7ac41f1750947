import { findCounterMismatches } from '../src/arguments/counter-invariants';
import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import { expectNoRowsLost, moderate, queueItems, REPORT, rowCounts } from './helpers/moderation';
import { errorOf, expectOk, GqlResponse, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';

const PASSWORD = 'correct horse battery';
const BAN = `mutation($input: BanFromThreadInput!) {
  banFromThread(input: $input) {
    ban { id reason expiresAt liftedAt active thread { id } user { id } bannedBy { id } }
  }
}`;
const LIFT = `mutation($input: LiftThreadBanInput!) {
  liftThreadBan(input: $input) { ban { id active liftedAt liftReason liftedBy { id } } }
}`;
const BANS = `query($threadId: ID!, $all: Boolean) {
  threadBans(threadId: $threadId, includeEnded: $all) { id reason active user { id } }
}`;
const PERSON = `query($id: ID!) {
  userModeration(userId: $id) { threadBans { id active reason thread { id } } }
}`;
const CREATE = `mutation($input: CreateArgumentInput!) { createArgument(input: $input) { argument { id status } } }`;
const EDIT = `mutation($input: EditArgumentInput!) { editArgument(input: $input) { argument { id body } } }`;
const VOTE = `mutation($input: VoteInput!) { vote(input: $input) { myVote } }`;
const STANCE = `mutation($input: SetStanceInput!) { setStance(input: $input) { stance } }`;
const SUSPEND = `mutation($input: SuspendUserInput!) {
  suspendUser(input: $input) { user { id } removedArgumentCount }
}`;
const UNSUSPEND = `mutation($input: UnsuspendUserInput!) {
  unsuspendUser(input: $input) { user { id } restoredArgumentCount }
}`;
const APPEAL = `mutation($input: AppealSuspensionInput!) { appealSuspension(input: $input) { appeal { id } } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { edges { node { kind message thread { id } } } } }`;
const LOG = `query($filter: ModLogFilter) {
  modLog(filter: $filter, first: 50) { edges { node { action reason details threadId expiresAt } } }
}`;

describe('sanctions: bans from a thread, suspension with removal of content', () => {
  let t: TestApp;
  let admin: TestUser;
  let mod: TestUser;
  let otherMod: TestUser;
  let reader: TestUser;
  let threadId: string;
  let otherThreadId: string;
  let before: Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp({ REPORT_HIDE_THRESHOLD: '1' });
    admin = await signUpUser(t, { role: Role.ADMIN });
    mod = await signUpUser(t, { role: Role.MODERATOR });
    otherMod = await signUpUser(t, { role: Role.MODERATOR });
    reader = await signUpUser(t);
    threadId = await openThread(t, mod, 'Should towns ban cars from their squares?');
    otherThreadId = await openThread(t, mod, 'Should trams run all night?');
    before = await rowCounts(t);
  });
  afterEach(async () => expect(await findCounterMismatches(t.dataSource.manager)).toEqual([]));
  afterAll(async () => {
    const after = await rowCounts(t);
    expectNoRowsLost(before, after);
    for (const table of ['thread_bans', 'suspension_removals']) {
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
      expect(n).toBeGreaterThan(0);
    }
    await t.close();
  });

  const ban = (by: TestUser, input: Record<string, unknown>) => t.gql(BAN, { input }, by.token);
  const expectBanned = (res: GqlResponse, inThread = threadId) => {
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'THREAD_BANNED',
      threadId: inThread,
    });
    expect(res.errors![0].message).toMatch(/banned from the thread “Should towns ban cars/);
  };
  const status = async (id: string) =>
    (await t.dataSource.query(`SELECT status FROM arguments WHERE id = $1`, [id]))[0].status;
  const notifications = async (user: TestUser) =>
    expectOk(await t.gql(NOTIFICATIONS, {}, user.token)).notifications.edges.map((e: any) => ({
      kind: e.node.kind,
      message: e.node.message,
      threadId: e.node.thread?.id ?? null,
    }));
  const logFor = async (filter: Record<string, unknown>, as?: TestUser) =>
    expectOk(await t.gql(LOG, { filter }, as?.token)).modLog.edges.map((e: any) => e.node);

  describe('a ban from one thread', () => {
    it('refuses posting, editing, voting, a stance and reports in that thread, and nothing else', async () => {
      const banned = await signUpUser(t);
      const own = await post(t, banned, { threadId, side: 'PRO', body: 'Squares are for people.' });
      const others = await post(t, reader, {
        threadId,
        side: 'CON',
        body: 'Shops need deliveries.',
      });
      const res = expectOk(
        await ban(mod, { userId: banned.id, threadId, reason: 'Keeps derailing the thread' }),
      ).banFromThread.ban;
      expect(res).toMatchObject({
        reason: 'Keeps derailing the thread',
        expiresAt: null,
        liftedAt: null,
        active: true,
        thread: { id: threadId },
        user: { id: banned.id },
        bannedBy: { id: mod.id },
      });
      const rowsBefore = await rowCounts(t);
      expectBanned(
        await t.gql(CREATE, { input: { threadId, side: 'PRO', body: 'Again.' } }, banned.token),
      );
      expectBanned(
        await t.gql(
          CREATE,
          { input: { threadId, parentId: others, side: 'CON', body: 'A reply.' } },
          banned.token,
        ),
      );
      expectBanned(
        await t.gql(EDIT, { input: { argumentId: own, body: 'Edited.' } }, banned.token),
      );
      expectBanned(await t.gql(VOTE, { input: { argumentId: others, value: 'UP' } }, banned.token));
      expectBanned(await t.gql(STANCE, { input: { threadId, stance: 'AGREE' } }, banned.token));
      expectBanned(
        await t.gql(REPORT, { input: { argumentId: others, reason: 'SPAM' } }, banned.token),
      );
      // Nothing was written by the refused attempts.
      expect(await rowCounts(t)).toEqual(rowsBefore);
      const [{ n }] = await t.dataSource.query(
        `SELECT (SELECT count(*) FROM votes WHERE user_id = $1) + (SELECT count(*) FROM stances WHERE user_id = $1) AS n`,
        [banned.id],
      );
      expect(Number(n)).toBe(0);
      // Elsewhere they take part as before; withdrawing their own post stays possible.
      await post(t, banned, { threadId: otherThreadId, side: 'CON', body: 'Trams at night, yes.' });
      expectOk(
        await t.gql(STANCE, { input: { threadId: otherThreadId, stance: 'AGREE' } }, banned.token),
      );
      // They are told, with the reason, and the public log shows the sanction.
      expect(await notifications(banned)).toContainEqual(
        expect.objectContaining({
          kind: 'THREAD_BANNED',
          threadId,
          message: expect.stringMatching(/banned you from the thread.*Keeps derailing/),
        }),
      );
      expect(await logFor({ targetUserId: banned.id })).toContainEqual(
        expect.objectContaining({
          action: 'BAN_FROM_THREAD',
          threadId,
          reason: 'Keeps derailing the thread',
        }),
      );
      // Moderators list it on the thread and on the person.
      const listed = expectOk(await t.gql(BANS, { threadId }, mod.token)).threadBans;
      expect(listed).toContainEqual(expect.objectContaining({ id: res.id, active: true }));
      const person = expectOk(await t.gql(PERSON, { id: banned.id }, mod.token)).userModeration;
      expect(person.threadBans).toEqual([
        {
          id: res.id,
          active: true,
          reason: 'Keeps derailing the thread',
          thread: { id: threadId },
        },
      ]);
    });

    it('ends at its expiry without any job, and early when lifted', async () => {
      const banned = await signUpUser(t);
      const timed = expectOk(
        await ban(mod, {
          userId: banned.id,
          threadId,
          reason: 'Cool off',
          until: new Date(Date.now() + 3600_000).toISOString(),
        }),
      ).banFromThread.ban;
      expect(timed.expiresAt).not.toBeNull();
      expectBanned(await t.gql(STANCE, { input: { threadId, stance: 'AGREE' } }, banned.token));
      // The hour passes (the clock, not a job, ends it).
      await t.dataSource.query(
        `UPDATE thread_bans SET expires_at = now() - interval '1 second' WHERE id = $1`,
        [timed.id],
      );
      expectOk(await t.gql(STANCE, { input: { threadId, stance: 'AGREE' } }, banned.token));
      expect(expectOk(await t.gql(BANS, { threadId }, mod.token)).threadBans).not.toContainEqual(
        expect.objectContaining({ id: timed.id }),
      );
      const all = expectOk(await t.gql(BANS, { threadId, all: true }, mod.token)).threadBans;
      expect(all).toContainEqual(expect.objectContaining({ id: timed.id, active: false }));
      // An ended ban cannot be lifted; a new one can, early, by another moderator.
      expect(errorOf(await t.gql(LIFT, { input: { banId: timed.id } }, mod.token)).code).toBe(
        'CONFLICT',
      );
      const again = expectOk(await ban(mod, { userId: banned.id, threadId, reason: 'Again' }))
        .banFromThread.ban;
      expect(
        errorOf(await ban(otherMod, { userId: banned.id, threadId, reason: 'Twice' })).code,
      ).toBe('CONFLICT');
      expectBanned(
        await t.gql(CREATE, { input: { threadId, side: 'CON', body: 'x y z' } }, banned.token),
      );
      const lifted = expectOk(
        await t.gql(LIFT, { input: { banId: again.id, reason: 'Apologised' } }, otherMod.token),
      ).liftThreadBan.ban;
      expect(lifted).toMatchObject({
        active: false,
        liftReason: 'Apologised',
        liftedBy: { id: otherMod.id },
      });
      expectOk(
        await t.gql(
          CREATE,
          { input: { threadId, side: 'CON', body: 'Back, politely.' } },
          banned.token,
        ),
      );
      expect(await notifications(banned)).toContainEqual(
        expect.objectContaining({ kind: 'THREAD_BAN_LIFTED', threadId }),
      );
      expect((await logFor({ targetUserId: banned.id })).map((e: any) => e.action)).toEqual([
        'LIFT_THREAD_BAN',
        'BAN_FROM_THREAD',
        'BAN_FROM_THREAD',
      ]);
    });

    it('refuses bad bans with a code and the field, and changes nothing', async () => {
      const target = await signUpUser(t);
      const rowsBefore = await rowCounts(t);
      const cases: [TestUser, Record<string, unknown>, string, string?][] = [
        [mod, { userId: target.id, threadId, reason: '   ' }, 'BAD_USER_INPUT', 'reason'],
        [
          mod,
          {
            userId: target.id,
            threadId,
            reason: 'x',
            until: new Date(Date.now() - 1000).toISOString(),
          },
          'BAD_USER_INPUT',
          'until',
        ],
        [mod, { userId: otherMod.id, threadId, reason: 'Peers' }, 'FORBIDDEN'],
        [mod, { userId: mod.id, threadId, reason: 'Myself' }, 'FORBIDDEN'],
        [reader, { userId: target.id, threadId, reason: 'Not a moderator' }, 'FORBIDDEN'],
        [
          mod,
          { userId: target.id, threadId: '00000000-0000-4000-8000-000000000000', reason: 'x' },
          'NOT_FOUND',
        ],
      ];
      for (const [by, input, code, field] of cases) {
        const error = errorOf(await ban(by, input));
        expect({ code: error.code, field: error.field }).toEqual({ code, field });
      }
      expect(await rowCounts(t)).toEqual(rowsBefore);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM thread_bans WHERE user_id = $1`,
        [target.id],
      );
      expect(n).toBe(0);
    });

    it('serialises against posts and votes sent at the same moment: each lands before the ban or is refused', async () => {
      const banned = await signUpUser(t);
      const target = await post(t, reader, { threadId, side: 'PRO', body: 'A target for votes.' });
      for (let round = 0; round < 3; round++) {
        const attempts = [
          ...Array.from({ length: 4 }, (_, i) =>
            t.gql(
              CREATE,
              { input: { threadId, side: 'CON', body: `Race ${round}.${i}` } },
              banned.token,
            ),
          ),
          t.gql(
            VOTE,
            { input: { argumentId: target, value: round % 2 ? 'DOWN' : 'UP' } },
            banned.token,
          ),
        ];
        const banning = ban(mod, { userId: banned.id, threadId, reason: `Round ${round}` });
        const results = await Promise.all(attempts);
        const banRes = expectOk(await banning).banFromThread.ban;
        for (const res of results) {
          if (res.errors)
            expect(res.errors[0].extensions).toMatchObject({ reason: 'THREAD_BANNED' });
        }
        // Nothing of theirs in the thread is newer than the ban's commit.
        const [{ late }] = await t.dataSource.query(
          `SELECT count(*)::int AS late FROM arguments a JOIN thread_bans b ON b.id = $2
           WHERE a.author_id = $1 AND a.thread_id = b.thread_id AND a.created_at > b.created_at`,
          [banned.id, banRes.id],
        );
        expect(late).toBe(0);
        expectBanned(
          await t.gql(CREATE, { input: { threadId, side: 'CON', body: 'After.' } }, banned.token),
        );
        expectOk(await t.gql(LIFT, { input: { banId: banRes.id } }, mod.token));
      }
    });
  });

  describe('suspension with removal of content', () => {
    /** An author with a published, a hidden, a held and an already-removed argument, in two threads. */
    async function prolificAuthor() {
      const author = await signUpUser(t);
      const published = await post(t, author, {
        threadId,
        side: 'PRO',
        body: 'Car-free squares thrive.',
      });
      const elsewhere = await post(t, author, {
        threadId: otherThreadId,
        side: 'PRO',
        body: 'Night trams are safe.',
      });
      const hidden = await post(t, author, {
        threadId,
        side: 'CON',
        body: 'Delivery vans need access.',
      });
      expectOk(
        await t.gql(REPORT, { input: { argumentId: hidden, reason: 'SPAM' } }, otherMod.token),
      );
      expect(await status(hidden)).toBe('HIDDEN');
      const word = expectOk(
        await t.gql(
          `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { watchedWord { id } } }`,
          {
            input: {
              pattern: `quibbler${Math.random().toString(36).slice(2, 6)}`,
              action: 'REQUIRE_APPROVAL',
            },
          },
          admin.token,
        ),
      ).addWatchedWord.watchedWord;
      const [{ pattern }] = await t.dataSource.query(
        `SELECT pattern FROM watched_words WHERE id = $1`,
        [word.id],
      );
      const held = await post(t, author, {
        threadId: otherThreadId,
        side: 'CON',
        body: `A ${pattern} post.`,
      });
      await t.gql(
        `mutation($input: RemoveWatchedWordInput!) { removeWatchedWord(input: $input) { watchedWord { id } } }`,
        { input: { id: word.id } },
        admin.token,
      );
      expect(await status(held)).toBe('PENDING');
      const removedBefore = await post(t, author, {
        threadId,
        side: 'PRO',
        body: 'Removed before.',
      });
      await moderate(t, mod, { argumentId: removedBefore, action: 'REMOVE', reason: 'Off topic' });
      expectOk(await t.gql(VOTE, { input: { argumentId: published, value: 'UP' } }, reader.token));
      return { author, published, elsewhere, hidden, held, removedBefore };
    }
    const reputation = async (id: string) =>
      (await t.dataSource.query(`SELECT reputation FROM users WHERE id = $1`, [id]))[0].reputation;

    it('removes everything readers see or may see as one sanction, and lifting restores exactly that', async () => {
      const a = await prolificAuthor();
      const repBefore = await reputation(a.author.id);
      const res = expectOk(
        await t.gql(
          SUSPEND,
          { input: { userId: a.author.id, reason: 'Spam ring', removeContent: true } },
          mod.token,
        ),
      ).suspendUser;
      expect(res.removedArgumentCount).toBe(4);
      for (const id of [a.published, a.elsewhere, a.hidden, a.held, a.removedBefore]) {
        expect(await status(id)).toBe('REMOVED');
      }
      // Votes on removed arguments stop counting towards reputation.
      expect(await reputation(a.author.id)).toBe(repBefore - 1);
      const [{ reason }] = await t.dataSource.query(
        `SELECT status_reason AS reason FROM arguments WHERE id = $1`,
        [a.published],
      );
      expect(reason).toBe('Spam ring');
      // Nothing about them waits in the queue any more.
      expect(await queueItems(t, mod, { filter: { userId: a.author.id } })).toEqual([]);
      // One sanction in the log, with each removal beside it.
      const log = await logFor({ targetUserId: a.author.id });
      expect(log.filter((e: any) => e.action === 'SUSPEND_USER')).toEqual([
        expect.objectContaining({ reason: 'Spam ring', details: 'permanent; 4 arguments removed' }),
      ]);
      expect(
        log.filter((e: any) => e.action === 'REMOVE' && e.reason === 'Spam ring'),
      ).toHaveLength(4);
      // Another moderator restores one and removes it again, on its own: that one is theirs now.
      await moderate(t, otherMod, {
        argumentId: a.elsewhere,
        action: 'RESTORE',
        reason: 'Fine on its own',
      });
      await moderate(t, otherMod, {
        argumentId: a.elsewhere,
        action: 'REMOVE',
        reason: 'Actually off topic',
      });
      const lifted = expectOk(
        await t.gql(
          UNSUSPEND,
          { input: { userId: a.author.id, reason: 'Mistaken identity' } },
          mod.token,
        ),
      ).unsuspendUser;
      expect(lifted.restoredArgumentCount).toBe(3);
      expect(await status(a.published)).toBe('PUBLISHED');
      expect(await status(a.hidden)).toBe('PUBLISHED');
      expect(await status(a.held)).toBe('PENDING');
      expect(await status(a.elsewhere)).toBe('REMOVED');
      expect(await status(a.removedBefore)).toBe('REMOVED');
      expect(await reputation(a.author.id)).toBe(repBefore);
      // The held post waits for a moderator again.
      const items = await queueItems(t, mod, {
        filter: { threadId: otherThreadId, kind: 'PENDING_POST' },
      });
      expect(items.filter((i: any) => i.argument.id === a.held)).toHaveLength(1);
      const kinds = (await notifications(a.author)).map((n: any) => n.kind);
      expect(kinds.filter((k: string) => k === 'ARGUMENT_REMOVED').length).toBeGreaterThanOrEqual(
        4,
      );
      expect(kinds).toContain('ARGUMENT_RESTORED');
      expect(await logFor({ targetUserId: a.author.id })).toContainEqual(
        expect.objectContaining({ action: 'UNSUSPEND_USER', details: '3 arguments restored' }),
      );
    });

    it('covers a person active in many threads, beside posts and votes in those threads, without errors', async () => {
      const author = await signUpUser(t);
      const others = await Promise.all([signUpUser(t), signUpUser(t)]);
      const threads: string[] = [];
      const theirs: string[] = [];
      for (let i = 0; i < 8; i++) {
        const id = await openThread(t, mod, `Should district ${i} close its through-roads?`);
        threads.push(id);
        for (const side of ['PRO', 'CON'] as const) {
          theirs.push(await post(t, author, { threadId: id, side, body: `Roads ${i} ${side}.` }));
        }
      }
      const traffic = threads.flatMap((id, i) => [
        t.gql(
          CREATE,
          { input: { threadId: id, parentId: theirs[2 * i], side: 'CON', body: `Reply ${i}.` } },
          others[i % 2].token,
        ),
        t.gql(
          VOTE,
          { input: { argumentId: theirs[2 * i + 1], value: 'UP' } },
          others[(i + 1) % 2].token,
        ),
      ]);
      const [suspended, ...results] = await Promise.all([
        t.gql(
          SUSPEND,
          { input: { userId: author.id, reason: 'Bot', removeContent: true } },
          mod.token,
        ),
        ...traffic,
      ]);
      expect(expectOk(suspended).suspendUser.removedArgumentCount).toBe(theirs.length);
      for (const res of results) {
        // A reply to (or a vote on) an argument already removed is refused as such; no failures.
        if (res.errors)
          expect(['BAD_USER_INPUT', 'FORBIDDEN']).toContain(res.errors[0].extensions.code);
      }
      for (const id of theirs) expect(await status(id)).toBe('REMOVED');
      const lifted = expectOk(
        await t.gql(UNSUSPEND, { input: { userId: author.id } }, otherMod.token),
      ).unsuspendUser;
      expect(lifted.restoredArgumentCount).toBe(theirs.length);
      for (const id of theirs) expect(await status(id)).toBe('PUBLISHED');
    });

    it('granting the suspension’s appeal restores what it removed; a plain suspension removes nothing', async () => {
      const a = await prolificAuthor();
      const plain = expectOk(
        await t.gql(
          SUSPEND,
          {
            input: {
              userId: a.author.id,
              reason: 'Heated',
              until: new Date(Date.now() + 86400_000).toISOString(),
            },
          },
          mod.token,
        ),
      ).suspendUser;
      expect(plain.removedArgumentCount).toBeNull();
      expect(await status(a.published)).toBe('PUBLISHED');
      // Suspending again, now with removal, replaces the suspension.
      expectOk(
        await t.gql(
          SUSPEND,
          { input: { userId: a.author.id, reason: 'Spam after all', removeContent: true } },
          mod.token,
        ),
      );
      expect(await status(a.published)).toBe('REMOVED');
      expectOk(
        await t.gql(APPEAL, {
          input: {
            login: a.author.username,
            password: PASSWORD,
            message: 'Those were my own words',
          },
        }),
      );
      const [item] = (await queueItems(t, otherMod, { filter: { kind: 'APPEAL' } })).filter(
        (i: any) => i.status === 'OPEN' && i.appeal?.message === 'Those were my own words',
      );
      await moderate(t, otherMod, { itemId: item.id, action: 'APPROVE', reason: 'Granted' });
      for (const id of [a.published, a.elsewhere, a.hidden])
        expect(await status(id)).toBe('PUBLISHED');
      expect(await status(a.held)).toBe('PENDING');
      expect(await status(a.removedBefore)).toBe('REMOVED');
      const [{ suspended }] = await t.dataSource.query(
        `SELECT suspended_at IS NOT NULL AS suspended FROM users WHERE id = $1`,
        [a.author.id],
      );
      expect(suspended).toBe(false);
    });
  });
});
