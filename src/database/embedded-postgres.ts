import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { lockEmbeddedFolder } from './embedded-folder-lock';

/**
 * Embedded PostgreSQL (PGlite) behind the ordinary `pg` driver. PGlite is a single session,
 * so the pool holds exactly one client that is never closed while the app runs. A folder is
 * locked by the process that opens it until `unlock` (or the process's end).
 */
export function openEmbeddedPostgres(dataDir: string | undefined) {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const unlock = dataDir ? lockEmbeddedFolder(dataDir) : () => undefined;
  const pglite = new PGlite(dataDir);
  const pgConfig = createPgConfig(pglite);
  return {
    pglite,
    unlock,
    poolOptions: {
      ...pgConfig,
      connection: pgConfig.connection,
      max: 1,
      idleTimeoutMillis: 0,
    } as Record<string, unknown>,
  };
}
