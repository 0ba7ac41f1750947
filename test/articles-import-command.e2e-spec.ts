import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Article } from '../src/articles/article.entity';
import { openDataSource } from '../src/database/open-data-source';
import { dataFile } from './helpers/debate';
import { createTestDatabase, TestDatabase } from './helpers/test-database';

const ROOT = join(__dirname, '..');
const GOLD: { motion: string; pro: { quote: string }[]; con: { quote: string }[] } = JSON.parse(
  dataFile('seed-article.gold.json'),
);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `npm run import` runs the compiled scripts/import-article.js; the test runs the same source
 * through swc on the fly, against a throwaway database (PostgreSQL when DATABASE_URL is set,
 * else a PGlite folder of its own).
 */
describe('npm run import', () => {
  let db: TestDatabase;
  let pgliteDir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    pgliteDir = mkdtempSync(join(tmpdir(), 'rostra-import-'));
  });
  afterAll(async () => {
    await db.drop();
    rmSync(pgliteDir, { recursive: true, force: true });
  });

  async function runImport(...args: string[]): Promise<Run> {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PGLITE_DATA_DIR: pgliteDir,
      // Set even when empty, so a developer's .env cannot point the command elsewhere.
      DATABASE_URL: db.url ?? '',
      SEEDING_LLM_URL: '',
    };
    try {
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        [
          '--no-warnings',
          '-r',
          './test/helpers/swc-register.js',
          'scripts/import-article.ts',
          ...args,
        ],
        { cwd: ROOT, env, timeout: 60_000 },
      );
      return { code: 0, stdout, stderr };
    } catch (e) {
      const failed = e as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  /** The side printed above a quote: the last PRO or CON before it, wrapping undone. */
  function sideOf(output: string, quote: string): string | undefined {
    const flat = output.replace(/\s+/gu, ' ');
    const at = flat.indexOf(quote);
    if (at < 0) return undefined;
    return [...flat.slice(0, at).matchAll(/\b(PRO|CON)\b/gu)].pop()?.[1];
  }

  async function storedArticles(): Promise<Article[]> {
    const open = await openDataSource({ url: db.url, poolSize: 1, pgliteDataDir: pgliteDir });
    try {
      return await open.dataSource.getRepository(Article).find();
    } finally {
      await open.close();
    }
  }

  it('imports the seed article and prints the ranked motion candidates and the four claims with side, confidence and holder', async () => {
    const run = await runImport('data/seed-article.txt', '--motion', GOLD.motion);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const out = run.stdout;
    const flat = out.replace(/\s+/gu, ' ');

    const [stored] = await storedArticles();
    expect(stored.format).toBe('TEXT');
    expect(flat).toContain(`Imported "${stored.title}" as article ${stored.id}`);

    // Candidates, best first, each with its source sentence and offsets.
    const first = flat.indexOf(
      '1. Should state and municipal officials who resist federal immigration enforcement face prosecution?',
    );
    const second = flat.indexOf(
      '2. Will local officials back down in the face of possible prosecution?',
    );
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(flat).toContain('from [0, 232): The Trump administration is taking a bold step');

    expect(flat).toContain(`Claims, with sides relative to: ${GOLD.motion}`);
    for (const { quote } of GOLD.pro) expect(sideOf(out, quote)).toBe('PRO');
    for (const { quote } of GOLD.con) expect(sideOf(out, quote)).toBe('CON');
    expect(flat).toMatch(/CON confidence 0\.\d\d held by proponents \[1582, 1710\)/u);
    expect(flat).toMatch(/PRO confidence 0\.\d\d held by critics \[1712, 1838\)/u);
    expect(flat).toMatch(/PRO confidence 0\.\d\d held by the document/u);
    expect(flat).toMatch(/CON confidence 0\.\d\d held by Courts/u);
  });

  it('imports once: run again, it says so and stores nothing', async () => {
    const [before] = await storedArticles();
    const run = await runImport('data/seed-article.txt');
    expect(run.code).toBe(0);
    expect(run.stdout.replace(/\s+/gu, ' ')).toContain(`Already imported as article ${before.id}`);
    // Without --motion, sides are relative to the top candidate.
    expect(run.stdout.replace(/\s+/gu, ' ')).toContain(
      'Claims, with sides relative to: Should state and municipal officials who resist federal immigration enforcement face prosecution?',
    );
    expect(await storedArticles()).toHaveLength(1);
  });

  it.each([
    [
      [],
      /^Usage: npm run import -- <file> \[--format text\|markdown\|html\] \[--motion "\.\.\."\]$/u,
    ],
    [
      ['data/seed-article.txt', '--format', 'pdf'],
      /^--format must be text, markdown or html, not "pdf"$/u,
    ],
    [['data/no-such-article.txt'], /^Cannot read data\/no-such-article\.txt: no such file$/u],
    [
      ['data/seed-article.gold.json'],
      /^Cannot tell the format of .* add --format text\|markdown\|html$/u,
    ],
  ])('refuses %j with one clear line and exit code 1', async (args, message) => {
    const run = await runImport(...args);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
  });

  it('prints an article’s control characters and direction overrides as visible escapes, never raw to the terminal', async () => {
    const file = join(pgliteDir, 'hostile.txt');
    writeFileSync(
      file,
      'Officials \u001b[31mRED\u001b[0m say the city must act now on sanctuary rules. ' +
        '\u001b]0;owned\u0007 The mayor \u202eargued\u202c that sanctuary rules build trust with residents.\n\n' +
        'Critics say federal law forbids obstruction\u009b and must be enforced in every city.\n',
    );
    const run = await runImport(file);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).not.toMatch(/(?![\t\n])[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
    expect(run.stdout).toContain('Officials \\u{1b}[31mRED\\u{1b}[0m say');
    expect(run.stdout).toContain('\\u{1b}]0;owned\\u{7} The mayor \\u{202e}argued\\u{202c}');
  });
});
