import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './instances/instance';

const ROOT = join(__dirname, '..');

/**
 * The files shipped with the code (the side model, the sample article) used to be read from the
 * working directory: a server started from any other folder failed its first start (the sample
 * article was not found) and every import that seeded claims answered INTERNAL_SERVER_ERROR.
 */
describe('the server started from another working directory', () => {
  let cwd: string;
  let server: ChildProcess;
  let port: number;
  let out = '';

  beforeAll(async () => {
    cwd = mkdtempSync(join(tmpdir(), 'rostra-cwd-'));
    port = await freePort();
    server = spawn(
      process.execPath,
      [
        '--no-warnings',
        '-r',
        join(ROOT, 'test/helpers/swc-register.js'),
        join(ROOT, 'src/main.ts'),
      ],
      {
        cwd,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'test',
          LOG_LEVEL: 'info',
          PGLITE_DATA_DIR: join(cwd, 'data'),
          DATABASE_URL: '',
          HOST: '127.0.0.1',
          PORT: String(port),
        },
      },
    );
    server.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    server.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 120_000);
      const poll = setInterval(() => {
        if (!out.includes('Rostra is serving')) return;
        clearInterval(poll);
        clearTimeout(timer);
        resolve();
      }, 100);
      server.once('exit', () => {
        clearInterval(poll);
        clearTimeout(timer);
        reject(new Error(`server exited: ${out}`));
      });
    });
  }, 150_000);

  afterAll(async () => {
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(cwd, { recursive: true, force: true });
  });

  it('opens the sample debate with its seeded claims on the first start', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ threads(first: 5) { edges { node { motion argumentCount } } } }',
      }),
    });
    const body = (await res.json()) as {
      data?: { threads: { edges: { node: { motion: string; argumentCount: number } }[] } };
      errors?: unknown[];
    };
    expect(body.errors).toBeUndefined();
    const threads = body.data!.threads.edges.map((e) => e.node);
    expect(threads).toHaveLength(1);
    expect(threads[0].motion).toMatch(/^Should .+\?$/);
    // Seeded from the article's reported positions, sided by the shipped model.
    expect(threads[0].argumentCount).toBeGreaterThan(1);
    expect(out).not.toMatch(/ENOENT/);
  });
});
