import { Role } from '../src/common/auth/role.enum';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { post } from './helpers/debate';
import { signUpUser, TestUser } from './helpers/users';

const DISCUSSION = `Discussion Title: Car-free city centres

1. Cities should ban private cars from their centres.
1.1. Pro: Cleaner air saves lives.
1.1.1. Con: Electric cars already cut exhaust.
1.1.1.1. Pro: Tyres and brakes still pollute,
even electric ones.
1.2. Con: Deliveries and disabled people need access.
1.2.1. Pro: -> See 1.1.1.
1.2.2. Con: Exemptions can cover both.
1.3. Pro: Streets become public space again.
`;
const IMPORT = `mutation($input: ImportKialoInput!) { importKialo(input: $input) { thread { id motion argumentCount proCount conCount } } }`;
const EXPORT = `query($id: ID!) { exportThread(id: $id, format: KIALO) }`;

describe('Kialo interchange', () => {
  let t: TestApp;
  let moderator: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    moderator = await signUpUser(t, { role: Role.MODERATOR });
  });
  afterAll(() => t.close());

  it('imports a discussion into a thread; export, import, export gives the same text', async () => {
    const thread = expectOk(await t.gql(IMPORT, { input: { text: DISCUSSION } }, moderator.token))
      .importKialo.thread;
    expect(thread).toMatchObject({
      motion: 'Cities should ban private cars from their centres.',
      argumentCount: 7,
    });
    // Stances follow the chain of sides: 1.1 PRO; 1.1.1 CON; 1.1.1.1 (Pro of a CON) CON; 1.2 CON;
    // 1.2.1 (Pro of a CON) CON; 1.2.2 (Con of a CON) PRO; 1.3 PRO.
    expect(thread).toMatchObject({ proCount: 3, conCount: 4 });
    const exported = expectOk(await t.gql(EXPORT, { id: thread.id })).exportThread;
    expect(exported).toBe(DISCUSSION);
    const again = expectOk(await t.gql(IMPORT, { input: { text: exported } }, moderator.token))
      .importKialo.thread;
    expect(expectOk(await t.gql(EXPORT, { id: again.id })).exportThread).toBe(DISCUSSION);
  });

  it('names the line of an invalid claim and creates nothing', async () => {
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM threads`))[0].n;
    const broken = DISCUSSION.replace('1.2.2. Con:', '1.2.4. Con:');
    const err = errorOf(await t.gql(IMPORT, { input: { text: broken } }, moderator.token));
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(err.message).toMatch(/^Line 10: expected 1\.2\.2\. next/);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM threads`))[0].n).toBe(before);
  });

  it('lets only moderators import', async () => {
    const user = await signUpUser(t);
    expect(errorOf(await t.gql(IMPORT, { input: { text: DISCUSSION } }, user.token)).code).toBe(
      'FORBIDDEN',
    );
  });

  it('exports the tree readers see: a withdrawn claim stays as a placeholder over its replies', async () => {
    const author = await signUpUser(t);
    const replier = await signUpUser(t);
    const created = expectOk(
      await t.gql(
        `mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }`,
        {
          input: {
            motion: 'Should cities ban cars from their centres?',
            description: 'Background first.\nThen the details of the proposal.',
          },
        },
        moderator.token,
      ),
    ).createThread.thread.id;
    const top = await post(t, author, { threadId: created, side: 'PRO', body: 'Cleaner air.' });
    await post(t, replier, {
      threadId: created,
      parentId: top,
      side: 'CON',
      body: 'Exhaust is falling anyway.',
    });
    expectOk(
      await t.gql(
        `mutation($input: DeleteArgumentInput!) { deleteArgument(input: $input) { argument { status } } }`,
        { input: { argumentId: top } },
        author.token,
      ),
    );
    const count = expectOk(
      await t.gql(`query($id: ID!) { thread(id: $id) { argumentCount } }`, { id: created }),
    ).thread.argumentCount;
    expect(count).toBe(1);
    expect(expectOk(await t.gql(EXPORT, { id: created })).exportThread).toBe(
      [
        'Discussion Title: Should cities ban cars from their centres?',
        '',
        '1. Should cities ban cars from their centres?',
        '1.1. Pro: [deleted by its author]',
        '1.1.1. Con: Exhaust is falling anyway.',
        '',
      ].join('\n'),
    );
  });

  it('imports claims through the posting rules: a BLOCK word refuses, REQUIRE_APPROVAL holds', async () => {
    const admin = await signUpUser(t, { role: Role.ADMIN });
    const ADD = `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { watchedWord { id } } }`;
    const REMOVE = `mutation($input: RemoveWatchedWordInput!) { removeWatchedWord(input: $input) { watchedWord { id } } }`;
    const threads = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM threads`))[0].n;

    const block = expectOk(
      await t.gql(ADD, { input: { pattern: 'exhaust', action: 'BLOCK' } }, admin.token),
    ).addWatchedWord.watchedWord.id;
    const before = await threads();
    const err = errorOf(await t.gql(IMPORT, { input: { text: DISCUSSION } }, moderator.token));
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(err.message).toMatch(/^Claim 1\.1\.1\.: The text contains "exhaust"/);
    expect(await threads()).toBe(before);
    expectOk(await t.gql(REMOVE, { input: { id: block } }, admin.token));

    const hold = expectOk(
      await t.gql(
        ADD,
        { input: { pattern: 'public space', action: 'REQUIRE_APPROVAL' } },
        admin.token,
      ),
    ).addWatchedWord.watchedWord.id;
    const thread = expectOk(await t.gql(IMPORT, { input: { text: DISCUSSION } }, moderator.token))
      .importKialo.thread;
    // 1.3 waits for a moderator: six claims are visible, and the queue holds the seventh.
    expect(thread).toMatchObject({ argumentCount: 6, proCount: 2, conCount: 4 });
    const queued = await t.dataSource.query(
      `SELECT a.body FROM moderation_queue_items q JOIN arguments a ON a.id = q.argument_id
       WHERE q.thread_id = $1 AND q.kind = 'PENDING_POST' AND q.status = 'OPEN'`,
      [thread.id],
    );
    expect(queued).toEqual([{ body: 'Streets become public space again.' }]);
    expectOk(await t.gql(REMOVE, { input: { id: hold } }, admin.token));
  });
});
