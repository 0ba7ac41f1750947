/**
 * Words of time the seeding rules test tokens against, in one place: each rule composes the set it
 * needs from these (a day a thing was done, a phrase of time before a holder, a time after a verb).
 */

/** The days of the week, lower case. */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/** The months, as written in running text ("May", not the modal "may"). */
export const MONTH_NAMES = new Set([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

/** A month's name or its abbreviation in lower case, with or without a full stop ("sept."). */
export const MONTH_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/u;

/** A set of the weekdays and `more`, lower case. */
export function daysAnd(...more: string[]): ReadonlySet<string> {
  return new Set<string>([...WEEKDAYS, ...more]);
}

/** The weekdays and the days named from now: "on Monday", "today", "yesterday", "tonight". */
export const DAYS_NAMED = daysAnd('today', 'yesterday', 'tonight');
