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
import { errorOf, expectOk, MODERATION_DEFAULTS, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';

/** Edits that need review are held aside: readers keep the published version meanwhile. */

const EDIT = `mutation($input: EditArgumentInput!) {
  editArgument(input: $input) {
    argument { id status body }
    heldEdit { id body side status heldReason sources { url title } }
  }
}`;
const READ = `query($id: ID!) {
  argument(id: $id) {
    status body sources { url }
    heldEdit { body status }
    revisions { edges { node { body } } }
  }
}`;
const THREAD = `query($id: ID!) {
  thread(id: $id) {
    argumentCount
    arguments(first: 100, sort: NEW) { edges { node { id status body } } }
  }
}`;
const ITEMS_WITH_EDITS = `query($filter: QueueFilter) {
  moderationQueue(filter: $filter, first: 100) {
    edges { node {
      id kind status argument { id body }
      heldEdit { previousBody previousSide parts { kind text } edit { body side status } }
    } }
  }
}`;
const NOTIFICATIONS = `{ notifications(first: 20) { edges { node { kind message argument { id } } } } }`;

describe('moderation: edits that need review', () => {
  let t: TestApp;
  let mod: TestUser;
  let admin: TestUser;
  /** The author of the latest approvedFirstPost. */
  let newcomer: TestUser;
  let member: TestUser;
  let reader: TestUser;
  let reporters: TestUser[];
  let threadId: string;
  let before: Record<string, number>;

  beforeAll(async () => {
    // The product's pre-moderation (2 first posts) and limits; age alone makes a MEMBER here.
    t = await startTestApp({
      ...MODERATION_DEFAULTS,
      REPORT_HIDE_THRESHOLD: '3',
      TRUST_MEMBER_POSTS: '0',
    });
    mod = await signUpUser(t, { role: Role.MODERATOR });
    admin = await signUpUser(t, { role: Role.ADMIN });
    member = await signUpUser(t);
    reader = await signUpUser(t);
    reporters = await createUsersFast(t, 6);
    await ageAccounts(t, [member, ...reporters]);
    threadId = await openThread(t, mod);
    before = await rowCounts(t);
  }, 180_000);
  checkInvariants(
    () => t,
    () => before,
  );

  const edit = (who: TestUser, argumentId: string, input: Record<string, unknown>) =>
    t.gql(EDIT, { input: { argumentId, ...input } }, who.token);
  const read = async (id: string, who?: TestUser) =>
    expectOk(await t.gql(READ, { id }, who?.token)).argument;
  const thread = async (who?: TestUser) =>
    expectOk(await t.gql(THREAD, { id: threadId }, who?.token)).thread;
  const nodeOf = async (id: string, who?: TestUser) =>
    (await thread(who)).arguments.edges.map((e: any) => e.node).find((n: any) => n.id === id);
  const editItems = async (argumentId: string, status = 'OPEN') =>
    expectOk(await t.gql(ITEMS_WITH_EDITS, { filter: { threadId, status } }, mod.token))
      .moderationQueue.edges.map((e: any) => e.node)
      .filter((i: any) => i.argument?.id === argumentId);
  const heldRows = (argumentId: string) =>
    t.dataSource.query(
      `SELECT status, body, decision_reason FROM argument_held_edits WHERE argument_id = $1
       ORDER BY created_at`,
      [argumentId],
    );
  const notificationsOf = async (who: TestUser, argumentId: string) =>
    expectOk(await t.gql(NOTIFICATIONS, {}, who.token))
      .notifications.edges.map((e: any) => e.node)
      .filter((n: any) => n.argument?.id === argumentId);
  /** A fresh account's first post, approved: published, its author still pre-moderated. */
  const approvedFirstPost = async (body: string) => {
    newcomer = await signUpUser(t);
    const id = await post(t, newcomer, { threadId, side: 'PRO', body });
    await moderate(t, mod, { argumentId: id, action: 'APPROVE' });
    return id;
  };

  it('an edit by a pre-moderated account is held; readers keep the published version', async () => {
    const id = await approvedFirstPost('Trams carry more people per lane than cars.');
    const count = (await thread()).argumentCount;

    const res = expectOk(
      await edit(newcomer, id, {
        body: 'Trams carry more people. Buy cheap pills at pills.example!',
        sources: [{ url: 'https://pills.example/', title: 'Cheap pills' }],
      }),
    ).editArgument;
    expect(res.argument).toMatchObject({
      status: 'PUBLISHED',
      body: 'Trams carry more people per lane than cars.',
    });
    expect(res.heldEdit).toMatchObject({
      body: 'Trams carry more people. Buy cheap pills at pills.example!',
      status: 'WAITING',
      sources: [{ url: 'https://pills.example/', title: 'Cheap pills' }],
    });
    expect(res.heldEdit.heldReason).toMatch(/first 2 posts and its edits/);

    // Readers, signed in or not, see the published text, its sources, no trace of the edit.
    for (const who of [undefined, reader]) {
      expect(await read(id, who)).toMatchObject({
        status: 'PUBLISHED',
        body: 'Trams carry more people per lane than cars.',
        sources: [],
        heldEdit: null,
        revisions: { edges: [] },
      });
      expect(await nodeOf(id, who)).toMatchObject({
        status: 'PUBLISHED',
        body: 'Trams carry more people per lane than cars.',
      });
    }
    expect((await thread()).argumentCount).toBe(count);
    // Its author and moderators see what waits.
    for (const who of [newcomer, mod]) {
      expect((await read(id, who)).heldEdit).toEqual({
        body: 'Trams carry more people. Buy cheap pills at pills.example!',
        status: 'WAITING',
      });
    }
    // One edit waits at a time: the moderator decides on the text they were shown.
    expect(errorOf(await edit(newcomer, id, { body: 'Something else entirely' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'argumentId',
    });
    expect(await notificationsOf(newcomer, id)).toContainEqual(
      expect.objectContaining({ kind: 'ARGUMENT_HELD' }),
    );
  });

  it('moderators see a held edit as a diff against the published version', async () => {
    const id = await approvedFirstPost('Buses are cheap to run.');
    expectOk(await edit(newcomer, id, { body: 'Buses are very cheap to run daily.' }));
    const [item] = await editItems(id);
    expect(item).toMatchObject({
      kind: 'PENDING_POST',
      argument: { id, body: 'Buses are cheap to run.' },
      heldEdit: {
        previousBody: 'Buses are cheap to run.',
        previousSide: 'PRO',
        edit: { body: 'Buses are very cheap to run daily.', side: 'PRO', status: 'WAITING' },
      },
    });
    const parts = item.heldEdit.parts;
    const texts = (kind: string) =>
      parts.filter((p: any) => p.kind === kind).map((p: any) => p.text.trim());
    expect(texts('ADDED')).toEqual(['very', 'daily']);
    expect(texts('REMOVED')).toEqual([]);
    // Put together, the parts give back both versions.
    const join = (skip: string) =>
      parts
        .filter((p: any) => p.kind !== skip)
        .map((p: any) => p.text)
        .join('');
    expect(join('ADDED')).toBe('Buses are cheap to run.');
    expect(join('REMOVED')).toBe('Buses are very cheap to run daily.');

    // APPROVE publishes it: the published version becomes a revision, written by the author.
    const approved = await moderate(t, mod, { itemId: item.id, action: 'APPROVE' });
    expect(approved.argument).toMatchObject({
      status: 'PUBLISHED',
      body: 'Buses are very cheap to run daily.',
    });
    expect(await read(id, reader)).toMatchObject({
      body: 'Buses are very cheap to run daily.',
      heldEdit: null,
      revisions: { edges: [{ node: { body: 'Buses are cheap to run.' } }] },
    });
    expect(await heldRows(id)).toEqual([
      { status: 'APPROVED', body: 'Buses are very cheap to run daily.', decision_reason: null },
    ]);
    expect(await notificationsOf(newcomer, id)).toContainEqual(
      expect.objectContaining({
        kind: 'ARGUMENT_APPROVED',
        message: expect.stringMatching(/edit/),
      }),
    );
  });

  it('REJECT of a held edit keeps the published version and tells the author why', async () => {
    const id = await approvedFirstPost('Parking fees fund the buses.');
    expectOk(await edit(newcomer, id, { body: 'Parking fees fund the buses. Visit spam.example' }));
    const [item] = await editItems(id);
    expect(
      errorOf(await t.gql(MODERATE, { input: { itemId: item.id, action: 'REJECT' } }, mod.token)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const rejected = await moderate(t, mod, {
      itemId: item.id,
      action: 'REJECT',
      reason: 'Advertising',
    });
    expect(rejected.item).toMatchObject({ status: 'RESOLVED', resolution: 'REJECT' });
    // Not "[awaiting moderation]", and not rejected as a whole: the published text stays.
    expect(rejected.argument).toMatchObject({
      status: 'PUBLISHED',
      body: 'Parking fees fund the buses.',
    });
    expect(await read(id, reader)).toMatchObject({
      status: 'PUBLISHED',
      body: 'Parking fees fund the buses.',
      heldEdit: null,
    });
    expect(await nodeOf(id)).toMatchObject({ body: 'Parking fees fund the buses.' });
    // The turned-down edit stays as history, with the reason; the author is told it.
    expect(await heldRows(id)).toEqual([
      {
        status: 'REJECTED',
        body: 'Parking fees fund the buses. Visit spam.example',
        decision_reason: 'Advertising',
      },
    ]);
    expect(await notificationsOf(newcomer, id)).toContainEqual(
      expect.objectContaining({
        kind: 'ARGUMENT_REJECTED',
        message: expect.stringMatching(/edit.*Advertising/),
      }),
    );
    const [logged] = await t.dataSource.query(
      `SELECT action, reason, before, after FROM mod_log WHERE target_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [id],
    );
    expect(logged).toEqual({
      action: 'REJECT',
      reason: 'Advertising',
      before: 'Parking fees fund the buses.',
      after: 'Parking fees fund the buses. Visit spam.example',
    });
    // The author may propose another edit afterwards.
    const again = expectOk(await edit(newcomer, id, { body: 'Parking fees fund the buses well.' }));
    expect(again.editArgument.heldEdit.status).toBe('WAITING');
    await moderate(t, mod, { argumentId: id, action: 'REJECT', reason: 'Not needed' });
  });

  it('text under review is frozen: an edit of a hidden or reported argument is held', async () => {
    const hidden = await post(t, member, { threadId, side: 'CON', body: 'Cars are a scam.' });
    for (const u of reporters.slice(0, 3)) {
      expectOk(await t.gql(REPORT, { input: { argumentId: hidden, reason: 'HATE' } }, u.token));
    }
    expect((await read(hidden, mod)).status).toBe('HIDDEN');
    // The author tries to swap the reported text for harmless words while it is reviewed.
    const swap = expectOk(
      await edit(member, hidden, { body: 'Cars have costs and benefits.' }),
    ).editArgument;
    expect(swap.argument).toMatchObject({ status: 'HIDDEN', body: 'Cars are a scam.' });
    expect(swap.heldEdit.heldReason).toMatch(/reports/);
    // The moderator reviews the reported text, with the proposed one beside it.
    const [reported] = (await editItems(hidden)).filter((i: any) => i.kind === 'REPORTED');
    expect(reported).toMatchObject({
      argument: { body: 'Cars are a scam.' },
      heldEdit: {
        previousBody: 'Cars are a scam.',
        edit: { body: 'Cars have costs and benefits.' },
      },
    });
    // REMOVE acts on the text that was reported; the edit is dropped with it.
    const removed = await moderate(t, mod, {
      itemId: reported.id,
      action: 'REMOVE',
      reason: 'Insulting',
    });
    expect(removed.argument).toMatchObject({ status: 'REMOVED', body: 'Cars are a scam.' });
    expect((await heldRows(hidden)).map((r: any) => r.status)).toEqual(['DROPPED']);
    expect(await editItems(hidden)).toEqual([]);

    // Reported but still shown: the edit waits too; IGNORE of the reports does not publish it.
    const reportedId = await post(t, member, { threadId, side: 'CON', body: 'Bikes are toys.' });
    expectOk(
      await t.gql(
        REPORT,
        { input: { argumentId: reportedId, reason: 'SPAM' } },
        reporters[3].token,
      ),
    );
    const held = expectOk(
      await edit(member, reportedId, { body: 'Bikes are for everyone.' }),
    ).editArgument;
    expect(held.argument).toMatchObject({ status: 'PUBLISHED', body: 'Bikes are toys.' });
    expect(held.heldEdit.status).toBe('WAITING');
    await moderate(t, mod, { argumentId: reportedId, action: 'IGNORE' });
    expect(await read(reportedId, reader)).toMatchObject({ body: 'Bikes are toys.' });
    const [waiting] = await editItems(reportedId);
    expect(waiting).toMatchObject({
      kind: 'PENDING_POST',
      heldEdit: { edit: { body: 'Bikes are for everyone.' } },
    });
    await moderate(t, mod, { itemId: waiting.id, action: 'APPROVE' });
    expect(await read(reportedId, reader)).toMatchObject({ body: 'Bikes are for everyone.' });

    // With no reports open, the member's edits go live at once.
    const live = expectOk(
      await edit(member, reportedId, { body: 'Bikes are for all ages.' }),
    ).editArgument;
    expect(live).toMatchObject({ argument: { body: 'Bikes are for all ages.' }, heldEdit: null });
  });

  it('withdrawing an argument drops its held edit and closes the queue item', async () => {
    const id = await approvedFirstPost('Cycle lanes save lives.');
    expectOk(await edit(newcomer, id, { body: 'Cycle lanes save many lives.' }));
    expectOk(
      await t.gql(
        `mutation($input: DeleteArgumentInput!) { deleteArgument(input: $input) { argument { status } } }`,
        { input: { argumentId: id } },
        newcomer.token,
      ),
    );
    expect((await heldRows(id)).map((r: any) => r.status)).toEqual(['DROPPED']);
    expect(await editItems(id)).toEqual([]);
  });

  it('a held edit does not push an established author back into pre-moderation', async () => {
    const author = await signUpUser(t);
    const first = await post(t, author, { threadId, side: 'PRO', body: 'First of mine.' });
    const second = await post(t, author, { threadId, side: 'PRO', body: 'Second of mine.' });
    for (const id of [first, second]) await moderate(t, mod, { argumentId: id, action: 'APPROVE' });
    // Past pre-moderation: edits and posts go live at once.
    expectOk(await edit(author, first, { body: 'First of mine, fixed.' }));
    expect((await read(first, reader)).body).toBe('First of mine, fixed.');

    const word = expectOk(
      await t.gql(
        `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { watchedWord { id } } }`,
        { input: { pattern: 'zorblax', action: 'REQUIRE_APPROVAL' } },
        admin.token,
      ),
    ).addWatchedWord.watchedWord;
    try {
      const held = expectOk(
        await edit(author, second, { body: 'Second of mine, zorblax.' }),
      ).editArgument;
      expect(held.heldEdit.heldReason).toMatch(/word a moderator checks/);
      expect(held.argument.status).toBe('PUBLISHED');
      // Both approved posts still count: the next post is published, not held.
      const third = expectOk(
        await t.gql(
          `mutation($input: CreateArgumentInput!) { createArgument(input: $input) { argument { status } } }`,
          { input: { threadId, side: 'CON', body: 'Third of mine.' } },
          author.token,
        ),
      ).createArgument.argument;
      expect(third.status).toBe('PUBLISHED');
      await moderate(t, mod, { argumentId: second, action: 'APPROVE' });
      expect((await read(second, reader)).body).toBe('Second of mine, zorblax.');
    } finally {
      expectOk(
        await t.gql(
          `mutation($input: RemoveWatchedWordInput!) { removeWatchedWord(input: $input) { watchedWord { id } } }`,
          { input: { id: word.id } },
          admin.token,
        ),
      );
    }
  });

  it('a pending post is frozen while it waits: its author cannot edit it, so APPROVE publishes what the moderator loaded', async () => {
    newcomer = await signUpUser(t);
    const id = await post(t, newcomer, { threadId, side: 'CON', body: 'A held first post.' });
    const [item] = await queueItems(t, mod, { filter: { threadId, kind: 'PENDING_POST' } }).then(
      (items) => items.filter((i) => i.argument.id === id),
    );
    expect(item.argument.body).toBe('A held first post.');
    const refused = errorOf(await edit(newcomer, id, { body: 'Spam swapped in after loading.' }));
    expect(refused).toMatchObject({ code: 'CONFLICT', field: 'argumentId' });
    expect(refused.message).toMatch(/waits for a moderator/);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM argument_revisions WHERE argument_id = $1`,
      [id],
    );
    expect(n).toBe(0);
    // Edited or not, a held post does not exist for readers.
    expect(errorOf(await t.gql(READ, { id }, reader.token)).code).toBe('NOT_FOUND');
    const approved = await moderate(t, mod, { itemId: item.id, action: 'APPROVE' });
    expect(approved.argument).toMatchObject({ status: 'PUBLISHED', body: 'A held first post.' });
  });
});
