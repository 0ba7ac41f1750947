import { AppConfig, loadConfig } from '../config/app-config';
import { OpenDatabase, openDataSource } from './open-data-source';
import { withStartupLock } from './startup-lock';

/**
 * For terminal commands: the database the server would use (DATABASE_URL, else embedded PGlite
 * in PGLITE_DATA_DIR), one connection, migrated. The caller closes it.
 */
export async function openConfiguredDatabase(): Promise<{ config: AppConfig; db: OpenDatabase }> {
  const config = loadConfig(process.env);
  const db = await openDataSource({
    url: config.database.url,
    poolSize: 1,
    pgliteDataDir: config.database.pgliteDataDir,
  });
  try {
    await withStartupLock(config.database.url, () =>
      db.dataSource.runMigrations({ transaction: 'each' }),
    );
  } catch (e) {
    await db.close();
    throw e;
  }
  return { config, db };
}
