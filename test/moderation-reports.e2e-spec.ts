import { findCounterMismatches } from '../src/arguments/counter-invariants';
import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import { expectNoRowsLost, moderate, queueItems, REPORT, rowCounts } from './helpers/moderation';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';

const READ = `query($id: ID!) { argument(id: $id) { status body bodyHtml statusReason } }`;
const LOG = `query($filter: ModLogFilter) {
  modLog(filter: $filter, first: 50) {
    edges { node { action targetType targetId reason details moderator { id } before after } }
  }
}`;

describe('reports, review, removal and appeal', () => {
  let t: TestApp;
  let mod: TestUser;
  let otherMod: TestUser;
  let author: TestUser;
  let readers: TestUser[];
  let threadId: string;
  let before: Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp({ REPORT_HIDE_THRESHOLD: '3', TRUST_MEMBER_POSTS: '0' });
    mod = await signUpUser(t, { role: Role.MODERATOR });
    otherMod = await signUpUser(t, { role: Role.MODERATOR });
    author = await signUpUser(t);
    readers = await createUsersFast(t, 6);
    // Accounts past the MEMBER age (posts are not required here): their reports weigh 1, not 0.5.
    await t.dataSource.query(
      `UPDATE users SET created_at = now() - interval '30 days' WHERE id = ANY($1::uuid[])`,
      [readers.map((r) => r.id)],
    );
    threadId = await openThread(t, mod);
    before = await rowCounts(t);
  });
  afterEach(async () => expect(await findCounterMismatches(t.dataSource.manager)).toEqual([]));
  afterAll(async () => {
    expectNoRowsLost(before, await rowCounts(t));
    await t.close();
  });

  const report = (user: TestUser, input: Record<string, unknown>) =>
    t.gql(REPORT, { input }, user.token);

  it('checks each reason’s details and changes nothing on bad input', async () => {
    const argumentId = await post(t, author, { threadId, side: 'PRO' });
    expect(errorOf(await report(readers[0], { argumentId, reason: 'FALLACY' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fallacy',
    });
    expect(errorOf(await report(readers[0], { argumentId, reason: 'OTHER' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'note',
    });
    expect(errorOf(await report(readers[0], { argumentId, reason: 'DUPLICATE' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'duplicateOfId',
    });
    expect(
      errorOf(await report(readers[0], { argumentId, reason: 'SPAM', fallacy: 'STRAW_MAN' })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fallacy' });
    expect(errorOf(await report(readers[0], { argumentId, reason: 'BOGUS' })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorOf(await report(author, { argumentId, reason: 'SPAM' })).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(REPORT, { input: { argumentId, reason: 'SPAM' } })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await queueItems(t, mod, { filter: { threadId } })).toEqual([]);
  });

  it('report → auto-hide → review → remove → appeal → restore', async () => {
    const argumentId = await post(t, author, {
      threadId,
      side: 'CON',
      body: 'People who disagree are idiots.',
    });
    // A reporter who changes their mind replaces their report, with a fresh snapshot.
    expectOk(await report(readers[0], { argumentId, reason: 'SPAM' }));
    const second = expectOk(
      await report(readers[0], { argumentId, reason: 'FALLACY', fallacy: 'AD_HOMINEM' }),
    ).report.report;
    expect(second).toMatchObject({
      reason: 'FALLACY',
      weight: 1,
      snapshot: 'People who disagree are idiots.',
    });
    expectOk(await report(readers[1], { argumentId, reason: 'HARASSMENT' }));
    expect(expectOk(await t.gql(READ, { id: argumentId })).argument.status).toBe('PUBLISHED');

    // The third report brings the open weight to 3: hidden pending review.
    const third = expectOk(
      await report(readers[2], { argumentId, reason: 'OTHER', note: 'Insulting' }),
    );
    expect(third.report.argument.status).toBe('HIDDEN');
    const asReader = expectOk(await t.gql(READ, { id: argumentId }, readers[3].token)).argument;
    expect(asReader).toMatchObject({
      body: '[hidden while reports are reviewed]',
      statusReason: null,
    });
    const asAuthor = expectOk(await t.gql(READ, { id: argumentId }, author.token)).argument;
    expect(asAuthor.body).toBe('People who disagree are idiots.');
    expect(asAuthor.statusReason).toMatch(/reports are reviewed/);

    // The queue groups the three reports into one item, weights summed; reporters for mods only.
    const [item] = await queueItems(t, mod, { filter: { threadId, kind: 'REPORTED' } });
    expect(item).toMatchObject({ kind: 'REPORTED', weight: 3, reportCount: 3 });
    expect(item.reports.map((r: any) => r.reason).sort()).toEqual([
      'FALLACY',
      'HARASSMENT',
      'OTHER',
    ]);
    expect(item.reports.every((r: any) => r.reporter?.id)).toBe(true);
    expect(
      errorOf(await t.gql(`{ moderationQueue { edges { node { id } } } }`, {}, readers[0].token))
        .code,
    ).toBe('FORBIDDEN');
    const filtered = await queueItems(t, mod, { filter: { reason: 'HARASSMENT' } });
    expect(filtered.map((i) => i.id)).toEqual([item.id]);
    expect(await queueItems(t, mod, { filter: { reason: 'SPAM' } })).toEqual([]);

    // Removal needs a reason; readers then see it in the placeholder.
    expect(
      errorOf(
        await t.gql(
          `mutation($input: ModerateInput!) { moderate(input: $input) { item { id } } }`,
          { input: { itemId: item.id, action: 'REMOVE' } },
          mod.token,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const removed = await moderate(t, mod, {
      itemId: item.id,
      action: 'REMOVE',
      reason: 'Personal attack',
    });
    expect(removed.item).toMatchObject({ status: 'RESOLVED', resolution: 'REMOVE' });
    expect(removed.argument.status).toBe('REMOVED');
    expect(expectOk(await t.gql(READ, { id: argumentId })).argument.body).toBe(
      '[removed by a moderator: Personal attack]',
    );
    expect(expectOk(await t.gql(READ, { id: argumentId }, author.token)).argument).toMatchObject({
      body: 'People who disagree are idiots.',
      statusReason: 'Personal attack',
    });
    const upheld = await t.dataSource.query(
      `SELECT DISTINCT status FROM reports WHERE argument_id = $1`,
      [argumentId],
    );
    expect(upheld).toEqual([{ status: 'UPHELD' }]);

    // The author appeals once; the appeal enters the queue.
    const APPEAL = `mutation($input: AppealRemovalInput!) { appealRemoval(input: $input) { appeal { id status } } }`;
    expect(
      errorOf(await t.gql(APPEAL, { input: { argumentId, message: 'x' } }, readers[0].token)).code,
    ).toBe('FORBIDDEN');
    expectOk(
      await t.gql(
        APPEAL,
        { input: { argumentId, message: 'It was a joke among friends' } },
        author.token,
      ),
    );
    expect(
      errorOf(await t.gql(APPEAL, { input: { argumentId, message: 'Again' } }, author.token)).code,
    ).toBe('CONFLICT');
    const [appealItem] = await queueItems(t, mod, { filter: { kind: 'APPEAL' } });
    expect(appealItem.appeal).toMatchObject({
      message: 'It was a joke among friends',
      status: 'OPEN',
    });

    // The moderator who removed it may not decide the appeal; another one restores it.
    expect(
      errorOf(
        await t.gql(
          `mutation($input: ModerateInput!) { moderate(input: $input) { item { id } } }`,
          { input: { itemId: appealItem.id, action: 'APPROVE' } },
          mod.token,
        ),
      ).code,
    ).toBe('FORBIDDEN');
    const granted = await moderate(t, otherMod, {
      itemId: appealItem.id,
      action: 'APPROVE',
      reason: 'Heated, but within the rules',
    });
    expect(granted.appeal).toMatchObject({ status: 'GRANTED' });
    expect(expectOk(await t.gql(READ, { id: argumentId })).argument).toMatchObject({
      status: 'PUBLISHED',
      body: 'People who disagree are idiots.',
    });
    const mine = expectOk(
      await t.gql(`{ me { appeals { status decisionReason } } }`, {}, author.token),
    );
    expect(mine.me.appeals).toEqual([
      { status: 'GRANTED', decisionReason: 'Heated, but within the rules' },
    ]);

    // The public log tells the whole story without naming the moderators; admins see more.
    const publicLog = expectOk(
      await t.gql(LOG, { filter: { targetId: argumentId } }),
    ).modLog.edges.map((e: any) => e.node);
    expect(publicLog.map((e: any) => e.action)).toEqual(['RESTORE', 'REMOVE', 'AUTO_HIDE']);
    expect(publicLog.every((e: any) => e.moderator === null)).toBe(true);
    expect(publicLog[1].reason).toBe('Personal attack');
    const modView = expectOk(
      await t.gql(LOG, { filter: { targetId: argumentId } }, otherMod.token),
    ).modLog.edges.map((e: any) => e.node);
    expect(modView[1].moderator).toEqual({ id: mod.id });
    expect(modView[2].moderator).toBeNull(); // automatic
  });

  it('weighs reports by the reporter’s record and the account’s age', async () => {
    const [fresh] = await createUsersFast(t, 1);
    const a1 = await post(t, author, { threadId, side: 'PRO' });
    expect(
      expectOk(await report(fresh, { argumentId: a1, reason: 'SPAM' })).report.report.weight,
    ).toBe(0.5);
    // readers[0] and [1] had reports upheld above, but the removal was then reversed (RESTORE):
    // the reports count as dismissed (issue 12), so their next report counts half, not double.
    expect(
      expectOk(await report(readers[1], { argumentId: a1, reason: 'SPAM' })).report.report.weight,
    ).toBe(0.5);
    // Dismissing a1's reports (APPROVE) lowers the weight of later reports by those reporters.
    await moderate(t, mod, { argumentId: a1, action: 'APPROVE' });
    const a2 = await post(t, author, { threadId, side: 'PRO' });
    expect(
      expectOk(await report(fresh, { argumentId: a2, reason: 'SPAM' })).report.report.weight,
    ).toBe(0.25);
  });
});
