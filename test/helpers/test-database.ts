import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  /** PostgreSQL URL of a fresh database, or undefined for a fresh in-memory PGlite. */
  url?: string;
  drop(): Promise<void>;
}

/**
 * Each suite gets a clean database: with DATABASE_URL set, a new database on that server
 * (dropped afterwards); otherwise an in-memory PGlite that disappears with the app.
 */
export async function createTestDatabase(
  serverUrl = process.env.DATABASE_URL,
): Promise<TestDatabase> {
  if (!serverUrl) return { url: undefined, drop: async () => undefined };
  const name = `rostra_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
