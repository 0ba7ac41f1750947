/**
 * True when an error means the database could not be reached or went away (as opposed to a
 * query that failed): the client may retry the same request later.
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown; driverError?: unknown } | null;
  if (!err || typeof err !== 'object') return false;
  if (err.driverError && err.driverError !== err && isDatabaseUnavailable(err.driverError)) return true;
  const code = String(err.code ?? '');
  // SQLSTATE class 08 (connection exception) and 57P01-57P03 (shutdown, cannot connect now).
  if (/^08...$/.test(code) || /^57P0[123]$/.test(code)) return true;
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'].includes(code))
    return true;
  const message = String(err.message ?? '');
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    message,
  );
}
