const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// "Thursday, August 29, 2019", "August 29, 2019", "29 August 2019", "2019-08-29".
const MONTH_DAY_YEAR =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?([a-z]+)\s+(\d{1,2}),?\s+(\d{4})$/i;
const DAY_MONTH_YEAR =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(\d{1,2})\s+([a-z]+),?\s+(\d{4})$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date of a line that is nothing but a news dateline, at midnight UTC; otherwise null. */
export function parseDateline(line: string): Date | null {
  const text = line.trim();
  let match = MONTH_DAY_YEAR.exec(text);
  if (match) return utcDate(Number(match[3]), monthIndex(match[1]), Number(match[2]));
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return utcDate(Number(match[3]), monthIndex(match[2]), Number(match[1]));
  match = ISO_DATE.exec(text);
  if (match) return utcDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return null;
}

export function isDateline(line: string): boolean {
  return parseDateline(line) !== null;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.toLowerCase());
}

function utcDate(year: number, month: number, day: number): Date | null {
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCDate() === day ? date : null;
}
