const RETRYABLE = new Set([
  '40P01', // deadlock_detected
  '40001', // serialization_failure
]);

export const isRetryableConflict = (e: unknown): boolean =>
  RETRYABLE.has(String((e as { code?: unknown })?.code ?? ''));

/**
 * Runs a whole transaction again when PostgreSQL aborted it for a deadlock or a serialization
 * failure, a bounded number of times with a short random pause; any other error, or the last
 * failure, is thrown. `fn` must start its own transaction so each attempt begins afresh.
 */
export async function retryOnConflict<T>(fn: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= attempts || !isRetryableConflict(e)) throw e;
      await new Promise((r) => setTimeout(r, 10 * attempt + Math.random() * 40));
    }
  }
}
