import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '..');

/**
 * The dependency rules (dependency-rules.mjs, run by `npm run lint` and so by .ci/run) fail on a
 * violation: each fixture is linted as if it were a file at `path`.
 */
describe('dependency rules', () => {
  const eslint = new ESLint({ cwd: ROOT });

  async function problems(path: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
    return result.messages
      .filter((m) =>
        ['boundaries/dependencies', 'no-restricted-imports', 'no-restricted-syntax'].includes(
          m.ruleId ?? '',
        ),
      )
      .map((m) => `${m.ruleId}: ${m.message}`);
  }

  it('keeps common/ and audit/ free of features', async () => {
    expect(
      await problems('src/common/fixture.ts', `export { User } from '../users/user.entity';\n`),
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"common".*"users"/)]);
    expect(
      await problems(
        'src/audit/fixture.ts',
        `export { Thread } from '../threads/thread.entity';\n`,
      ),
    ).toEqual([expect.stringMatching(/^boundaries\/dependencies: .*"audit".*"threads"/)]);
  });

  it('refuses an import that would close a cycle between feature folders', async () => {
    // moderation imports threads, so threads may not import moderation.
    const code = `export { ReportStatus } from '../moderation/moderation-enums';\n`;
    expect(await problems('src/threads/fixture.ts', code)).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: .*"threads".*"moderation"/),
    ]);
    expect(await problems('src/moderation/fixture.ts', code.replace('../moderation', '.'))).toEqual(
      [],
    );
  });

  it('refuses an import that would close a cycle between subfolders of moderation/ and votes/', async () => {
    // appeals uses the queue and actions decides appeals: neither may import back.
    expect(
      await problems(
        'src/moderation/queue/fixture.ts',
        `export { Appeal } from '../appeals/appeal.entity';\n`,
      ),
    ).toEqual([
      expect.stringMatching(
        /^boundaries\/dependencies: .*"moderation\/queue".*"moderation\/appeals"/,
      ),
    ]);
    expect(
      await problems(
        'src/moderation/appeals/fixture.ts',
        `export { ModerationService } from '../actions/moderation.service';\n`,
      ),
    ).toEqual([
      expect.stringMatching(
        /^boundaries\/dependencies: .*"moderation\/appeals".*"moderation\/actions"/,
      ),
    ]);
    // stances schedule the bridging fit, so the fit may not import stances.
    expect(
      await problems(
        'src/votes/bridging/fixture.ts',
        `export { Stance } from '../stances/stance.enum';\n`,
      ),
    ).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: .*"votes\/bridging".*"votes\/stances"/),
    ]);
    // A subfolder reaches its folder's shared enums, never the module that composes it.
    expect(
      await problems(
        'src/moderation/queue/fixture.ts',
        `export { ModerationModule } from '../moderation.module';\n`,
      ),
    ).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: .*"moderation\/queue".*"moderation"/),
    ]);
    // The allowed directions stay open, inside the folder and from outside it.
    expect(
      await problems(
        'src/moderation/queue/fixture.ts',
        `export { QueueItemKind } from '../moderation-enums';\n`,
      ),
    ).toEqual([]);
    expect(
      await problems(
        'src/moderation/actions/fixture.ts',
        `export { Appeal } from '../appeals/appeal.entity';\n`,
      ),
    ).toEqual([]);
    expect(
      await problems(
        'src/votes/stances/fixture.ts',
        `export { stanceFactor } from '../bridging/stance-factor';\n`,
      ),
    ).toEqual([]);
    expect(
      await problems(
        'src/kialo/fixture.ts',
        `export { WatchedWordsService } from '../moderation/rules/watched-words.service';\n`,
      ),
    ).toEqual([]);
  });

  it('lets only the owner import its lifecycle and counter functions', async () => {
    const counters = `export { applyVisibilityDelta } from '../arguments/counters/argument-counters';\n`;
    const lifecycle = `export { revise } from '../arguments/lifecycle/revise';\n`;
    expect(await problems('src/votes/fixture.ts', counters)).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: .*"votes".*"arguments-counters"/),
    ]);
    expect(await problems('src/moderation/fixture.ts', lifecycle)).toEqual([
      expect.stringMatching(/^boundaries\/dependencies: .*"moderation".*"arguments-lifecycle"/),
    ]);
    expect(
      await problems('src/arguments/fixture.ts', counters.replace('../arguments', '.')),
    ).toEqual([]);
    expect(
      await problems(
        'src/moderation/fixture.ts',
        `export { ArgumentLifecycle } from '../arguments/argument-lifecycle.service';\n`,
      ),
    ).toEqual([]);
  });

  it('keeps "visible" to one rule', async () => {
    const sql = "export const q = `SELECT id FROM arguments WHERE status = 'PUBLISHED'`;\n";
    const test =
      "import { ArgumentStatus } from '../arguments/argument-enums';\n" +
      'export const seen = (s: ArgumentStatus) => s === ArgumentStatus.PUBLISHED;\n';
    expect(await problems('src/votes/fixture.ts', sql)).toEqual([
      expect.stringMatching(/^no-restricted-syntax: .*visibleSql/),
    ]);
    expect(await problems('src/votes/fixture.ts', test)).toEqual([
      expect.stringMatching(/^no-restricted-syntax: .*isVisible/),
    ]);
    const rule =
      "import { visibleSql } from '../arguments/argument-visibility';\n" +
      "export const q = `SELECT id FROM arguments a WHERE ${visibleSql('a')}`;\n";
    expect(await problems('src/votes/fixture.ts', rule)).toEqual([]);
  });

  it('keeps DataSource out of resolvers', async () => {
    const code = `import { DataSource } from 'typeorm';\nexport const source = DataSource;\n`;
    expect(await problems('src/threads/fixture.resolver.ts', code)).toEqual([
      expect.stringMatching(
        /^no-restricted-imports: 'DataSource' import from 'typeorm' is restricted/,
      ),
    ]);
    expect(await problems('src/threads/fixture.service.ts', code)).toEqual([]);
  });
});
