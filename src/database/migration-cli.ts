import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectFile } from '../config/project-file';
import { config as loadDotenv } from 'dotenv';
import { loadConfig } from '../config/app-config';
import { openDataSource } from './open-data-source';
import { pendingSchemaChanges } from './schema-diff';
import { withStartupLock } from '../common/database/startup-lock';

const MIGRATIONS_DIR = projectFile('migrations');

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines(down.reverse())}
  }
}
`;
}

/** Adds the new migration class to migrations/index.ts, which lists them in order. */
function registerMigration(fileBase: string, className: string): void {
  const indexPath = join(MIGRATIONS_DIR, 'index.ts');
  const index = readFileSync(indexPath, 'utf8');
  const withImport = `import { ${className} } from './${fileBase}';\n${index}`;
  writeFileSync(
    indexPath,
    withImport.replace(/(MIGRATIONS:.*?\[\] = \[)([^\]]*)\]/s, (_m, head: string, body: string) => {
      const items = body
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .concat(className);
      return `${head}\n  ${items.join(',\n  ')},\n]`;
    }),
  );
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const [command, name] = process.argv.slice(2);
  const config = loadConfig(process.env);
  // Generation diffs the entities against a freshly migrated database; in embedded mode an
  // in-memory one, so the developer's data folder plays no part.
  const db = await openDataSource({
    url: config.database.url,
    poolSize: 1,
    pgliteDataDir: command === 'generate' ? undefined : config.database.pgliteDataDir,
  });
  const ds = db.dataSource;
  try {
    switch (command) {
      case 'run': {
        const applied = await withStartupLock(config.database.url, () =>
          ds.runMigrations({ transaction: 'each' }),
        );
        console.log(
          applied.length
            ? applied.map((m) => `applied ${m.name}`).join('\n')
            : 'No pending migrations',
        );
        break;
      }
      case 'revert':
        await ds.undoLastMigration({ transaction: 'each' });
        console.log('Reverted the last migration');
        break;
      case 'show': {
        const executed = new Set(
          (await ds.query(`SELECT name FROM migrations`).catch(() => [])).map(
            (r: { name: string }) => r.name,
          ),
        );
        for (const m of ds.migrations)
          console.log(`${executed.has(m.name!) ? '[X]' : '[ ]'} ${m.name}`);
        break;
      }
      case 'generate': {
        if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name))
          throw new Error('Usage: npm run migration:generate -- <PascalCaseName>');
        await ds.runMigrations({ transaction: 'each' });
        const { up, down } = await pendingSchemaChanges(ds);
        if (up.length === 0) {
          console.log('The entities and the migrations agree: nothing to generate');
          break;
        }
        const timestamp = Date.now();
        const className = `${name}${timestamp}`;
        const fileBase = `${timestamp}-${name}`;
        writeFileSync(join(MIGRATIONS_DIR, `${fileBase}.ts`), migrationSource(className, up, down));
        registerMigration(fileBase, className);
        console.log(`Wrote migrations/${fileBase}.ts; review it before committing`);
        break;
      }
      default:
        throw new Error('Usage: migration-cli <generate Name | run | revert | show>');
    }
  } finally {
    await db.close();
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
