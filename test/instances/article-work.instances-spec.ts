import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '../helpers/test-database';
import { GqlResult, Instance } from './instance';

/**
 * Reading an article runs in a worker thread of the built server, within a deadline: an article
 * crafted to make the Markdown parser work for minutes (unmatched emphasis markers are quadratic
 * in it) neither stalls the server's other requests nor keeps the worker busy past the deadline.
 * From TypeScript sources (npm test) the work runs in-process, so this needs the build.
 * Run with `npm run test:instances` (it builds first).
 */
const SERVER = process.env.INSTANCES_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'a long enough password';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const IMPORT = `mutation($input: ImportArticleInput!) {
  importArticle(input: $input) { created article { id title } } }`;

describe('Reading articles off the event loop', () => {
  let db: TestDatabase;
  let server: Instance;
  let admin: string;

  beforeAll(async () => {
    if (!existsSync(join(__dirname, '..', '..', 'dist', 'src', 'main.js')))
      throw new Error('Build first: npm run build (npm run test:instances does)');
    db = await createTestDatabase(SERVER);
    server = new Instance('A', {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: db.url!,
      TOKEN_SECRET: randomBytes(24).toString('hex'),
      SEED_SAMPLE: 'false',
      ADMIN_USERNAME: 'chief',
      ADMIN_PASSWORD: PASSWORD,
      RATE_LIMIT_REQUESTS_PER_MINUTE: '1000000',
    });
    await server.start();
    await server.ready();
    const signedIn: GqlResult = await server.gql(SIGN_IN, {
      input: { login: 'chief', password: PASSWORD },
    });
    admin = signedIn.data.signIn.accessToken;
  }, 180_000);

  afterAll(async () => {
    if (server?.alive) await server.kill('SIGKILL');
    await db?.drop();
  }, 60_000);

  it('refuses an article it cannot read by the deadline, answering other requests meanwhile', async () => {
    const finished: string[] = [];
    const hostile = server
      .gql(
        IMPORT,
        {
          input: {
            format: 'MARKDOWN',
            text: `A headline about the tram plan\n\n${'1.*'.repeat(60_000)}`,
          },
        },
        admin,
      )
      .then((r) => {
        finished.push('import');
        return r;
      });
    await new Promise((r) => setTimeout(r, 300));
    const other = await server.gql('{ __typename }');
    finished.push('other');
    expect(other.data).toEqual({ __typename: 'Query' });

    const refused = await hostile;
    expect(finished).toEqual(['other', 'import']);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining('could not be read within 10 s'),
      extensions: { code: 'BAD_USER_INPUT', field: 'text' },
    });

    // Nothing was stored, and the next article is read by a fresh worker.
    const imported = await server.gql(
      IMPORT,
      {
        input: {
          format: 'MARKDOWN',
          text: 'Trams return to Harbourton\n\nThe council said on Monday that trams would run again from May, and critics said the cost was too high.',
        },
      },
      admin,
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data.importArticle.article.title).toBe('Trams return to Harbourton');
    const client = new Client({ connectionString: db.url! });
    await client.connect();
    const { rows } = await client.query('SELECT title FROM articles');
    await client.end();
    expect(rows).toEqual([{ title: 'Trams return to Harbourton' }]);
  }, 60_000);

  it('answers an import under way when told to stop, then exits', async () => {
    // Slow to read (about a second here), though well within the deadline.
    const text = `The market stays\n\nThe council said the market would stay open.\n\n${'1.*'.repeat(3000)}`;
    const importing = server.gql(IMPORT, { input: { format: 'MARKDOWN', text } }, admin);
    await new Promise((r) => setTimeout(r, 300));
    server.process!.kill('SIGTERM');
    const answer = await importing;
    expect(answer.errors).toBeUndefined();
    expect(answer.data.importArticle).toMatchObject({
      created: true,
      article: { title: 'The market stays' },
    });
    await server.exited;
    expect(server.alive).toBe(false);
  }, 60_000);
});
