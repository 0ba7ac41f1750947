import { Role } from '../src/common/auth/role.enum';
import { moderate, queueItems } from './helpers/moderation';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';

const PASSWORD = 'correct horse battery';
const SUSPEND = `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { user { id } } }`;
const UNSUSPEND = `mutation($input: UnsuspendUserInput!) { unsuspendUser(input: $input) { user { id } } }`;
const APPEAL = `mutation($input: AppealSuspensionInput!) {
  appealSuspension(input: $input) { appeal { id status } }
}`;
const MY_SUSPENSION = `query($input: SuspensionCredentialsInput!) {
  mySuspension(input: $input) {
    suspendedAt until reason
    appeal { id status message decisionReason decidedAt argument { id } }
  }
}`;

describe('a suspended person reads their suspension and their appeal of it', () => {
  let t: TestApp;
  let mod: TestUser;
  let otherMod: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    mod = await signUpUser(t, { role: Role.MODERATOR });
    otherMod = await signUpUser(t, { role: Role.MODERATOR });
  }, 180_000);
  afterAll(() => t.close());

  const mySuspension = (user: TestUser, password = PASSWORD) =>
    t.gql(MY_SUSPENSION, { input: { login: user.username, password } });
  const suspend = async (user: TestUser, reason: string, until?: Date) =>
    expectOk(
      await t.gql(
        SUSPEND,
        { input: { userId: user.id, reason, until: until?.toISOString() } },
        mod.token,
      ),
    );
  const appeal = async (user: TestUser, message: string) =>
    expectOk(await t.gql(APPEAL, { input: { login: user.username, password: PASSWORD, message } }))
      .appealSuspension.appeal;

  it('shows the reason and expiry, then the appeal as it is filed and decided', async () => {
    const user = await signUpUser(t);
    const until = new Date(Date.now() + 3 * 24 * 3600_000);
    await suspend(user, 'Spam links', until);

    const first = expectOk(await mySuspension(user)).mySuspension;
    expect(first).toMatchObject({ until: until.toISOString(), reason: 'Spam links', appeal: null });
    expect(Date.parse(first.suspendedAt)).toBeLessThanOrEqual(Date.now());

    const filed = await appeal(user, 'Those were my own articles');
    expect(expectOk(await mySuspension(user)).mySuspension.appeal).toMatchObject({
      id: filed.id,
      status: 'OPEN',
      message: 'Those were my own articles',
      decisionReason: null,
      argument: null,
    });

    const item = (await queueItems(t, otherMod, { filter: { kind: 'APPEAL' } })).find(
      (i) => i.appeal?.id === filed.id,
    );
    await moderate(t, otherMod, { itemId: item.id, action: 'REJECT', reason: 'Forty links a day' });
    expect(expectOk(await mySuspension(user)).mySuspension.appeal).toMatchObject({
      status: 'DENIED',
      decisionReason: 'Forty links a day',
    });
  });

  it('a permanent suspension has no expiry; a new suspension starts without an appeal', async () => {
    const user = await signUpUser(t);
    await suspend(user, 'Threats');
    await appeal(user, 'I apologise');
    expect(
      expectOk(
        await t.gql(
          UNSUSPEND,
          { input: { userId: user.id, reason: 'Apology accepted' } },
          mod.token,
        ),
      ),
    ).toBeTruthy();
    // Lifted: nothing to read, and the field says why.
    expect(errorOf(await mySuspension(user))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'login',
    });

    await suspend(user, 'Threats again');
    expect(expectOk(await mySuspension(user)).mySuspension).toMatchObject({
      until: null,
      reason: 'Threats again',
      appeal: null,
    });
  });

  it('tells nothing without the right password, and nothing about accounts in good standing', async () => {
    const user = await signUpUser(t);
    await suspend(user, 'Spam');
    const wrong = await mySuspension(user, 'not my password');
    expect(errorOf(wrong).code).toBe('UNAUTHENTICATED');
    expect(wrong.data?.mySuspension ?? null).toBeNull();
    expect(errorOf(await mySuspension(otherMod))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'login',
    });
  });
});
