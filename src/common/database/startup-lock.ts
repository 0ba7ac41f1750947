import { Client } from 'pg';

/** One key for every start-up step (migrations, the admin account, the sample thread). */
const STARTUP_LOCK_KEY = 727_274_613;

/**
 * Runs `fn` while holding a PostgreSQL session advisory lock, so instances starting together
 * migrate and bootstrap one after another: the second finds the work done. The lock lives on a
 * connection of its own (the pool may have a single one). The embedded database has no URL and
 * needs no lock: its folder lock already keeps other processes out.
 */
export async function withStartupLock<T>(
  url: string | undefined,
  fn: () => Promise<T>,
): Promise<T> {
  if (!url) return fn();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    return await fn();
  } finally {
    // Closing the session releases the lock even if the unlock fails.
    await client.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]).catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
