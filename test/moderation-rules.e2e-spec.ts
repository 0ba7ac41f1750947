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
import { signUpUser, TestUser } from './helpers/users';
import { WORD_HOLD_REASON } from '../src/moderation/rules/posting-gate.service';

const ADD = `mutation($input: AddWatchedWordInput!) {
  addWatchedWord(input: $input) { watchedWord { id pattern action removedAt } }
}`;
const REMOVE = `mutation($input: RemoveWatchedWordInput!) {
  removeWatchedWord(input: $input) { watchedWord { id pattern removedAt } }
}`;
const WORDS = `query($all: Boolean!) { watchedWords(includeRemoved: $all) { id pattern action removedAt } }`;
const CREATE = `mutation($input: CreateArgumentInput!) {
  createArgument(input: $input) { argument { id status body } }
}`;
const EDIT = `mutation($input: EditArgumentInput!) {
  editArgument(input: $input) { argument { id status body statusReason } }
}`;
const READ = `query($id: ID!) { argument(id: $id) { status body bodyHtml statusReason } }`;
const THREAD = `query($id: ID!) {
  thread(id: $id) {
    argumentCount proCount conCount participantCount
    arguments(first: 100, sort: NEW) { edges { node { id status body bodyHtml } } }
  }
}`;
const LOG = `query($filter: ModLogFilter) {
  modLog(filter: $filter, first: 50) { edges { node { action targetId reason details moderator { id } } } }
}`;

