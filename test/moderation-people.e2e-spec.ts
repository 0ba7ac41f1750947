import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import {
  ageAccounts,
  checkInvariants,
  moderate,
  queueItems,
  REPORT,
  rowCounts,
} from './helpers/moderation';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';

/** The moderators' view of a person, their private notes, user search, reporters' records. */

const PERSON = `query($id: ID!) {
  userModeration(userId: $id) {
    user { id username trustLevel }
    suspendedAt suspendedUntil suspensionReason
    arguments { status count }
    reportsFiled { filed open upheld dismissed ignored accuracy weight }
    reportsReceived { total open upheld dismissed ignored }
    warnings { reason }
    appeals { status message }
    notes { body author { id } }
    history(first: 50) { edges { node { action reason } } }
  }
}`;
const NOTE = `mutation($input: AddModeratorNoteInput!) {
  addModeratorNote(input: $input) { note { id body author { id } } }
}`;
const SEARCH = `query($prefix: String!) { searchUsers(prefix: $prefix) { id username } }`;
const PUBLIC_LOG = `query($id: ID!) {
  modLog(filter: { targetUserId: $id }, first: 50) { edges { node { action } } }
}`;

describe('moderation: the person view', () => {
  let t: TestApp;
  let mod: TestUser;
  let person: TestUser;
  let reader: TestUser;
  let established: TestUser[];
  let threadId: string;
  let before: Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp({ REPORT_HIDE_THRESHOLD: '3', TRUST_MEMBER_POSTS: '0' });
    mod = await signUpUser(t, { role: Role.MODERATOR });
    person = await signUpUser(t, { username: `Zed_${Date.now().toString(36)}` });
    reader = await signUpUser(t);
    established = await createUsersFast(t, 3);
    await ageAccounts(t, established);
    threadId = await openThread(t, mod);
    before = await rowCounts(t);
  }, 180_000);
  checkInvariants(
    () => t,
    () => before,
  );

  const view = async (who = mod) =>
    expectOk(await t.gql(PERSON, { id: person.id }, who.token)).userModeration;
  const report = async (who: TestUser, argumentId: string) =>
    expectOk(await t.gql(REPORT, { input: { argumentId, reason: 'SPAM' } }, who.token));

  it('gathers a person’s record: arguments, reports both ways, sanctions, appeals, history', async () => {
    const kept = await post(t, person, { threadId, side: 'PRO' });
    const removed = await post(t, person, { threadId, side: 'CON' });
    await moderate(t, mod, { argumentId: removed, action: 'REMOVE', reason: 'Spam link' });
    expectOk(
      await t.gql(
        `mutation($input: AppealRemovalInput!) { appealRemoval(input: $input) { appeal { id } } }`,
        { input: { argumentId: removed, message: 'It was a real source' } },
        person.token,
      ),
    );
    // Someone reports the kept argument; the moderator disagrees.
    await report(established[0], kept);
    await moderate(t, mod, { argumentId: kept, action: 'APPROVE' });
    // The person reports twice: once upheld, once dismissed.
    const spam = await post(t, reader, { threadId, side: 'PRO' });
    const fine = await post(t, reader, { threadId, side: 'CON' });
    await report(person, spam);
    await report(person, fine);
    await moderate(t, mod, { argumentId: spam, action: 'REMOVE', reason: 'Spam' });
    await moderate(t, mod, { argumentId: fine, action: 'APPROVE' });
    // A warning and a suspension, lifted.
    const sanction = (mutation: string, input: Record<string, unknown>) =>
      t.gql(
        `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { user { id } } }`,
        { input: { userId: person.id, ...input } },
        mod.token,
      );
    expectOk(await sanction('warnUser', { reason: 'Mind the links' }));
    expectOk(await sanction('suspendUser', { reason: 'Cool off' }));
    expect((await view()).suspensionReason).toBe('Cool off');
    expectOk(await sanction('unsuspendUser', {}));

    const v = await view();
    expect(v.user).toMatchObject({ id: person.id, trustLevel: 'NEW' });
    expect(v).toMatchObject({ suspendedAt: null, suspendedUntil: null, suspensionReason: null });
    expect(v.arguments).toEqual([
      { status: 'PUBLISHED', count: 1 },
      { status: 'REMOVED', count: 1 },
    ]);
    // (1 + 1) / (1 + 1) = 1, halved for a NEW account.
    expect(v.reportsFiled).toEqual({
      filed: 2,
      open: 0,
      upheld: 1,
      dismissed: 1,
      ignored: 0,
      accuracy: 0.5,
      weight: 0.5,
    });
    expect(v.reportsReceived).toEqual({ total: 1, open: 0, upheld: 0, dismissed: 1, ignored: 0 });
    expect(v.warnings).toEqual([{ reason: 'Mind the links' }]);
    expect(v.appeals).toEqual([{ status: 'OPEN', message: 'It was a real source' }]);
    const actions = v.history.edges.map((e: any) => e.node.action);
    expect(actions).toEqual(
      expect.arrayContaining(['REMOVE', 'APPROVE', 'WARN_USER', 'SUSPEND_USER', 'UNSUSPEND_USER']),
    );
    // Nobody but moderators may look.
    for (const who of [person, reader]) {
      expect(errorOf(await t.gql(PERSON, { id: person.id }, who.token)).code).toBe('FORBIDDEN');
    }
    expect(errorOf(await t.gql(PERSON, { id: person.id })).code).toBe('UNAUTHENTICATED');
    const missing = await t.gql(PERSON, { id: '00000000-0000-4000-8000-000000000000' }, mod.token);
    expect(errorOf(missing).code).toBe('NOT_FOUND');
  });

  it('keeps private notes for moderators, logged outside the public log', async () => {
    const blank = await t.gql(NOTE, { input: { userId: person.id, body: '   ' } }, mod.token);
    expect(errorOf(blank)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const refused = await t.gql(NOTE, { input: { userId: person.id, body: 'Hi' } }, reader.token);
    expect(errorOf(refused).code).toBe('FORBIDDEN');
    expect((await view()).notes).toEqual([]);

    const note = expectOk(
      await t.gql(
        NOTE,
        { input: { userId: person.id, body: '  Same link in every thread  ' } },
        mod.token,
      ),
    ).addModeratorNote.note;
    expect(note).toMatchObject({ body: 'Same link in every thread', author: { id: mod.id } });
    const v = await view();
    expect(v.notes).toEqual([{ body: 'Same link in every thread', author: { id: mod.id } }]);
    expect(v.history.edges[0].node).toEqual({ action: 'NOTE_USER', reason: null });
    // The public log, and the person, never see notes (or warnings).
    for (const who of [undefined, person]) {
      const publicActions = expectOk(
        await t.gql(PUBLIC_LOG, { id: person.id }, who?.token),
      ).modLog.edges.map((e: any) => e.node.action);
      expect(publicActions).not.toContain('NOTE_USER');
      expect(publicActions).not.toContain('WARN_USER');
    }
    const forMods = expectOk(await t.gql(PUBLIC_LOG, { id: person.id }, mod.token));
    expect(forMods.modLog.edges.map((e: any) => e.node.action)).toContain('NOTE_USER');
  });

  it('finds people by the start of their name or address, for moderators only', async () => {
    const names = async (prefix: string) =>
      expectOk(await t.gql(SEARCH, { prefix }, mod.token)).searchUsers.map((u: any) => u.id);
    expect(await names(person.username.slice(0, 6).toLowerCase())).toEqual([person.id]);
    expect(await names(`${person.username.toUpperCase()}@EXAMPLE`)).toEqual([person.id]);
    // Wildcards are literal: '%' and '_' match only themselves.
    expect(await names('%')).toEqual([]);
    expect(await names('Z_d')).toEqual([]);
    expect(errorOf(await t.gql(SEARCH, { prefix: '  ' }, mod.token))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'prefix',
    });
    expect(errorOf(await t.gql(SEARCH, { prefix: 'Zed' }, reader.token)).code).toBe('FORBIDDEN');
  });

  it('shows each reporter’s record and resulting weight on reports in the queue', async () => {
    const target = await post(t, reader, { threadId, side: 'PRO' });
    await report(person, target);
    await report(established[1], target);
    const [item] = (await queueItems(t, mod, { filter: { threadId, kind: 'REPORTED' } })).filter(
      (i) => i.argument.id === target,
    );
    const records = expectOk(
      await t.gql(
        `query($filter: QueueFilter) { moderationQueue(filter: $filter) { edges { node { id
          reports { reporter { id } reporterAccuracy { filed upheld dismissed accuracy weight } }
        } } } }`,
        { filter: { threadId, kind: 'REPORTED' } },
        mod.token,
      ),
    )
      .moderationQueue.edges.map((e: any) => e.node)
      .find((n: any) => n.id === item.id).reports;
    const byReporter = Object.fromEntries(
      records.map((r: any) => [r.reporter.id, r.reporterAccuracy]),
    );
    expect(byReporter[person.id]).toEqual({
      filed: 3,
      upheld: 1,
      dismissed: 1,
      accuracy: 0.5,
      weight: 0.5,
    });
    // An established first-time reporter: no record yet, weight 1.
    expect(byReporter[established[1].id]).toEqual({
      filed: 1,
      upheld: 0,
      dismissed: 0,
      accuracy: null,
      weight: 1,
    });
    // The reporter learns nothing of records from their own report.
    const own = expectOk(
      await t.gql(
        `mutation($input: ReportInput!) { report(input: $input) { report { reporterAccuracy { weight } } } }`,
        { input: { argumentId: target, reason: 'HATE' } },
        established[2].token,
      ),
    ).report.report;
    expect(own.reporterAccuracy).toBeNull();
    await moderate(t, mod, { argumentId: target, action: 'IGNORE' });
  });
});
