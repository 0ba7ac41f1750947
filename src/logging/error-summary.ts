import { stdSerializers } from 'pino';

/** What a parameter was, without what it said: `string(5123)`, `number`, `null`. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string') return `string(${value.length})`;
  if (Buffer.isBuffer(value)) return `bytes(${value.length})`;
  if (Array.isArray(value)) return `array(${value.length})`;
  return typeof value;
}

/**
 * The `err` serializer for every log line: a failed statement is logged with its SQL and a
 * summary of its parameters, never their values (an article's whole text, someone's e-mail),
 * and without the driver's `detail`, which quotes the offending row.
 */
export function serializeError(err: unknown): unknown {
  const out = stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  if (!out || typeof out !== 'object') return out;
  if (Array.isArray(out.parameters)) out.parameters = out.parameters.map(describe);
  delete out.detail;
  delete out.where;
  const driver = out.driverError as Record<string, unknown> | undefined;
  if (driver && typeof driver === 'object') {
    out.driverError = { code: driver.code, message: driver.message, severity: driver.severity };
  }
  return out;
}