/** The posting rules: watched words, with free posting otherwise (test defaults). */
describe('watched words', () => {
  let t: TestApp;
  let admin: TestUser;
  let mod: TestUser;
  let author: TestUser;
  let reader: TestUser;
  let threadId: string;
  let before: Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUpUser(t, { role: Role.ADMIN });
    mod = await signUpUser(t, { role: Role.MODERATOR });
    author = await signUpUser(t);
    reader = await signUpUser(t);
    threadId = await openThread(t, mod);
    before = await rowCounts(t);
  });
  afterEach(async () => {
    expect(await findCounterMismatches(t.dataSource.manager)).toEqual([]);
    // Each test starts with no rules in force.
    for (const w of expectOk(await t.gql(WORDS, { all: false }, admin.token)).watchedWords) {
      expectOk(await t.gql(REMOVE, { input: { id: w.id } }, admin.token));
    }
  });
  afterAll(async () => {
    expectNoRowsLost(before, await rowCounts(t));
    await t.close();
  });

  const addWord = async (pattern: string, action: string): Promise<string> =>
    expectOk(await t.gql(ADD, { input: { pattern, action } }, admin.token)).addWatchedWord
      .watchedWord.id;
  const create = (user: TestUser, body: string, extra: Record<string, unknown> = {}) =>
    t.gql(CREATE, { input: { threadId, side: 'PRO', body, ...extra } }, user.token);
  const created = async (user: TestUser, body: string, extra: Record<string, unknown> = {}) =>
    expectOk(await create(user, body, extra)).createArgument.argument as {
      id: string;
      status: string;
      body: string;
    };
  const edit = (user: TestUser, argumentId: string, body: string) =>
    t.gql(EDIT, { input: { argumentId, body } }, user.token);
  const read = async (id: string, user?: TestUser) =>
    expectOk(await t.gql(READ, { id }, user?.token)).argument;
  const thread = async (user?: TestUser) =>
    expectOk(await t.gql(THREAD, { id: threadId }, user?.token)).thread;
  const listedIds = async (user?: TestUser) =>
    (await thread(user)).arguments.edges.map((e: any) => e.node.id);
  const row = async (id: string) =>
    (await t.dataSource.query(`SELECT status, body FROM arguments WHERE id = $1`, [id]))[0];

  it('are managed by admins, read by moderators, and removed softly', async () => {
    const input = { pattern: 'grotbag', action: 'BLOCK' };
    expect(errorOf(await t.gql(ADD, { input }, mod.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(ADD, { input }, author.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(ADD, { input })).code).toBe('UNAUTHENTICATED');

    const word = expectOk(
      await t.gql(ADD, { input: { pattern: '  grotbag ', action: 'BLOCK' } }, admin.token),
    ).addWatchedWord.watchedWord;
    expect(word).toMatchObject({ pattern: 'grotbag', action: 'BLOCK', removedAt: null });

    // Patterns the matcher cannot use are refused, naming the field.
    for (const pattern of ['!!!', '   ', 'idiot *', 'ab* cd', 'x'.repeat(101)]) {
      expect(
        errorOf(await t.gql(ADD, { input: { pattern, action: 'FLAG' } }, admin.token)),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pattern' });
    }
    // The same word again, in any case or Unicode form, whatever its action, is a conflict.
    const cafe = await addWord('café', 'FLAG');
    for (const pattern of ['GrotBag', 'grotbag', 'CAFÉ', 'cafe\u0301']) {
      expect(
        errorOf(await t.gql(ADD, { input: { pattern, action: 'CENSOR' } }, admin.token)),
      ).toMatchObject({ code: 'CONFLICT', field: 'pattern' });
    }

    // Moderators (not users) read the list.
    const listed = expectOk(await t.gql(WORDS, { all: false }, mod.token)).watchedWords;
    expect(listed.map((w: any) => [w.pattern, w.action])).toEqual([
      ['grotbag', 'BLOCK'],
      ['café', 'FLAG'],
    ]);
    expect(errorOf(await t.gql(WORDS, { all: false }, author.token)).code).toBe('FORBIDDEN');

    // Removal is for admins, and keeps the rule on record.
    expect(errorOf(await t.gql(REMOVE, { input: { id: word.id } }, mod.token)).code).toBe(
      'FORBIDDEN',
    );
    expect(
      errorOf(
        await t.gql(REMOVE, { input: { id: '00000000-0000-4000-8000-000000000000' } }, admin.token),
      ).code,
    ).toBe('NOT_FOUND');
    const removed = expectOk(
      await t.gql(REMOVE, { input: { id: word.id, reason: 'Too broad' } }, admin.token),
    ).removeWatchedWord.watchedWord;
    expect(Date.parse(removed.removedAt)).not.toBeNaN();
    expect(
      expectOk(await t.gql(WORDS, { all: false }, mod.token)).watchedWords.map((w: any) => w.id),
    ).toEqual([cafe]);
    const all = expectOk(await t.gql(WORDS, { all: true }, mod.token)).watchedWords;
    expect(all.find((w: any) => w.id === word.id)).toEqual({
      id: word.id,
      pattern: 'grotbag',
      action: 'BLOCK',
      removedAt: removed.removedAt,
    });
    // A removed rule no longer applies, and the word may be added again.
    expect((await created(author, 'What a grotbag.')).status).toBe('PUBLISHED');
    const again = await addWord('grotbag', 'FLAG');
    expect(again).not.toBe(word.id);

    const log = expectOk(
      await t.gql(LOG, { filter: { targetId: word.id } }, mod.token),
    ).modLog.edges.map((e: any) => e.node);
    expect(log).toEqual([
      expect.objectContaining({
        action: 'REMOVE_WATCHED_WORD',
        reason: 'Too broad',
        details: 'BLOCK: grotbag',
        moderator: { id: admin.id },
      }),
      expect.objectContaining({
        action: 'ADD_WATCHED_WORD',
        details: 'BLOCK: grotbag',
        moderator: { id: admin.id },
      }),
    ]);
  });

  it('lets exactly one of several admins adding the same word at once succeed', async () => {
    const others = [admin, await signUpUser(t, { role: Role.ADMIN })];
    const results = await Promise.all(
      ['Hogwash', 'hogwash', 'HOGWASH', 'hogwash', 'HogWash', 'hogwash'].map((pattern, i) =>
        t.gql(ADD, { input: { pattern, action: 'FLAG' } }, others[i % 2].token),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => errorOf(r).code)).toEqual(
      Array(5).fill('CONFLICT'),
    );
    const listed = expectOk(await t.gql(WORDS, { all: true }, mod.token)).watchedWords;
    expect(listed.filter((w: any) => w.pattern.toLowerCase() === 'hogwash')).toHaveLength(1);
  });

  it('BLOCK refuses new and edited text, naming the rule, and writes nothing', async () => {
    await addWord('grotbag', 'BLOCK');
    const fine = await created(author, 'Trams are quieter than buses.');
    const counts = await rowCounts(t);

    const refused = errorOf(await create(author, 'Only a GROTBAG would say so.'));
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(refused.message).toMatch(/"GROTBAG".*"grotbag"/);
    // Replies, and moderators' own posts, pass the same rule.
    expect(
      errorOf(await create(reader, 'grotbag', { parentId: fine.id, side: 'CON' })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(errorOf(await create(mod, 'A grotbag argument.'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'body',
    });

    const editRefused = errorOf(await edit(author, fine.id, 'Trams are quieter, grotbag.'));
    expect(editRefused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(editRefused.message).toMatch(/grotbag/);

    expect(await rowCounts(t)).toEqual(counts);
    expect(await row(fine.id)).toEqual({
      status: 'PUBLISHED',
      body: 'Trams are quieter than buses.',
    });
    expect(
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM argument_revisions WHERE argument_id = $1`,
          [fine.id],
        )
      )[0].n,
    ).toBe(0);
  });

  it('REQUIRE_APPROVAL holds new posts and edits until a moderator approves them', async () => {
    await addWord('zorblax', 'REQUIRE_APPROVAL');
    const start = await thread();

    const held = await created(author, 'Zorblax pricing would fix congestion.');
    expect(held.status).toBe('PENDING');
    expect(await listedIds(reader)).not.toContain(held.id);
    expect(await listedIds()).not.toContain(held.id);
    // A held post does not exist for readers (issue 12): NOT_FOUND, not a placeholder.
    const asReader = await t.gql(
      `query($id: ID!) { argument(id: $id) { id } }`,
      { id: held.id },
      reader.token,
    );
    expect(errorOf(asReader).code).toBe('NOT_FOUND');
    expect((await read(held.id, author)).body).toBe('Zorblax pricing would fix congestion.');
    expect(await thread()).toMatchObject({
      argumentCount: start.argumentCount,
      proCount: start.proCount,
    });
    const [item] = await queueItems(t, mod, { filter: { threadId, kind: 'PENDING_POST' } });
    expect(item).toMatchObject({
      kind: 'PENDING_POST',
      argument: { id: held.id, status: 'PENDING' },
    });

    const approved = await moderate(t, mod, { itemId: item.id, action: 'APPROVE' });
    expect(approved.argument.status).toBe('PUBLISHED');
    expect(approved.item).toMatchObject({ status: 'RESOLVED', resolution: 'APPROVE' });
    expect(await listedIds(reader)).toContain(held.id);
    expect((await thread()).argumentCount).toBe(start.argumentCount + 1);

    // An edit of a published argument that brings in the word waits beside the published
    // version: readers keep that, and the counts do not move.
    const plain = await created(author, 'Buses could run every five minutes.');
    const published = await thread();
    const edited = expectOk(
      await t.gql(
        `mutation($input: EditArgumentInput!) {
          editArgument(input: $input) { argument { status body } heldEdit { body heldReason } }
        }`,
        {
          input: {
            argumentId: plain.id,
            body: 'Buses could run every five minutes, zorblax or not.',
          },
        },
        author.token,
      ),
    ).editArgument;
    expect(edited.argument).toEqual({
      status: 'PUBLISHED',
      body: 'Buses could run every five minutes.',
    });
    expect(edited.heldEdit).toEqual({
      body: 'Buses could run every five minutes, zorblax or not.',
      heldReason: WORD_HOLD_REASON,
    });
    expect(await thread()).toMatchObject({
      argumentCount: published.argumentCount,
      proCount: published.proCount,
    });
    expect(await listedIds(reader)).toContain(plain.id);
    expect(await read(plain.id, reader)).toMatchObject({
      body: 'Buses could run every five minutes.',
    });
    const [editItem] = await queueItems(t, mod, { filter: { threadId, kind: 'PENDING_POST' } });
    expect(editItem.argument).toMatchObject({
      id: plain.id,
      body: 'Buses could run every five minutes.',
    });
    await moderate(t, mod, { itemId: editItem.id, action: 'APPROVE' });
    expect(await read(plain.id, reader)).toMatchObject({
      body: 'Buses could run every five minutes, zorblax or not.',
    });
    expect(await thread()).toMatchObject({ argumentCount: published.argumentCount });
  });

  it('CENSOR masks the word for readers and keeps the original', async () => {
    await addWord('flapdoodle', 'CENSOR');
    const text = 'That is Flapdoodle, frankly: flapdoodle and more.';
    const masked = 'That is ••••••••••, frankly: •••••••••• and more.';
    const arg = await created(author, text);
    expect(arg.status).toBe('PUBLISHED');

    for (const viewer of [undefined, reader]) {
      expect(await read(arg.id, viewer)).toMatchObject({
        body: masked,
        bodyHtml: `<p>${masked}</p>`,
      });
      const node = (await thread(viewer)).arguments.edges.find(
        (e: any) => e.node.id === arg.id,
      ).node;
      expect(node).toMatchObject({ body: masked, bodyHtml: `<p>${masked}</p>` });
    }
    expect(await read(arg.id, mod)).toMatchObject({ body: text, bodyHtml: `<p>${text}</p>` });
    expect(await row(arg.id)).toEqual({ status: 'PUBLISHED', body: text });
    // Only whole words are masked.
    const partial = await created(author, 'Flapdoodles and flapdoodlery stay.');
    expect((await read(partial.id)).body).toBe('Flapdoodles and flapdoodlery stay.');
  });

  // A mask of '*' would read as Markdown: a masked word alone on a line would become a rule
  // (<hr>) and two masked words in brackets would turn the text between them bold.
  it('CENSOR masks keep the rendered HTML’s structure', async () => {
    await addWord('flapdoodle', 'CENSOR');
    const arg = await created(author, 'Flapdoodle\n\n(flapdoodle) and (flapdoodle)');
    const { bodyHtml } = await read(arg.id, reader);
    expect(bodyHtml).not.toMatch(/<(hr|strong|em)\b/);
    const text = bodyHtml.replace(/<[^>]+>/g, '').trim();
    expect(text).toMatch(/^(\S)\1{9}\s+\(\1{10}\) and \(\1{10}\)$/u);
  });

  it('CENSOR also masks earlier versions', async () => {
    await addWord('flapdoodle', 'CENSOR');
    const arg = await created(author, 'Pure flapdoodle.');
    expectOk(await edit(author, arg.id, 'Pure nonsense.'));
    const revisions = expectOk(
      await t.gql(
        `query($id: ID!) { argument(id: $id) { revisions { edges { node { body } } } } }`,
        {
          id: arg.id,
        },
      ),
    ).argument.revisions.edges.map((e: any) => e.node.body);
    expect(revisions).toEqual(['Pure ••••••••••.']);
  });

  it('CENSOR also masks the public thread export', async () => {
    await addWord('flapdoodle', 'CENSOR');
    await created(author, 'Exported flapdoodle.');
    const exported = expectOk(
      await t.gql(`query($id: ID!) { exportThread(id: $id) }`, { id: threadId }),
    ).exportThread;
    expect(exported).toContain('Exported ');
    expect(exported).not.toMatch(/\bflapdoodle\b/i);
    expect(exported).toContain('Exported ••••••••••.');
  });

  it('FLAG publishes the post and reports it automatically', async () => {
    await addWord('wibblewobble', 'FLAG');
    const arg = await created(author, 'The wibblewobble plan is cheap.');
    expect(arg.status).toBe('PUBLISHED');
    expect(await listedIds(reader)).toContain(arg.id);

    const items = await queueItems(t, mod, { filter: { threadId, kind: 'REPORTED' } });
    const item = items.find((i) => i.argument.id === arg.id);
    expect(item).toMatchObject({ kind: 'REPORTED', reportCount: 1, weight: 1 });
    expect(item.reports).toEqual([
      {
        reason: 'OTHER',
        fallacy: null,
        note: 'Matched watched word "wibblewobble"',
        snapshot: 'The wibblewobble plan is cheap.',
        weight: 1,
        status: 'OPEN',
        automatic: true,
        reporter: null,
      },
    ]);
    expect((await read(arg.id, reader)).status).toBe('PUBLISHED');

    // The author's edits refresh that one automatic report instead of piling up more, which
    // would reach the hide threshold (3) on the author's own typo fixes.
    for (const body of [
      'The wibblewobble plan is cheaper.',
      'The wibblewobble plan is cheapest.',
    ]) {
      expectOk(await edit(author, arg.id, body));
    }
    const [refreshed] = (
      await queueItems(t, mod, { filter: { threadId, kind: 'REPORTED' } })
    ).filter((i) => i.argument.id === arg.id);
    expect(refreshed).toMatchObject({ id: item.id, reportCount: 1, weight: 1 });
    expect(refreshed.reports).toEqual([
      expect.objectContaining({
        automatic: true,
        status: 'OPEN',
        snapshot: 'The wibblewobble plan is cheapest.',
      }),
    ]);
    expect((await read(arg.id, reader)).status).toBe('PUBLISHED');

    // Once a moderator has cleared it, a later edit with the word is reported afresh.
    await moderate(t, mod, { itemId: item.id, action: 'APPROVE' });
    expectOk(await edit(author, arg.id, 'The wibblewobble plan, revisited.'));
    const [again] = (await queueItems(t, mod, { filter: { threadId, kind: 'REPORTED' } })).filter(
      (i) => i.argument.id === arg.id,
    );
    expect(again.id).not.toBe(item.id);
    expect(again.reports.map((r: any) => [r.status, r.automatic, r.snapshot])).toEqual([
      ['OPEN', true, 'The wibblewobble plan, revisited.'],
      ['DISMISSED', true, 'The wibblewobble plan is cheapest.'],
    ]);
  });

  it('matches whole words, in any case, Unicode-aware, with a trailing * for endings', async () => {
    await addWord('café', 'BLOCK');
    await addWord('idiot*', 'BLOCK');
    const blocked = async (body: string) => {
      const e = errorOf(await create(author, body));
      return e.code === 'BAD_USER_INPUT' && e.field === 'body' ? e.message : null;
    };
    expect(await blocked('Meet me at the CAFÉ.')).toMatch(/"CAFÉ".*"café"/);
    expect(await blocked('Le Café du Commerce')).toMatch(/"café"/);
    // The same word with a combining accent (NFD) is the same word.
    expect(await blocked('One cafe\u0301 per street')).toMatch(/"café"/);
    expect(await blocked('Such idiots.')).toMatch(/"idiots".*"idiot\*"/);
    expect(await blocked('IDIOTIC plans')).toMatch(/"IDIOTIC"/);
    expect(await blocked('an idiot')).toMatch(/"idiot"/);
    expect(await blocked('semi-idiotic')).toMatch(/"idiotic"/);

    for (const body of [
      'The cafés close early.',
      'A cafe without an accent is another word.',
      'Nonidiots and an idiom pass.',
      'Décafé is not the word either.',
    ]) {
      expect(await blocked(body)).toBeNull();
      expect((await created(author, body)).status).toBe('PUBLISHED');
    }
  });
});

/** Pre-moderation, rate limits and slow mode, with the product's own defaults. */
describe('pre-moderation and rate limits (product defaults)', () => {
  let t: TestApp;
  let mod: TestUser;
  let before: Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp(MODERATION_DEFAULTS);
    mod = await signUpUser(t, { role: Role.MODERATOR });
    before = await rowCounts(t);
  });
  afterEach(async () => expect(await findCounterMismatches(t.dataSource.manager)).toEqual([]));
  afterAll(async () => {
    expectNoRowsLost(before, await rowCounts(t));
    await t.close();
  });

  const create = (user: TestUser, threadId: string, body: string) =>
    t.gql(CREATE, { input: { threadId, side: 'CON', body } }, user.token);
  const created = async (user: TestUser, threadId: string, body: string) =>
    expectOk(await create(user, threadId, body)).createArgument.argument;
  const trustLevel = async (user: TestUser) =>
    expectOk(await t.gql(`query($id: ID!) { user(id: $id) { trustLevel } }`, { id: user.id })).user
      .trustLevel;
  const postCount = async (user: TestUser) =>
    (
      await t.dataSource.query(`SELECT count(*)::int AS n FROM arguments WHERE author_id = $1`, [
        user.id,
      ])
    )[0].n;

  it('holds a new account’s first two posts, then limits it to 5 posts an hour', async () => {
    expect(t.config.moderation.premodFirstPosts).toBe(2);
    expect(t.config.moderation.rates.postsPerHour[0]).toBe(5);
    const threadId = await openThread(t, mod);
    const newbie = await signUpUser(t);
    expect(await trustLevel(newbie)).toBe('NEW');

    const first = await created(newbie, threadId, 'First post: trams.');
    const second = await created(newbie, threadId, 'Second post: buses.');
    expect([first.status, second.status]).toEqual(['PENDING', 'PENDING']);
    const items = await queueItems(t, mod, { filter: { threadId, kind: 'PENDING_POST' } });
    expect(items.map((i) => i.argument.id).sort()).toEqual([first.id, second.id].sort());
    for (const item of items) await moderate(t, mod, { itemId: item.id, action: 'APPROVE' });

    // Two approved posts: the third goes straight out.
    const third = await created(newbie, threadId, 'Third post: bikes.');
    expect(third.status).toBe('PUBLISHED');
    expect(await queueItems(t, mod, { filter: { threadId, kind: 'PENDING_POST' } })).toEqual([]);
    await created(newbie, threadId, 'Fourth post: walking.');
    await created(newbie, threadId, 'Fifth post: ferries.');

    const res = await create(newbie, threadId, 'Sixth post: one too many.');
    expect(errorOf(res).code).toBe('RATE_LIMITED');
    expect(errorOf(res).message).toMatch(
      /trust level NEW may make 5 posts an hour; try again in \d+ s/,
    );
    const retry = res.errors![0].extensions.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(3600);
    expect(await postCount(newbie)).toBe(5);

    // Moderators are exempt from both pre-moderation and the limits.
    for (let i = 0; i < 7; i++) {
      expect((await created(mod, threadId, `Moderator post ${i}`)).status).toBe('PUBLISHED');
    }
  });

  it('limits a new account to 5 reports a day', async () => {
    expect(t.config.moderation.rates.reportsPerDay[0]).toBe(5);
    const threadId = await openThread(t, mod);
    const targets: string[] = [];
    for (let i = 0; i < 6; i++) targets.push(await post(t, mod, { threadId, side: 'PRO' }));
    const reporter = await signUpUser(t);
    const report = (argumentId: string) =>
      t.gql(REPORT, { input: { argumentId, reason: 'SPAM' } }, reporter.token);
    for (const argumentId of targets.slice(0, 5)) expectOk(await report(argumentId));

    const res = await report(targets[5]);
    expect(errorOf(res).code).toBe('RATE_LIMITED');
    expect(errorOf(res).message).toMatch(/5 reports a day; try again in \d+ s/);
    const retry = res.errors![0].extensions.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(3600);
    expect(retry).toBeLessThanOrEqual(24 * 3600);
    expect(
      (
        await t.dataSource.query(`SELECT count(*)::int AS n FROM reports WHERE reporter_id = $1`, [
          reporter.id,
        ])
      )[0].n,
    ).toBe(5);
  });

  it('slow mode spaces out one person’s posts in a thread; moderators are exempt', async () => {
    const threadId = await openThread(t, mod);
    const other = await openThread(t, mod, 'Should parking be free on Sundays?');
    const user = await signUpUser(t);
    const neighbour = await signUpUser(t);
    expect(
      errorOf(
        await t.gql(
          MODERATE,
          { input: { threadId, action: 'SET_SLOW_MODE', slowModeSeconds: 60 } },
          mod.token,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const set = await moderate(t, mod, {
      threadId,
      action: 'SET_SLOW_MODE',
      slowModeSeconds: 60,
      reason: 'Heated thread',
    });
    expect(set.thread).toMatchObject({ id: threadId, slowModeSeconds: 60 });

    await created(user, threadId, 'My first point.');
    const res = await create(user, threadId, 'My second point, right away.');
    expect(errorOf(res).code).toBe('RATE_LIMITED');
    expect(errorOf(res).message).toMatch(/slow mode: one post every 60 s; try again in \d+ s/);
    const retry = res.errors![0].extensions.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    expect(await postCount(user)).toBe(1);
    // Only this person, only in this thread.
    await created(neighbour, threadId, 'A neighbour’s point.');
    await created(user, other, 'A point in another thread.');
    // Moderators post freely.
    await created(mod, threadId, 'Moderator note one.');
    await created(mod, threadId, 'Moderator note two.');

    // 0 turns it off (no reason needed).
    const off = await moderate(t, mod, { threadId, action: 'SET_SLOW_MODE', slowModeSeconds: 0 });
    expect(off.thread.slowModeSeconds).toBe(0);
    await created(user, threadId, 'My second point, now allowed.');

    const log = expectOk(
      await t.gql(LOG, { filter: { threadId, action: 'SET_SLOW_MODE' } }),
    ).modLog.edges.map((e: any) => e.node);
    expect(log.map((e: any) => [e.details, e.reason, e.moderator])).toEqual([
      ['slow mode off', null, null],
      ['60 s between posts', 'Heated thread', null],
    ]);
  });

  // Only what is written counts: a post refused by slow mode (or a locked thread, or a bad
  // parent) gives its point back, or a NEW account retrying in slow mode could not post
  // anywhere for an hour.
  it('a post slow mode refuses does not use up the hourly allowance', async () => {
    const threadId = await openThread(t, mod);
    const other = await openThread(t, mod, 'Should delivery vans get night slots?');
    await moderate(t, mod, {
      threadId,
      action: 'SET_SLOW_MODE',
      slowModeSeconds: 600,
      reason: 'Heated thread',
    });
    const user = await signUpUser(t);
    await created(user, threadId, 'My one point here.');
    for (let i = 0; i < 4; i++) {
      expect(errorOf(await create(user, threadId, `Retry ${i}`)).message).toMatch(/slow mode/);
    }
    // One post made: four of the five an hour are left.
    await created(user, other, 'A point in another thread.');
  });
});
