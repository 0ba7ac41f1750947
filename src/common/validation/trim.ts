import { Transform } from 'class-transformer';

/**
 * Trims a string input before validation, so a length rule judges the text that will be kept:
 * a reason of three spaces is empty, not three characters long.
 */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
