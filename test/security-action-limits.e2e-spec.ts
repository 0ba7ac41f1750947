import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';

const VOTE = `mutation($input: VoteInput!) { vote(input: $input) { myVote } }`;
const EDIT = `mutation($input: EditArgumentInput!) { editArgument(input: $input) { argument { id side } } }`;

describe('the action limits count what is done', () => {
  let t: TestApp;
  let author: TestUser;
  let voter: TestUser;
  let threadId: string;

  beforeAll(async () => {
    t = await startTestApp({ RATE_VOTES_PER_HOUR: '3,3,3,3', RATE_EDITS_PER_HOUR: '2,2,2,2' });
    const moderator = await signUpUser(t, { role: Role.MODERATOR });
    threadId = await openThread(t, moderator);
    [author, voter] = await Promise.all([signUpUser(t), signUpUser(t)]);
  });
  afterAll(() => t.close());

  it('does not count repeating the same vote', async () => {
    const argumentId = await post(t, author, { threadId, side: 'PRO' });
    const vote = (value: string) => t.gql(VOTE, { input: { argumentId, value } }, voter.token);
    for (let i = 0; i < 6; i++) expectOk(await vote('UP'));
    expectOk(await vote('DOWN'));
    expectOk(await vote('UP'));
    // UP, DOWN, UP used the three points; the repeats used none.
    expect(errorOf(await vote('DOWN')).code).toBe('RATE_LIMITED');
  });

  it('counts edits that change only the side or the sources, and not edits that change nothing', async () => {
    const argumentId = await post(t, author, { threadId, side: 'PRO', body: 'Streets are safer.' });
    const edit = (change: Record<string, unknown>) =>
      t.gql(EDIT, { input: { argumentId, ...change } }, author.token);
    expectOk(await edit({ body: 'Streets are safer.' }));
    expectOk(await edit({}));
    expectOk(await edit({ side: 'CON' }));
    expectOk(await edit({ sources: [{ title: 'Study', url: 'https://example.org/study' }] }));
    expect(errorOf(await edit({ side: 'PRO' })).code).toBe('RATE_LIMITED');
  });
});
