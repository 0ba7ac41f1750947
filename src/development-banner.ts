import { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config';
import { SAMPLE_MOTION } from './seed/sample-seeder';

/** A few plain lines for a developer who just ran `npm start`: where to go and how to begin. */
export async function developmentBanner(
  url: string,
  config: AppConfig,
  dataSource: DataSource,
): Promise<string> {
  const sample: { id: string }[] = await dataSource
    .query(`SELECT id FROM threads WHERE motion = $1 ORDER BY created_at LIMIT 1`, [SAMPLE_MOTION])
    .catch(() => []);
  const lines = [
    '',
    `  Rostra is running: ${url}/graphql${config.graphql.ide ? ' (open it in a browser for GraphiQL)' : ''}`,
    `  Database: ${config.database.url ? 'PostgreSQL (DATABASE_URL)' : `embedded, in ${config.database.pgliteDataDir}`}`,
  ];
  if (sample[0]) lines.push(`  Sample thread: ${sample[0].id}`);
  lines.push(
    config.admin
      ? `  Admin account: ${config.admin.username} (from ADMIN_USERNAME)`
      : '  No admin yet: set ADMIN_USERNAME and ADMIN_PASSWORD in .env and restart, or stop the server and run npm run cli -- user:create --username NAME --password PASSWORD --role ADMIN',
    '',
  );
  return lines.join('\n') + '\n';
}
