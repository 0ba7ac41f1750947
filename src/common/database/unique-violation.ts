import { QueryFailedError } from 'typeorm';

const UNIQUE_VIOLATION = '23505';

/**
 * The constraint a write broke when it failed on a unique index, else null. TypeORM wraps the
 * driver's error; both PostgreSQL (pg) and PGlite report SQLSTATE 23505 and the constraint name.
 */
export function uniqueViolation(e: unknown): { constraint: string } | null {
  const source = e instanceof QueryFailedError ? e.driverError : e;
  const err = source as { code?: string; constraint?: string } | null;
  if (err?.code !== UNIQUE_VIOLATION) return null;
  return { constraint: err.constraint ?? '' };
}
