import type { GraphQLError } from 'graphql';
import { isEmail } from 'class-validator';
import { ConfigError } from '../config/app-config';
import { badInput } from '../common/errors/app-errors';
import { personTextProblem } from '../common/text/person-text';

/** 3–32 letters, digits, _ and -, starting with a letter or digit. */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/;
export const USERNAME_RULE =
  'username must be 3–32 characters of letters, digits, _ or -, starting with a letter or digit';
export const EMAIL_MAX_LENGTH = 254;
export const EMAIL_RULE = 'email must be a valid email address';
export const PASSWORD_LENGTH = { min: 8, max: 128 } as const;
export const PASSWORD_RULE = `password must be ${PASSWORD_LENGTH.min}–${PASSWORD_LENGTH.max} characters`;

/**
 * What a new account's own words must be, whichever door they come through: sign-up (whose
 * input decorators state the same rules, so the API names each field at once), the terminal's
 * `user:create` and the configured first admin. An absent e-mail is the server's own default.
 */
export function checkNewAccount(input: { username: string; email?: string; password: string }) {
  for (const [field, text] of Object.entries(input)) {
    const problem = typeof text === 'string' ? personTextProblem(text) : null;
    if (problem) throw badInput(field, `${field} ${problem}`);
  }
  if (!USERNAME_PATTERN.test(input.username)) throw badInput('username', USERNAME_RULE);
  if (
    input.email !== undefined &&
    (input.email.length > EMAIL_MAX_LENGTH || !isEmail(input.email))
  ) {
    throw badInput('email', EMAIL_RULE);
  }
  const { length } = input.password;
  if (length < PASSWORD_LENGTH.min || length > PASSWORD_LENGTH.max) {
    throw badInput('password', PASSWORD_RULE);
  }
}

/**
 * The configured first admin (ADMIN_*), checked before the application starts anything (a start
 * that failed half-way would leave its job queue running): told as a setting to fix.
 */
export function checkConfiguredAdmin(admin: {
  username: string;
  email?: string;
  password: string;
}) {
  try {
    checkNewAccount(admin);
  } catch (e) {
    const field = String((e as GraphQLError).extensions.field);
    throw new ConfigError(
      `Invalid configuration: ADMIN_${field.toUpperCase()}: ${(e as Error).message}`,
    );
  }
}
