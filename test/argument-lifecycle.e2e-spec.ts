import { findBalanceMismatches, findCounterMismatches } from '../src/arguments/counter-invariants';
import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import { MODERATE, moderate } from './helpers/moderation';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';

const EDIT = `mutation($input: EditArgumentInput!) {
  editArgument(input: $input) { argument { id status body side } }
}`;
const DELETE = `mutation($input: DeleteArgumentInput!) { deleteArgument(input: $input) { argument { status } } }`;
const ADD_WORD = `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { watchedWord { id } } }`;
const STANCES = `query($id: ID!) {
  thread(id: $id) { proCount conCount
    arguments(first: 10) { edges { node { id side stanceOnMotion status
      children(first: 10) { edges { node { id side stanceOnMotion
        children(first: 10) { edges { node { id side stanceOnMotion } } } } } } } } } }
}`;
const REVISIONS = `query($id: ID!) { argument(id: $id) { status body revisions { edges { node { body } } } } }`;

/** The argument lifecycle: one revise for authors and moderators, one transition table. */
describe('argument lifecycle', () => {
  let t: TestApp;
  let admin: TestUser;
  let mod: TestUser;
  let author: TestUser;
  let replier: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUpUser(t, { role: Role.ADMIN });
    mod = await signUpUser(t, { role: Role.MODERATOR });
    author = await signUpUser(t);
    replier = await signUpUser(t);
  });
  afterEach(async () => {
    expect(await findCounterMismatches(t.dataSource.manager)).toEqual([]);
    // Nothing here votes, so every stored balance is exact after each change to the tree.
    expect(await findBalanceMismatches(t.dataSource.manager)).toEqual([]);
  });
  afterAll(() => t.close());

  it('APPROVE publishes a held edit as proposed; replies and stances stay in place', async () => {
    const threadId = await openThread(t, mod);
    const top = await post(t, author, { threadId, side: 'PRO', body: 'Cleaner air saves lives.' });
    const reply = await post(t, replier, {
      threadId,
      parentId: top,
      side: 'CON',
      body: 'EVs cut exhaust.',
    });
    // The author's edit trips a REQUIRE_APPROVAL word: it waits beside the published version.
    const word = expectOk(
      await t.gql(
        ADD_WORD,
        { input: { pattern: 'quuxword', action: 'REQUIRE_APPROVAL' } },
        admin.token,
      ),
    ).addWatchedWord.watchedWord;
    // Others replied: the side cannot change, held or not.
    expect(
      errorOf(await t.gql(EDIT, { input: { argumentId: top, side: 'CON' } }, author.token)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'side' });
    const held = expectOk(
      await t.gql(
        EDIT,
        { input: { argumentId: top, body: 'Cleaner air saves lives, quuxword.' } },
        author.token,
      ),
    ).editArgument.argument;
    expect(held).toMatchObject({ status: 'PUBLISHED', body: 'Cleaner air saves lives.' });

    // A moderator approves the edit as proposed, or rejects it: no rewriting it on the way.
    const rewrite = await t.gql(
      MODERATE,
      { input: { argumentId: top, action: 'APPROVE', body: 'Something else.' } },
      mod.token,
    );
    expect(errorOf(rewrite)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    await moderate(t, mod, { argumentId: top, action: 'APPROVE' });

    const thread = expectOk(await t.gql(STANCES, { id: threadId }, mod.token)).thread;
    const topNode = thread.arguments.edges[0].node;
    expect(topNode).toMatchObject({
      id: top,
      side: 'PRO',
      stanceOnMotion: 'PRO',
      status: 'PUBLISHED',
    });
    expect(topNode.children.edges[0].node).toMatchObject({ id: reply, stanceOnMotion: 'CON' });
    expect(thread).toMatchObject({ proCount: 1, conCount: 1 });
    const { body } = expectOk(await t.gql(REVISIONS, { id: top })).argument;
    expect(body).toBe('Cleaner air saves lives, quuxword.');
    expectOk(
      await t.gql(
        `mutation($input: RemoveWatchedWordInput!) { removeWatchedWord(input: $input) { watchedWord { id } } }`,
        { input: { id: word.id } },
        admin.token,
      ),
    );
  });

  it('MOVE under an argument of the other side carries its replies’ stances along', async () => {
    const threadId = await openThread(t, mod);
    const pro = await post(t, author, { threadId, side: 'PRO', body: 'Cleaner air saves lives.' });
    const con = await post(t, replier, { threadId, side: 'CON', body: 'Access matters more.' });
    const reply = await post(t, replier, {
      threadId,
      parentId: pro,
      side: 'CON',
      body: 'EVs cut exhaust anyway.',
    });
    const deeper = await post(t, author, {
      threadId,
      parentId: reply,
      side: 'CON',
      body: 'Tyres still pollute.',
    });
    await moderate(t, mod, {
      argumentId: reply,
      action: 'MOVE',
      newParentId: con,
      reason: 'Answers the access argument',
    });

    const thread = expectOk(await t.gql(STANCES, { id: threadId }, mod.token)).thread;
    const conNode = thread.arguments.edges.find(
      (e: { node: { id: string } }) => e.node.id === con,
    ).node;
    const replyNode = conNode.children.edges[0].node;
    // CON of the CON argument is PRO on the motion; CON of that PRO is CON.
    expect(replyNode).toMatchObject({ id: reply, side: 'CON', stanceOnMotion: 'PRO' });
    expect(replyNode.children.edges[0].node).toMatchObject({
      id: deeper,
      side: 'CON',
      stanceOnMotion: 'CON',
    });
    // afterEach checks the stance chain, the counters and the stored balance.
  });

  it('refuses the author’s edit of a withdrawn argument and changes nothing', async () => {
    const threadId = await openThread(t, mod);
    const argumentId = await post(t, author, { threadId, side: 'PRO', body: 'Withdrawn words.' });
    expectOk(await t.gql(DELETE, { input: { argumentId } }, author.token));
    const err = errorOf(
      await t.gql(EDIT, { input: { argumentId, body: 'New words.' } }, author.token),
    );
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'argumentId' });
    const after = expectOk(await t.gql(REVISIONS, { id: argumentId }, author.token)).argument;
    expect(after).toEqual({
      status: 'DELETED',
      body: 'Withdrawn words.',
      revisions: { edges: [] },
    });
  });

  it('refuses the author’s edit of a rejected or removed argument', async () => {
    const threadId = await openThread(t, mod);
    expectOk(
      await t.gql(
        ADD_WORD,
        { input: { pattern: 'blorpword', action: 'REQUIRE_APPROVAL' } },
        admin.token,
      ),
    );
    const rejected = await post(t, author, { threadId, side: 'PRO', body: 'Held for blorpword.' });
    await moderate(t, mod, { argumentId: rejected, action: 'REJECT', reason: 'Off topic' });
    const err = errorOf(
      await t.gql(EDIT, { input: { argumentId: rejected, body: 'Sneaky.' } }, author.token),
    );
    expect(err).toMatchObject({ code: 'BAD_USER_INPUT', field: 'argumentId' });
    expect(expectOk(await t.gql(REVISIONS, { id: rejected }, author.token)).argument).toEqual({
      status: 'REJECTED',
      body: 'Held for blorpword.',
      revisions: { edges: [] },
    });

    const removed = await post(t, author, { threadId, side: 'CON', body: 'Rude words.' });
    await moderate(t, mod, { argumentId: removed, action: 'REMOVE', reason: 'Abusive' });
    expect(
      errorOf(await t.gql(EDIT, { input: { argumentId: removed, body: 'Nice.' } }, author.token))
        .code,
    ).toBe('FORBIDDEN');
  });
});
