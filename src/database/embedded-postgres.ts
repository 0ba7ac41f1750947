import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';

/**
 * Embedded PostgreSQL (PGlite) behind the ordinary `pg` driver. PGlite is a single session,
 * so the pool holds exactly one client that is never closed while the app runs.
 */
export function openEmbeddedPostgres(dataDir: string | undefined) {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite(dataDir);
  const pgConfig = createPgConfig(pglite);
  return {
    pglite,
    poolOptions: {
      ...pgConfig,
      connection: pgConfig.connection,
      max: 1,
      idleTimeoutMillis: 0,
    } as Record<string, unknown>,
  };
}
