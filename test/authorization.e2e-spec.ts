import { randomUUID } from 'node:crypto';
import { FieldNode, OperationDefinitionNode, parse } from 'graphql';
import { PasswordService } from '../src/users/password.service';
import { TokenService } from '../src/auth/token.service';
import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import { MODERATE, moderate, queueItems } from './helpers/moderation';
import { errorOf, expectOk, GqlResponse, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';

/**
 * Who may run which mutation. Every mutation of the schema has a row; each row runs it as six
 * actors, on fresh content per actor, and states the outcome each must get. A mutation added
 * without a row fails the first test, so nobody ships one without deciding who may call it.
 */

const PASSWORD = 'correct horse battery';

const ACTORS = ['anonymous', 'suspended', 'user', 'author', 'moderator', 'admin'] as const;
type Actor = (typeof ACTORS)[number];
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'CONFLICT';
type Expected = Record<Actor, Outcome>;

interface Account extends TestUser {
  role: Role;
}

/** What a row prepares for one actor. */
interface Attempt {
  variables: Record<string, unknown>;
  /** Sent instead of the actor's own token (a fresh session of theirs); null sends none. */
  token?: string | null;
  /** Whether the mutation's effect is in the database: exactly when it succeeded. */
  applied?: () => Promise<boolean>;
}

interface Row {
  mutation: string;
  document: string;
  expected: Expected;
  /** Fresh valid input for this actor; `me` is null for the anonymous actor. */
  setup(actor: Actor, me: Account | null): Promise<Attempt>;
}

const EVERYONE: Expected = {
  anonymous: 'ok',
  suspended: 'ok',
  user: 'ok',
  author: 'ok',
  moderator: 'ok',
  admin: 'ok',
};
/** Any live, unsuspended account. */
const SIGNED_IN: Expected = { ...EVERYONE, anonymous: 'UNAUTHENTICATED', suspended: 'FORBIDDEN' };
/** Signed in, but not on your own argument (votes, reports). */
const NOT_OWN: Expected = { ...SIGNED_IN, author: 'FORBIDDEN' };
/** Only the argument's author: moderators remove, they do not rewrite or withdraw for people. */
const AUTHOR_ONLY: Expected = {
  ...SIGNED_IN,
  user: 'FORBIDDEN',
  moderator: 'FORBIDDEN',
  admin: 'FORBIDDEN',
};
const MODERATORS: Expected = { ...SIGNED_IN, user: 'FORBIDDEN', author: 'FORBIDDEN' };
const ADMINS: Expected = { ...MODERATORS, moderator: 'FORBIDDEN' };

const uid = () => randomUUID().replace(/-/g, '').slice(0, 10);

const outcomeOf = (res: GqlResponse): string => {
  const error = errorOf(res);
  return res.errors?.length ? (error.code ?? `no code: ${error.message}`) : 'ok';
};

/** The root field a document selects. */
const rootField = (document: string): string => {
  const op = parse(document).definitions[0] as OperationDefinitionNode;
  return (op.selectionSet.selections[0] as FieldNode).name.value;
};

describe('authorization of every mutation', () => {
  let t: TestApp;
  let tokens: TokenService;
  let passwordHash: string;
  /** The five signed-in actors. */
  const as = {} as Record<Exclude<Actor, 'anonymous'>, Account>;
  /** A moderator who is none of the actors: opens threads and removes arguments for setups. */
  let staff: Account;
  /** Files reports so queue items exist. */
  let reporter: Account;

  beforeAll(async () => {
    t = await startTestApp();
    tokens = t.app.get(TokenService);
    passwordHash = await t.app.get(PasswordService).hash(PASSWORD);
    const withRole = async (role: Role) => ({ ...(await signUpUser(t, { role })), role });
    as.suspended = await withRole(Role.USER);
    as.user = await withRole(Role.USER);
    as.author = await withRole(Role.USER);
    as.moderator = await withRole(Role.MODERATOR);
    as.admin = await withRole(Role.ADMIN);
    // Suspended after sign-up, keeping the tokens: the guard must refuse them on every request.
    await suspendInDb(as.suspended.id);
    staff = await account(Role.MODERATOR);
    reporter = await account();
  });
  afterAll(() => t.close());

  const query = (sql: string, params: unknown[]) => t.dataSource.query(sql, params);
  const exists = async (sql: string, params: unknown[]) => (await query(sql, params)).length > 0;

  function suspendInDb(userId: string) {
    return query(
      `UPDATE users SET suspended_at = now(), suspended_until = NULL, suspension_reason = 'Spam'
       WHERE id = $1`,
      [userId],
    );
  }

  /** A live session of an account, minted directly (no password hash per sign-in). */
  async function session(who: { id: string; role: Role }) {
    const familyId = randomUUID();
    const refresh = tokens.newRefreshToken();
    await query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + interval '1 day')`,
      [who.id, familyId, refresh.hash],
    );
    const token = await tokens.signAccessToken({
      userId: who.id,
      role: who.role,
      sessionFamilyId: familyId,
    });
    return { token, refreshToken: refresh.token, familyId };
  }

  /** A fresh account (its password is PASSWORD), optionally suspended. */
  async function account(role = Role.USER, suspended = false): Promise<Account> {
    const username = `acct_${uid()}`;
    const [row] = await query(
      `INSERT INTO users (username, email, password_hash, role) VALUES ($1, $2, $3, $4) RETURNING id`,
      [username, `${username}@example.com`, passwordHash, role],
    );
    if (suspended) await suspendInDb(row.id);
    const s = await session({ id: row.id, role });
    return { id: row.id, username, role, token: s.token, refreshToken: s.refreshToken };
  }

  /** A fresh thread with one argument by the author. */
  async function authorsArgument() {
    const threadId = await openThread(t, staff, `Should towns ban cars, case ${uid()}?`);
    const argumentId = await post(t, as.author, { threadId, side: 'PRO' });
    return { threadId, argumentId };
  }

  /** The author's argument, reported, with its open queue item. */
  async function reportedArgument() {
    const { argumentId } = await authorsArgument();
    expectOk(
      await t.gql(
        `mutation($input: ReportInput!) { report(input: $input) { report { id } } }`,
        { input: { argumentId, reason: 'SPAM' } },
        reporter.token,
      ),
    );
    const [item] = await query(
      `SELECT id FROM moderation_queue_items WHERE argument_id = $1 AND status = 'OPEN'`,
      [argumentId],
    );
    return { argumentId, item: item as { id: string } };
  }

  const argumentStatus = async (id: string): Promise<string> =>
    (await query(`SELECT status FROM arguments WHERE id = $1`, [id]))[0].status;

  const ROWS: Row[] = [
    // Public: accounts and sessions.
    {
      mutation: 'signUp',
      document: `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`,
      expected: EVERYONE,
      async setup() {
        const username = `new_${uid()}`;
        return {
          variables: {
            input: { username, email: `${username}@example.com`, password: PASSWORD },
          },
          applied: () => exists(`SELECT 1 FROM users WHERE username = $1`, [username]),
        };
      },
    },
    {
      mutation: 'signIn',
      document: `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`,
      // A suspended account cannot start a session, even with the right password.
      expected: { ...EVERYONE, suspended: 'FORBIDDEN' },
      async setup(_actor, me) {
        // Anonymous signs in with an ordinary account's credentials; the others with their own.
        return { variables: { input: { login: (me ?? as.user).username, password: PASSWORD } } };
      },
    },
    {
      mutation: 'refreshSession',
      document: `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }`,
      expected: { ...EVERYONE, suspended: 'FORBIDDEN' },
      async setup(_actor, me) {
        const s = await session(me ?? as.user);
        return {
          variables: { input: { refreshToken: s.refreshToken } },
          applied: () =>
            exists(`SELECT 1 FROM refresh_tokens WHERE family_id = $1 AND used_at IS NOT NULL`, [
              s.familyId,
            ]),
        };
      },
    },
    {
      mutation: 'signOut',
      document: `mutation($input: SignOutInput) { signOut(input: $input) { signedOut } }`,
      // A suspended account may still end its sessions.
      expected: { ...EVERYONE, anonymous: 'UNAUTHENTICATED' },
      async setup(_actor, me) {
        // A session of its own per run, so signing out does not end the actor's main token.
        // Anonymous presents someone's refresh token without an access token: nothing ends.
        const s = await session(me ?? as.user);
        return {
          variables: { input: { refreshToken: s.refreshToken } },
          token: me ? s.token : null,
          applied: () =>
            exists(`SELECT 1 FROM refresh_tokens WHERE family_id = $1 AND revoked_at IS NOT NULL`, [
              s.familyId,
            ]),
        };
      },
    },
    {
      mutation: 'appealSuspension',
      document: `mutation($input: AppealSuspensionInput!) { appealSuspension(input: $input) { appeal { id } } }`,
      // Credentials, not a session: a suspended account cannot sign in. Only a suspended account
      // has anything to appeal.
      expected: {
        anonymous: 'ok',
        suspended: 'ok',
        user: 'BAD_USER_INPUT',
        author: 'BAD_USER_INPUT',
        moderator: 'BAD_USER_INPUT',
        admin: 'BAD_USER_INPUT',
      },
      async setup(_actor, me) {
        // Anonymous: the owner of another suspended account, not signed in.
        const appellant = me ?? (await account(Role.USER, true));
        return {
          variables: {
            input: { login: appellant.username, password: PASSWORD, message: 'Please reconsider' },
          },
          applied: () => exists(`SELECT 1 FROM appeals WHERE appellant_id = $1`, [appellant.id]),
        };
      },
    },

    // Taking part in a debate.
    {
      mutation: 'createArgument',
      document: `mutation($input: CreateArgumentInput!) { createArgument(input: $input) { argument { id } } }`,
      expected: SIGNED_IN,
      async setup() {
        // A reply to the author's argument: replying to yourself is fine too.
        const { threadId, argumentId } = await authorsArgument();
        const body = `A reply ${uid()}`;
        return {
          variables: { input: { threadId, parentId: argumentId, side: 'CON', body } },
          applied: () => exists(`SELECT 1 FROM arguments WHERE body = $1`, [body]),
        };
      },
    },
    {
      mutation: 'editArgument',
      document: `mutation($input: EditArgumentInput!) { editArgument(input: $input) { argument { id } } }`,
      expected: AUTHOR_ONLY,
      async setup() {
        const { argumentId } = await authorsArgument();
        const body = `Edited ${uid()}`;
        return {
          variables: { input: { argumentId, body } },
          applied: () =>
            exists(`SELECT 1 FROM arguments WHERE id = $1 AND body = $2`, [argumentId, body]),
        };
      },
    },
    {
      mutation: 'deleteArgument',
      document: `mutation($input: DeleteArgumentInput!) { deleteArgument(input: $input) { argument { id } } }`,
      expected: AUTHOR_ONLY,
      async setup() {
        const { argumentId } = await authorsArgument();
        return {
          variables: { input: { argumentId } },
          applied: async () => (await argumentStatus(argumentId)) === 'DELETED',
        };
      },
    },
    {
      mutation: 'vote',
      document: `mutation($input: VoteInput!) { vote(input: $input) { myVote } }`,
      expected: NOT_OWN,
      async setup() {
        const { argumentId } = await authorsArgument();
        return {
          variables: { input: { argumentId, value: 'UP' } },
          applied: () => exists(`SELECT 1 FROM votes WHERE argument_id = $1`, [argumentId]),
        };
      },
    },
    {
      mutation: 'setStance',
      document: `mutation($input: SetStanceInput!) { setStance(input: $input) { stance } }`,
      expected: SIGNED_IN,
      async setup() {
        const { threadId } = await authorsArgument();
        return {
          variables: { input: { threadId, stance: 'AGREE' } },
          applied: () => exists(`SELECT 1 FROM stances WHERE thread_id = $1`, [threadId]),
        };
      },
    },
    {
      mutation: 'report',
      document: `mutation($input: ReportInput!) { report(input: $input) { report { id } } }`,
      expected: NOT_OWN,
      async setup() {
        const { argumentId } = await authorsArgument();
        return {
          variables: { input: { argumentId, reason: 'SPAM' } },
          applied: () => exists(`SELECT 1 FROM reports WHERE argument_id = $1`, [argumentId]),
        };
      },
    },
    {
      mutation: 'appealRemoval',
      document: `mutation($input: AppealRemovalInput!) { appealRemoval(input: $input) { appeal { id } } }`,
      expected: AUTHOR_ONLY,
      async setup() {
        const { argumentId } = await authorsArgument();
        await moderate(t, staff, { argumentId, action: 'REMOVE', reason: 'Off topic' });
        return {
          variables: { input: { argumentId, message: 'It was on topic' } },
          applied: () => exists(`SELECT 1 FROM appeals WHERE argument_id = $1`, [argumentId]),
        };
      },
    },

    // Running threads and importing content: moderators.
    {
      mutation: 'createThread',
      document: `mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }`,
      expected: MODERATORS,
      async setup() {
        const motion = `Should towns ban cars, case ${uid()}?`;
        return {
          variables: { input: { motion } },
          applied: () => exists(`SELECT 1 FROM threads WHERE motion = $1`, [motion]),
        };
      },
    },
    {
      mutation: 'setThreadStatus',
      document: `mutation($input: SetThreadStatusInput!) { setThreadStatus(input: $input) { thread { id status } } }`,
      expected: MODERATORS,
      async setup() {
        const { threadId } = await authorsArgument();
        return {
          variables: { input: { threadId, status: 'LOCKED', reason: 'Cooling off' } },
          applied: () =>
            exists(`SELECT 1 FROM threads WHERE id = $1 AND status = 'LOCKED'`, [threadId]),
        };
      },
    },
    {
      mutation: 'importArticle',
      document: `mutation($input: ImportArticleInput!) { importArticle(input: $input) { article { id } } }`,
      expected: MODERATORS,
      async setup() {
        const marker = `marker${uid()}`;
        const text = [
          'Council closes Main Street to cars',
          `The city council voted on Tuesday to close Main Street to private cars (${marker}).`,
          'Supporters say a car-free street will cut pollution; critics fear for the shops.',
        ].join('\n\n');
        return {
          variables: { input: { text, format: 'TEXT' } },
          applied: () => exists(`SELECT 1 FROM articles WHERE body LIKE $1`, [`%${marker}%`]),
        };
      },
    },
    {
      mutation: 'importFeed',
      document: `mutation($input: ImportFeedInput!) { importFeed(input: $input) { items { created } } }`,
      expected: MODERATORS,
      async setup() {
        // Fresh link and text: the feed import skips items it already has by either.
        const id = uid();
        const link = `https://news.example/${id}`;
        const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>City Desk</title><link>https://news.example/</link>
  <item><title>Council closes Main Street</title><link>${link}</link>
    <description>The city council voted on Tuesday to close Main Street to private cars from June, a plan that has divided shop owners and residents (${id}).</description>
  </item>
</channel></rss>`;
        return {
          variables: { input: { xml } },
          applied: () => exists(`SELECT 1 FROM articles WHERE source_url = $1`, [link]),
        };
      },
    },
    {
      mutation: 'importKialo',
      document: `mutation($input: ImportKialoInput!) { importKialo(input: $input) { thread { id } } }`,
      expected: MODERATORS,
      async setup() {
        const motion = `Cities should ban private cars, case ${uid()}.`;
        const text = `Discussion Title: Car-free centres\n\n1. ${motion}\n1.1. Pro: Cleaner air saves lives.\n1.2. Con: Deliveries need access.\n`;
        return {
          variables: { input: { text } },
          applied: () => exists(`SELECT 1 FROM threads WHERE motion = $1`, [motion]),
        };
      },
    },

    // Moderation.
    {
      mutation: 'moderate',
      document: MODERATE,
      expected: MODERATORS,
      async setup() {
        const { argumentId } = await authorsArgument();
        return {
          variables: { input: { argumentId, action: 'REMOVE', reason: 'Off topic' } },
          applied: async () => (await argumentStatus(argumentId)) === 'REMOVED',
        };
      },
    },
    {
      mutation: 'claimQueueItem',
      document: `mutation($input: ClaimQueueItemInput!) { claimQueueItem(input: $input) { item { id } } }`,
      expected: MODERATORS,
      async setup() {
        const { item } = await reportedArgument();
        return {
          variables: { input: { itemId: item.id } },
          applied: () =>
            exists(
              `SELECT 1 FROM moderation_queue_items WHERE id = $1 AND claimed_by_id IS NOT NULL`,
              [item.id],
            ),
        };
      },
    },
    {
      mutation: 'moderateItems',
      document: `mutation($input: ModerateItemsInput!) { moderateItems(input: $input) { results { ok } } }`,
      expected: MODERATORS,
      async setup() {
        const { argumentId, item } = await reportedArgument();
        return {
          variables: { input: { itemIds: [item.id], action: 'REMOVE', reason: 'Spam' } },
          applied: async () => (await argumentStatus(argumentId)) === 'REMOVED',
        };
      },
    },
    {
      mutation: 'suspendUser',
      document: `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { user { id } } }`,
      expected: MODERATORS,
      async setup() {
        const target = await account();
        return {
          variables: {
            input: { userId: target.id, reason: 'Spamming links', removeContent: true },
          },
          applied: () =>
            exists(`SELECT 1 FROM users WHERE id = $1 AND suspended_at IS NOT NULL`, [target.id]),
        };
      },
    },
    {
      mutation: 'unsuspendUser',
      document: `mutation($input: UnsuspendUserInput!) { unsuspendUser(input: $input) { user { id } } }`,
      expected: MODERATORS,
      async setup() {
        const target = await account(Role.USER, true);
        return {
          variables: { input: { userId: target.id, reason: 'Served their time' } },
          applied: () =>
            exists(`SELECT 1 FROM users WHERE id = $1 AND suspended_at IS NULL`, [target.id]),
        };
      },
    },
    {
      mutation: 'warnUser',
      document: `mutation($input: WarnUserInput!) { warnUser(input: $input) { user { id } } }`,
      expected: MODERATORS,
      async setup() {
        const target = await account();
        return {
          variables: { input: { userId: target.id, reason: 'Keep it civil' } },
          applied: () =>
            exists(`SELECT 1 FROM mod_log WHERE action = 'WARN_USER' AND target_user_id = $1`, [
              target.id,
            ]),
        };
      },
    },

    {
      mutation: 'banFromThread',
      document: `mutation($input: BanFromThreadInput!) { banFromThread(input: $input) { ban { id } } }`,
      expected: MODERATORS,
      async setup() {
        const target = await account();
        const threadId = await openThread(t, staff, `Should towns ban cars, case ${uid()}?`);
        return {
          variables: { input: { userId: target.id, threadId, reason: 'Derails the thread' } },
          applied: () => exists(`SELECT 1 FROM thread_bans WHERE user_id = $1`, [target.id]),
        };
      },
    },
    {
      mutation: 'liftThreadBan',
      document: `mutation($input: LiftThreadBanInput!) { liftThreadBan(input: $input) { ban { id } } }`,
      expected: MODERATORS,
      async setup() {
        const target = await account();
        const threadId = await openThread(t, staff, `Should towns ban cars, case ${uid()}?`);
        const ban = expectOk(
          await t.gql(
            `mutation($input: BanFromThreadInput!) { banFromThread(input: $input) { ban { id } } }`,
            { input: { userId: target.id, threadId, reason: 'Derails the thread' } },
            staff.token,
          ),
        ).banFromThread.ban;
        return {
          variables: { input: { banId: ban.id, reason: 'Apologised' } },
          applied: () =>
            exists(`SELECT 1 FROM thread_bans WHERE id = $1 AND lifted_at IS NOT NULL`, [ban.id]),
        };
      },
    },
    {
      mutation: 'addModeratorNote',
      document: `mutation($input: AddModeratorNoteInput!) { addModeratorNote(input: $input) { note { id } } }`,
      expected: MODERATORS,
      async setup() {
        const target = await account();
        return {
          variables: { input: { userId: target.id, body: 'Posts the same link everywhere' } },
          applied: () => exists(`SELECT 1 FROM moderator_notes WHERE user_id = $1`, [target.id]),
        };
      },
    },

    // Administration.
    {
      mutation: 'setUserRole',
      document: `mutation($input: SetUserRoleInput!) { setUserRole(input: $input) { user { id role } } }`,
      expected: ADMINS,
      async setup() {
        const target = await account();
        return {
          variables: { input: { userId: target.id, role: 'MODERATOR' } },
          applied: () =>
            exists(`SELECT 1 FROM users WHERE id = $1 AND role = 'MODERATOR'`, [target.id]),
        };
      },
    },
    {
      mutation: 'addWatchedWord',
      document: `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { watchedWord { id } } }`,
      expected: ADMINS,
      async setup() {
        // A word nobody writes, so the rule changes no other row's outcome.
        const pattern = `zq${uid()}`;
        return {
          variables: { input: { pattern, action: 'CENSOR' } },
          applied: () => exists(`SELECT 1 FROM watched_words WHERE pattern = $1`, [pattern]),
        };
      },
    },
    {
      mutation: 'removeWatchedWord',
      document: `mutation($input: RemoveWatchedWordInput!) { removeWatchedWord(input: $input) { watchedWord { id } } }`,
      expected: ADMINS,
      async setup() {
        const [word] = await query(
          `INSERT INTO watched_words (pattern, action, created_by_id) VALUES ($1, 'CENSOR', $2)
           RETURNING id`,
          [`zq${uid()}`, as.admin.id],
        );
        return {
          variables: { input: { id: word.id, reason: 'No longer needed' } },
          applied: () =>
            exists(`SELECT 1 FROM watched_words WHERE id = $1 AND removed_at IS NOT NULL`, [
              word.id,
            ]),
        };
      },
    },

    // Notifications: one's own only.
    {
      mutation: 'markNotificationsRead',
      document: `mutation($input: MarkNotificationsReadInput) { markNotificationsRead(input: $input) { marked } }`,
      // A suspended account may still read what happened to it.
      expected: { ...SIGNED_IN, suspended: 'ok' },
      async setup(_actor, me) {
        const [row] = await query(
          `INSERT INTO notifications (recipient_id, kind, message) VALUES ($1, 'WARNING', 'Hi')
           RETURNING id`,
          [(me ?? (await account())).id],
        );
        return {
          variables: { input: { ids: [row.id] } },
          applied: () =>
            exists(`SELECT 1 FROM notifications WHERE id = $1 AND read_at IS NOT NULL`, [row.id]),
        };
      },
    },
  ];

  it('guards the queries and fields that show what only some may see', async () => {
    const { argumentId } = await authorsArgument();
    await query(
      `INSERT INTO argument_sources (argument_id, position, url, title) VALUES ($1, 0, 'https://x.example/', 'Cited')`,
      [argumentId],
    );
    expectOk(
      await t.gql(
        `mutation($input: ReportInput!) { report(input: $input) { report { id } } }`,
        { input: { argumentId, reason: 'SPAM' } },
        reporter.token,
      ),
    );
    await moderate(t, staff, { argumentId, action: 'REMOVE', reason: 'Spam' });
    // An edit of the author's that waits for a moderator, beside the published version.
    const { argumentId: editedId } = await authorsArgument();
    await query(
      `INSERT INTO argument_held_edits (argument_id, editor_id, body, side, held_reason)
       VALUES ($1, $2, 'Proposed words', 'PRO', 'Held for review')`,
      [editedId, as.author.id],
    );
    const READS: {
      name: string;
      document: string;
      variables?: Record<string, unknown>;
      expected: Expected;
      visible?: (d: any) => unknown;
    }[] = [
      {
        name: 'moderationQueue',
        document: `{ moderationQueue(filter: { status: RESOLVED }) { edges { node { id reports { snapshot reporter { id } } } } } }`,
        expected: MODERATORS,
      },
      {
        name: 'notifications',
        document: `{ notifications { unreadCount } }`,
        expected: { ...SIGNED_IN, suspended: 'ok' },
      },
      {
        name: 'sources of a removed argument',
        document: `query($id: ID!) { argument(id: $id) { sources { url } } }`,
        variables: { id: argumentId },
        expected: EVERYONE,
        // Shown to its author and moderators only.
        visible: (d) => d.argument.sources.length > 0,
      },
      {
        name: 'an edit waiting for a moderator',
        document: `query($id: ID!) { argument(id: $id) { heldEdit { body } } }`,
        variables: { id: editedId },
        expected: EVERYONE,
        // Shown to its author and moderators only; readers see the published version.
        visible: (d) => d.argument.heldEdit?.body === 'Proposed words',
      },
      {
        name: 'a person as moderators see them',
        document: `query($id: ID!) { userModeration(userId: $id) { notes { body } history { edges { node { action } } } } }`,
        variables: { id: as.author.id },
        expected: MODERATORS,
      },
      {
        name: 'a thread’s bans',
        document: `query($id: ID!) { threadBans(threadId: $id, includeEnded: true) { id reason user { id } bannedBy { id } } }`,
        variables: { id: randomUUID() },
        expected: MODERATORS,
      },
      {
        name: 'a person’s bans from threads',
        document: `query($id: ID!) { userModeration(userId: $id) { threadBans { id reason active thread { id } } } }`,
        variables: { id: as.author.id },
        expected: MODERATORS,
      },
      {
        name: 'searching people',
        document: `{ searchUsers(prefix: "acct_") { id } }`,
        expected: MODERATORS,
      },
      {
        name: 'reporters’ records in the queue',
        document: `{ moderationQueue(filter: { status: RESOLVED }) { edges { node { reports { reporterAccuracy { weight } } } } } }`,
        expected: MODERATORS,
      },
      {
        name: 'held edits in the queue',
        document: `{ moderationQueue { edges { node { heldEdit { previousBody } } } } }`,
        expected: MODERATORS,
      },
    ];
    const outcomes: Record<string, Record<string, unknown>> = {};
    const expected: Record<string, Record<string, unknown>> = {};
    for (const read of READS) {
      outcomes[read.name] = {};
      expected[read.name] = {};
      for (const actor of ACTORS) {
        const me = actor === 'anonymous' ? null : as[actor];
        const res = await t.gql(read.document, read.variables ?? {}, me?.token);
        const outcome = outcomeOf(res);
        outcomes[read.name][actor] =
          read.visible && outcome === 'ok' ? read.visible(res.data) : outcome;
        expected[read.name][actor] = read.visible
          ? ['author', 'moderator', 'admin'].includes(actor)
          : read.expected[actor];
      }
    }
    expect(outcomes).toEqual(expected);
  });

  it('has exactly one row for every mutation of the running schema', async () => {
    const schema = expectOk(await t.gql(`{ __schema { mutationType { fields { name } } } }`));
    const inSchema: string[] = schema.__schema.mutationType.fields.map((f: any) => f.name);
    const inTable = ROWS.map((r) => r.mutation);
    expect(new Set(inTable).size).toBe(inTable.length);
    const missing = inSchema.filter((name) => !inTable.includes(name));
    const unknown = inTable.filter((name) => !inSchema.includes(name));
    expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
    // Each row's document runs the mutation the row names.
    expect(ROWS.map((r) => rootField(r.document))).toEqual(inTable);
  });

  describe.each(ROWS.map((row) => [row.mutation, row] as const))('%s', (_name, row) => {
    it('answers each actor as the table says, and a refusal changes nothing', async () => {
      const outcomes: Record<string, string> = {};
      const applied: Record<string, boolean> = {};
      const expectedApplied: Record<string, boolean> = {};
      for (const actor of ACTORS) {
        const me = actor === 'anonymous' ? null : as[actor];
        const attempt = await row.setup(actor, me);
        const token = attempt.token === undefined ? me?.token : (attempt.token ?? undefined);
        const res = await t.gql(row.document, attempt.variables, token);
        const outcome = outcomeOf(res);
        // An unexpected answer carries its message, so the diff says why.
        outcomes[actor] =
          outcome === row.expected[actor] ? outcome : `${outcome}: ${errorOf(res).message}`;
        if (attempt.applied) {
          applied[actor] = await attempt.applied();
          expectedApplied[actor] = row.expected[actor] === 'ok';
        }
      }
      expect(outcomes).toEqual(row.expected);
      expect(applied).toEqual(expectedApplied);
    });
  });

  describe('rules beside the table', () => {
    const SUSPEND = `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { user { id } } }`;
    const UNSUSPEND = `mutation($input: UnsuspendUserInput!) { unsuspendUser(input: $input) { user { id } } }`;
    const WARN = `mutation($input: WarnUserInput!) { warnUser(input: $input) { user { id } } }`;
    const CREATE_THREAD = `mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }`;
    const SET_ROLE = `mutation($input: SetUserRoleInput!) { setUserRole(input: $input) { user { id } } }`;
    const APPEAL_REMOVAL = `mutation($input: AppealRemovalInput!) { appealRemoval(input: $input) { appeal { id } } }`;
    const APPEAL_SUSPENSION = `mutation($input: AppealSuspensionInput!) { appealSuspension(input: $input) { appeal { id } } }`;

    const code = (res: GqlResponse) => outcomeOf(res);
    /** suspendUser and warnUser by one account on another: their outcomes. */
    const accountActions = async (by: Account, target: Account) => [
      code(await t.gql(SUSPEND, { input: { userId: target.id, reason: 'Rude' } }, by.token)),
      code(await t.gql(WARN, { input: { userId: target.id, reason: 'Rude' } }, by.token)),
    ];
    const untouched = async (userId: string) =>
      (
        await query(
          `SELECT u.suspended_at IS NULL AS free,
             (SELECT count(*)::int FROM mod_log WHERE target_user_id = u.id) AS logged
           FROM users u WHERE u.id = $1`,
          [userId],
        )
      )[0];

    it('moderators cannot act on an admin’s account, another moderator’s or their own', async () => {
      const admin = await account(Role.ADMIN);
      const otherMod = await account(Role.MODERATOR);
      expect(await accountActions(as.moderator, admin)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      expect(await accountActions(as.moderator, otherMod)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      expect(await accountActions(as.moderator, as.moderator)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      for (const id of [admin.id, otherMod.id, as.moderator.id]) {
        expect(await untouched(id)).toEqual({ free: true, logged: 0 });
      }

      // Nor lift an admin's suspension; an admin can, and can act on a moderator.
      const suspendedAdmin = await account(Role.ADMIN, true);
      const lift = (by: Account) =>
        t.gql(UNSUSPEND, { input: { userId: suspendedAdmin.id } }, by.token).then(code);
      expect(await lift(as.moderator)).toBe('FORBIDDEN');
      expect(await accountActions(as.admin, otherMod)).toEqual(['ok', 'ok']);

      // Admins cannot act on each other's accounts either, nor on their own.
      expect(await accountActions(as.admin, admin)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      expect(await lift(as.admin)).toBe('FORBIDDEN');
      expect(await accountActions(as.admin, as.admin)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
      expect(await untouched(admin.id)).toEqual({ free: true, logged: 0 });
      expect(
        code(
          await t.gql(SET_ROLE, { input: { userId: as.admin.id, role: 'USER' } }, as.admin.token),
        ),
      ).toBe('FORBIDDEN');
      // Nor change another admin's role (which would open the way to suspending them).
      expect(
        code(await t.gql(SET_ROLE, { input: { userId: admin.id, role: 'USER' } }, as.admin.token)),
      ).toBe('FORBIDDEN');
      const [{ role }] = await query(`SELECT role FROM users WHERE id = $1`, [admin.id]);
      expect(role).toBe('ADMIN');
    });

    it('nobody decides the appeal of their own content', async () => {
      const mod = await account(Role.MODERATOR);
      const remover = await account(Role.MODERATOR);
      const threadId = await openThread(t, staff);
      const argumentId = await post(t, mod, { threadId, side: 'PRO' });

      // Nor moderates their own argument directly.
      const removeOwn = { argumentId, action: 'REMOVE', reason: 'Mine' };
      expect(code(await t.gql(MODERATE, { input: removeOwn }, mod.token))).toBe('FORBIDDEN');

      await moderate(t, remover, { argumentId, action: 'REMOVE', reason: 'Personal attack' });
      const appeal = expectOk(
        await t.gql(APPEAL_REMOVAL, { input: { argumentId, message: 'Fair point' } }, mod.token),
      ).appealRemoval.appeal;
      const item = (await queueItems(t, staff, { filter: { kind: 'APPEAL' } })).find(
        (i) => i.appeal?.id === appeal.id,
      );
      const decide = (by: Account, action: string) =>
        t.gql(MODERATE, { input: { itemId: item.id, action, reason: 'Decided' } }, by.token);

      // Neither can claim it and so keep it from everyone else.
      const CLAIM = `mutation($input: ClaimQueueItemInput!) { claimQueueItem(input: $input) { item { id } } }`;
      expect(code(await t.gql(CLAIM, { input: { itemId: item.id } }, mod.token))).toBe('FORBIDDEN');
      expect(code(await t.gql(CLAIM, { input: { itemId: item.id } }, remover.token))).toBe(
        'FORBIDDEN',
      );

      // The appellant may neither grant nor deny it; the remover may not judge their own call.
      expect(code(await decide(mod, 'APPROVE'))).toBe('FORBIDDEN');
      expect(code(await decide(mod, 'REJECT'))).toBe('FORBIDDEN');
      expect(code(await decide(remover, 'APPROVE'))).toBe('FORBIDDEN');
      expect(await argumentStatus(argumentId)).toBe('REMOVED');
      const [{ status }] = await query(`SELECT status FROM appeals WHERE id = $1`, [appeal.id]);
      expect(status).toBe('OPEN');

      // A third moderator decides it.
      expect(code(await decide(as.moderator, 'APPROVE'))).toBe('ok');
      expect(await argumentStatus(argumentId)).toBe('PUBLISHED');
    });

    it('a suspended moderator cannot decide their own suspension appeal, or moderate at all', async () => {
      const mod = await account(Role.MODERATOR);
      expectOk(
        await t.gql(SUSPEND, { input: { userId: mod.id, reason: 'Abuse' } }, as.admin.token),
      );
      const appeal = expectOk(
        await t.gql(APPEAL_SUSPENSION, {
          input: { login: mod.username, password: PASSWORD, message: 'Sorry' },
        }),
      ).appealSuspension.appeal;
      const item = (await queueItems(t, staff, { filter: { kind: 'APPEAL' } })).find(
        (i) => i.appeal?.id === appeal.id,
      );
      const decide = { itemId: item.id, action: 'APPROVE', reason: 'Self-service' };
      expect(code(await t.gql(MODERATE, { input: decide }, mod.token))).toBe('FORBIDDEN');
      expect(
        code(
          await t.gql(CREATE_THREAD, { input: { motion: 'Should mods rule alone?' } }, mod.token),
        ),
      ).toBe('FORBIDDEN');
      const [{ suspended }] = await query(
        `SELECT suspended_at IS NOT NULL AS suspended FROM users WHERE id = $1`,
        [mod.id],
      );
      expect(suspended).toBe(true);
    });

    it('roles and sessions are checked on every request, not read from the token', async () => {
      const mod = await account(Role.MODERATOR);
      const motion = { input: { motion: 'Should roles be checked live?' } };
      expect(code(await t.gql(CREATE_THREAD, motion, mod.token))).toBe('ok');
      // Demoted: the access token still says MODERATOR, but the account no longer is.
      expectOk(await t.gql(SET_ROLE, { input: { userId: mod.id, role: 'USER' } }, as.admin.token));
      expect(code(await t.gql(CREATE_THREAD, motion, mod.token))).toBe('FORBIDDEN');

      // A signed-out session's access token opens nothing guarded.
      const user = await account();
      expectOk(await t.gql(`mutation { signOut { signedOut } }`, {}, user.token));
      const { argumentId } = await authorsArgument();
      const VOTE = `mutation($input: VoteInput!) { vote(input: $input) { myVote } }`;
      const vote = { input: { argumentId, value: 'UP' } };
      expect(code(await t.gql(VOTE, vote, user.token))).toBe('UNAUTHENTICATED');
      expect(code(await t.gql(VOTE, vote, 'not-a-token'))).toBe('UNAUTHENTICATED');
    });

    it('what a read shows follows the current role too, not the token', async () => {
      const mod = await account(Role.MODERATOR);
      const { argumentId } = await authorsArgument();
      await moderate(t, as.moderator, { argumentId, action: 'REMOVE', reason: 'Spam' });
      const READ = `query($id: ID!, $f: ModLogFilter) {
        argument(id: $id) { body statusReason }
        modLog(filter: $f) { edges { node { action moderator { id } } } }
      }`;
      const read = async () =>
        expectOk(await t.gql(READ, { id: argumentId, f: { targetId: argumentId } }, mod.token));
      const before = await read();
      expect(before.argument.statusReason).toBe('Spam');
      expect(before.modLog.edges[0].node.moderator).toEqual({ id: as.moderator.id });

      expectOk(await t.gql(SET_ROLE, { input: { userId: mod.id, role: 'USER' } }, as.admin.token));
      const after = await read();
      expect(after.argument).toEqual({
        body: '[removed by a moderator: Spam]',
        statusReason: null,
      });
      expect(after.modLog.edges[0].node.moderator).toBeNull();
    });
  });
});
