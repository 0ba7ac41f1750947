import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openDataSource } from '../src/database/open-data-source';
import { createTestDatabase, TestDatabase } from './helpers/test-database';

const ROOT = join(__dirname, '..');
// Each command is a fresh Node process compiling through swc: slow on a busy machine.
jest.setTimeout(180_000);

/** `npm run cli` runs the compiled src/cli.js; the test runs the source through swc. */
describe('npm run cli', () => {
  let db: TestDatabase;
  let pgliteDir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    pgliteDir = mkdtempSync(join(tmpdir(), 'rostra-cli-'));
  });
  afterAll(async () => {
    await db.drop();
    rmSync(pgliteDir, { recursive: true, force: true });
  });

  async function cli(...args: string[]): Promise<{ code: number; out: string }> {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PGLITE_DATA_DIR: pgliteDir,
      DATABASE_URL: db.url ?? '',
    };
    try {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        ['--no-warnings', '-r', './test/helpers/swc-register.js', 'src/cli.ts', ...args],
        { cwd: ROOT, env, timeout: 60_000 },
      );
      return { code: 0, out: stdout + stderr };
    } catch (e) {
      const err = e as { code?: number; stdout?: string; stderr?: string };
      return { code: err.code ?? 1, out: (err.stdout ?? '') + (err.stderr ?? '') };
    }
  }

  async function roleOf(username: string): Promise<string | undefined> {
    const open = await openDataSource({ url: db.url, poolSize: 1, pgliteDataDir: pgliteDir });
    try {
      const rows = await open.dataSource.query(`SELECT role FROM users WHERE username = $1`, [
        username,
      ]);
      return rows[0]?.role;
    } finally {
      await open.close();
    }
  }

  it('creates an admin, and changes a role (the only way to change an admin’s)', async () => {
    const created = await cli(
      'user:create',
      '--username',
      'chief',
      '--password',
      'a long enough password',
      '--role',
      'ADMIN',
    );
    expect(created).toMatchObject({ code: 0, out: expect.stringMatching(/^Created ADMIN chief/) });
    expect(await roleOf('chief')).toBe('ADMIN');

    const demoted = await cli('user:set-role', '--username', 'chief', '--role', 'MODERATOR');
    expect(demoted).toMatchObject({ code: 0, out: 'chief is now MODERATOR (was ADMIN)\n' });
    expect(await roleOf('chief')).toBe('MODERATOR');
  });

  it('logs a role change made from the terminal in the moderation log', async () => {
    const created = await cli(
      'user:create',
      '--username',
      'deputy',
      '--password',
      'long enough pw',
    );
    expect(created.code).toBe(0);
    expect(await cli('user:set-role', '--username', 'deputy', '--role', 'MODERATOR')).toEqual({
      code: 0,
      out: 'deputy is now MODERATOR (was USER)\n',
    });
    const open = await openDataSource({ url: db.url, poolSize: 1, pgliteDataDir: pgliteDir });
    try {
      const rows = await open.dataSource.query(
        `SELECT m.action, m.actor_id, m.details FROM mod_log m JOIN users u ON u.id = m.target_user_id
         WHERE u.username = 'deputy'`,
      );
      expect(rows).toEqual([
        { action: 'SET_ROLE', actor_id: null, details: 'USER → MODERATOR (from the terminal)' },
      ]);
    } finally {
      await open.close();
    }
  });

  it('says what is wrong in one line and exits 1', async () => {
    expect(await cli('user:set-role', '--username', 'nobody', '--role', 'USER')).toEqual({
      code: 1,
      out: 'No user named nobody\n',
    });
    expect(await cli('user:set-role', '--username', 'chief', '--role', 'KING')).toEqual({
      code: 1,
      out: '--role must be one of USER, MODERATOR, ADMIN\n',
    });
    const usage = await cli('user:delete', '--username', 'chief');
    expect(usage.code).toBe(1);
    expect(usage.out).toMatch(/^Usage: npm run cli -- user:create/);
  });

  it('holds a new account to sign-up’s rules: e-mail, password length, no control characters', async () => {
    const create = (...extra: string[]) =>
      cli('user:create', '--username', 'newcomer', '--password', 'long enough pw', ...extra);
    expect(await create('--email', 'not-an-email')).toEqual({
      code: 1,
      out: 'email must be a valid email address\n',
    });
    expect(await create('--email', 'news\u202Eroom@example.com')).toEqual({
      code: 1,
      out: 'email contains a bidirectional formatting character (U+202E); use the marks U+200E or U+200F\n',
    });
    expect(
      await cli('user:create', '--username', 'newcomer', '--password', 'x'.repeat(129)),
    ).toEqual({ code: 1, out: 'password must be 8–128 characters\n' });
    expect(
      await cli('user:create', '--username', 'newcomer', '--password', 'bell\u0007 ringing'),
    ).toEqual({ code: 1, out: 'password contains a control character (U+0007)\n' });
    expect(await roleOf('newcomer')).toBeUndefined();
    // Without --email the account gets the server's own placeholder address.
    expect((await create()).code).toBe(0);
    expect(await roleOf('newcomer')).toBe('USER');
  });
});
