import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..');
const SWC = ['--no-warnings', '-r', './test/helpers/swc-register.js'];

/**
 * Two processes on one embedded database folder used to overwrite each other's writes (an
 * account made with `npm run cli` while the server ran was gone after a restart). The process
 * that opens the folder locks it; any other refuses in one line naming the holder.
 */
describe('the embedded database folder is held by one process', () => {
  let dir: string;
  const env = (): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    SEED_SAMPLE: 'false',
    PGLITE_DATA_DIR: dir,
    DATABASE_URL: '',
    HOST: '127.0.0.1',
    PORT: '0',
  });

  async function run(file: string, ...args: string[]): Promise<{ code: number; out: string }> {
    try {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        [...SWC, file, ...args],
        {
          cwd: ROOT,
          env: env(),
          timeout: 90_000,
        },
      );
      return { code: 0, out: stdout + stderr };
    } catch (e) {
      const err = e as { code?: number; stdout?: string; stderr?: string };
      return { code: err.code ?? 1, out: (err.stdout ?? '') + (err.stderr ?? '') };
    }
  }

  const createModerator = () =>
    run(
      'src/cli.ts',
      'user:create',
      '--username',
      'mod',
      '--password',
      'a long enough password',
      '--role',
      'MODERATOR',
    );

  function startServer(): Promise<ChildProcess> {
    const server = spawn(process.execPath, [...SWC, 'src/main.ts'], { cwd: ROOT, env: env() });
    return new Promise((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 90_000);
      server.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('Rostra is serving')) {
          clearTimeout(timer);
          resolve(server);
        }
      });
      server.stderr.on('data', (d: Buffer) => (out += d.toString()));
      server.once('exit', () => reject(new Error(`server exited: ${out}`)));
    });
  }

  const stop = (server: ChildProcess) =>
    new Promise<void>((resolve) => {
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
    });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rostra-lock-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses the CLI while the server runs, and works once it has stopped', async () => {
    const server = await startServer();
    try {
      const refused = await createModerator();
      expect(refused.code).toBe(1);
      expect(refused.out).toBe(
        `The embedded database in ${dir} is in use by process ${server.pid} (` +
          refused.out.slice(refused.out.indexOf('(') + 1),
      );
      expect(refused.out.trim().split('\n')).toHaveLength(1);
      expect(refused.out).toMatch(/src\/main\.ts, since .*\); stop it first/);

      const second = await run('src/main.ts');
      expect(second.code).toBe(1);
      expect(second.out).toMatch(
        new RegExp(`^The embedded database in .* is in use by process ${server.pid} .*\\n$`),
      );
    } finally {
      await stop(server);
    }

    const created = await createModerator();
    expect(created).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^Created MODERATOR mod/),
    });
    // The account is really there: the next command finds it.
    expect(await run('src/cli.ts', 'user:set-role', '--username', 'mod', '--role', 'USER')).toEqual(
      {
        code: 0,
        out: 'mod is now USER (was MODERATOR)\n',
      },
    );
  }, 300_000);
});
