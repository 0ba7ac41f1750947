import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import {
  ageAccounts,
  checkInvariants,
  MODERATE,
  moderate,
  queueItems,
  REPORT,
  rowCounts,
} from './helpers/moderation';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';

/** Moderators' decisions stick: reports cannot undo them, and reporters are credited fairly. */

const STATUS = `query($id: ID!) { argument(id: $id) { status } }`;
const CLAIM = `mutation($input: ClaimQueueItemInput!) { claimQueueItem(input: $input) { item { id } } }`;
const APPEAL = `mutation($input: AppealRemovalInput!) { appealRemoval(input: $input) { appeal { id status } } }`;
const RESOLVED = `query($filter: QueueFilter) {
  moderationQueue(filter: $filter, first: 100) {
    edges { node { id argument { id } resolution resolvedBy { id } } }
  }
}`;

describe('moderation decisions that stick', () => {
  let t: TestApp;
  let mod: TestUser;
  let otherMod: TestUser;
  let newAuthor: TestUser;
  let member: TestUser;
  let established: TestUser[];
  let threadId: string;
  let before: Record<string, number>;

  beforeAll(async () => {
    // PREMOD off so the NEW author's posts publish (the rule under test is about reports).
    t = await startTestApp({
      REPORT_HIDE_THRESHOLD: '3',
      PREMOD_FIRST_POSTS: '0',
      // Age alone makes a MEMBER here: the 30-day-old accounts are established, fresh ones NEW.
      TRUST_MEMBER_POSTS: '0',
    });
    mod = await signUpUser(t, { role: Role.MODERATOR });
    otherMod = await signUpUser(t, { role: Role.MODERATOR });
    newAuthor = await signUpUser(t);
    member = await signUpUser(t);
    established = await createUsersFast(t, 7);
    await ageAccounts(t, [member, ...established]);
    threadId = await openThread(t, mod);
    // Two published posts make `member` a MEMBER (the default needs 2 and a day).
    for (let i = 0; i < 2; i++) await post(t, member, { threadId, side: 'CON' });
    before = await rowCounts(t);
  }, 180_000);
  checkInvariants(
    () => t,
    () => before,
  );

  const status = async (id: string) =>
    expectOk(await t.gql(STATUS, { id }, mod.token)).argument.status;
  const report = (who: TestUser, argumentId: string, reason = 'SPAM') =>
    t.gql(REPORT, { input: { argumentId, reason } }, who.token);
  const reportsOf = async (argumentId: string) =>
    t.dataSource.query(
      `SELECT reporter_id, status, weight FROM reports WHERE argument_id = $1 ORDER BY created_at`,
      [argumentId],
    );

  it('the re-report loop: reporters a moderator disagreed with cannot hide the same text again', async () => {
    const argumentId = await post(t, newAuthor, { threadId, side: 'PRO' });
    const fresh = await createUsersFast(t, 6);
    for (const u of fresh) expectOk(await report(u, argumentId));
    expect(await status(argumentId)).toBe('HIDDEN');

    // Disagree: APPROVE publishes it and dismisses the reports.
    await moderate(t, mod, { argumentId, action: 'APPROVE' });
    expect(await status(argumentId)).toBe('PUBLISHED');
    for (const u of fresh) {
      expect(errorOf(await report(u, argumentId))).toMatchObject({
        code: 'CONFLICT',
        field: 'argumentId',
      });
    }
    expect(await status(argumentId)).toBe('PUBLISHED');
    expect((await reportsOf(argumentId)).every((r: any) => r.status === 'DISMISSED')).toBe(true);

    // 20 more fresh accounts report the approved text: it goes back to the queue, stays up.
    const brigade = await createUsersFast(t, 20);
    for (const u of brigade) expectOk(await report(u, argumentId, 'HATE'));
    expect(await status(argumentId)).toBe('PUBLISHED');
    const [item] = await queueItems(t, mod, { filter: { threadId, kind: 'REPORTED' } }).then(
      (items) => items.filter((i) => i.argument.id === argumentId),
    );
    expect(item).toMatchObject({ reportCount: 20, weight: 10 });

    // Its author edits it while reports are open: the edit waits beside the reported text. A
    // moderator who approves it has reviewed the new text too, so reports no longer hide it.
    const editTo = async (body: string) =>
      expectOk(
        await t.gql(
          `mutation($input: EditArgumentInput!) { editArgument(input: $input) { argument { body } heldEdit { status } } }`,
          { input: { argumentId, body } },
          newAuthor.token,
        ),
      ).editArgument;
    expect((await editTo('Now with different text')).heldEdit).toEqual({ status: 'WAITING' });
    await moderate(t, mod, { argumentId, action: 'APPROVE' });
    expectOk(await report(fresh[0], argumentId, 'HATE'));
    for (const u of established.slice(4, 7)) expectOk(await report(u, argumentId, 'HATE'));
    expect(await status(argumentId)).toBe('PUBLISHED');

    // Once those reports are closed, the author's next edit goes live unreviewed: reports can
    // hide that new text again.
    await moderate(t, mod, { argumentId, action: 'IGNORE' });
    expect(await editTo('Changed once more')).toEqual({
      argument: { body: 'Changed once more' },
      heldEdit: null,
    });
    for (const u of established.slice(4, 7)) expectOk(await report(u, argumentId, 'HATE'));
    expect(await status(argumentId)).toBe('HIDDEN');
    await moderate(t, mod, { argumentId, action: 'REMOVE', reason: 'Hate' });
  });

  it('brigading: fresh accounts alone cannot hide an established member’s argument', async () => {
    const argumentId = await post(t, member, { threadId, side: 'PRO' });
    const brigade = await createUsersFast(t, 20);
    for (const u of brigade) expectOk(await report(u, argumentId));
    // 20 × 0.5 = 10, far past the threshold of 3, but all of it from NEW accounts.
    expect(await status(argumentId)).toBe('PUBLISHED');
    // One established reporter (weight 1) is not yet half the threshold (1.5); a second is.
    expectOk(await report(established[0], argumentId));
    expect(await status(argumentId)).toBe('PUBLISHED');
    expectOk(await report(established[1], argumentId));
    expect(await status(argumentId)).toBe('HIDDEN');
    await moderate(t, mod, { argumentId, action: 'APPROVE' });
  });

  it('a reversed removal no longer credits its reporters', async () => {
    const [reporter] = await createUsersFast(t, 1);
    await t.dataSource.query(
      `UPDATE users SET created_at = now() - interval '30 days' WHERE id = $1`,
      [reporter.id],
    );
    const first = await post(t, member, { threadId, side: 'PRO' });
    expect(expectOk(await report(reporter, first)).report.report.weight).toBe(1);
    await moderate(t, mod, { argumentId: first, action: 'REMOVE', reason: 'Spam' });
    expect((await reportsOf(first))[0].status).toBe('UPHELD');

    // The author appeals; another moderator grants it: the report was wrong after all.
    const appeal = expectOk(
      await t.gql(APPEAL, { input: { argumentId: first, message: 'Not spam' } }, member.token),
    ).appealRemoval.appeal;
    const item = (await queueItems(t, otherMod, { filter: { kind: 'APPEAL' } })).find(
      (i) => i.appeal?.id === appeal.id,
    );
    await moderate(t, otherMod, { itemId: item.id, action: 'APPROVE', reason: 'Fair' });
    expect(await status(first)).toBe('PUBLISHED');
    expect((await reportsOf(first))[0].status).toBe('DISMISSED');

    // So the next report weighs less (1 / (1 + 1)), not more (2).
    const second = await post(t, member, { threadId, side: 'CON' });
    expect(expectOk(await report(reporter, second)).report.report.weight).toBe(0.5);
    await moderate(t, mod, { argumentId: second, action: 'IGNORE' });
  });

  it('IGNORE closes reports without judging them and shows a hidden argument again', async () => {
    const argumentId = await post(t, newAuthor, { threadId, side: 'CON' });
    const reporters = await createUsersFast(t, 6);
    for (const u of reporters) expectOk(await report(u, argumentId));
    expect(await status(argumentId)).toBe('HIDDEN');
    const res = await moderate(t, mod, { argumentId, action: 'IGNORE' });
    expect(res.argument.status).toBe('PUBLISHED');
    expect((await reportsOf(argumentId)).map((r: any) => r.status)).toEqual(
      Array(6).fill('IGNORED'),
    );
    // Neither credited nor penalised: the next report of theirs weighs as before (0.5, NEW).
    const other = await post(t, newAuthor, { threadId, side: 'PRO' });
    expect(expectOk(await report(reporters[0], other)).report.report.weight).toBe(0.5);
    // Nothing left to ignore.
    expect(
      errorOf(await t.gql(MODERATE, { input: { argumentId, action: 'IGNORE' } }, mod.token)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'action' });
    await moderate(t, mod, { argumentId: other, action: 'IGNORE' });
  });

  it('a claim holds against acting by argumentId; the resolved item says who resolved it', async () => {
    const argumentId = await post(t, newAuthor, { threadId, side: 'PRO' });
    expectOk(await report(established[2], argumentId));
    const item = (await queueItems(t, mod, { filter: { threadId } })).find(
      (i) => i.argument?.id === argumentId,
    );
    // The queue filters by the person concerned.
    const byAuthor = await queueItems(t, mod, { filter: { userId: newAuthor.id } });
    expect(byAuthor.map((i) => i.id)).toContain(item.id);
    const byOther = await queueItems(t, mod, { filter: { userId: member.id } });
    expect(byOther.map((i) => i.id)).not.toContain(item.id);
    expectOk(await t.gql(CLAIM, { input: { itemId: item.id } }, mod.token));
    const byArgument = await t.gql(
      MODERATE,
      { input: { argumentId, action: 'REMOVE', reason: 'Spam' } },
      otherMod.token,
    );
    expect(errorOf(byArgument)).toMatchObject({ code: 'CONFLICT', field: 'argumentId' });
    expect(await status(argumentId)).toBe('PUBLISHED');

    await moderate(t, mod, { argumentId, action: 'REMOVE', reason: 'Spam' });
    const resolved = expectOk(
      await t.gql(RESOLVED, { filter: { threadId, status: 'RESOLVED' } }, mod.token),
    ).moderationQueue.edges.find((e: any) => e.node.id === item.id).node;
    expect(resolved).toMatchObject({ resolution: 'REMOVE', resolvedBy: { id: mod.id } });
  });

  it('a hidden argument can be appealed; granting it publishes it', async () => {
    const argumentId = await post(t, newAuthor, { threadId, side: 'PRO' });
    for (const u of await createUsersFast(t, 6)) expectOk(await report(u, argumentId));
    expect(await status(argumentId)).toBe('HIDDEN');
    const appeal = expectOk(
      await t.gql(
        APPEAL,
        { input: { argumentId, message: 'Reported by friends of the OP' } },
        newAuthor.token,
      ),
    ).appealRemoval.appeal;
    expect(appeal.status).toBe('OPEN');
    const item = (await queueItems(t, mod, { filter: { kind: 'APPEAL' } })).find(
      (i) => i.appeal?.id === appeal.id,
    );
    await moderate(t, mod, { itemId: item.id, action: 'APPROVE', reason: 'Fine' });
    expect(await status(argumentId)).toBe('PUBLISHED');
  });
});
