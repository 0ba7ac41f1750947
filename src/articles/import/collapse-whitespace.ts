/** Collapses every run of whitespace (including line breaks and no-break spaces) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
