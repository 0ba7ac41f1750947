import { Role } from '../src/common/auth/role.enum';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
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
});
