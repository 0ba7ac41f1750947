/**
 * "the bill does not go far enough", "nowhere near enough", "too little, too late", "should have
 * gone further": who calls the measure too weak wants more of it, and so stands with it against
 * those who want none, even when the article files them under "critics".
 */
const TOO_WEAK = new RegExp(
  [
    String.raw`(?:do|does|did|would|will|could)(?:\s*n['’]t|\s+not)\s+go\s+(?:nearly\s+)?(?:far|fast)\s+enough`,
    String.raw`not\s+(?:nearly\s+)?far\s+enough`,
    String.raw`nowhere\s+near\s+(?:far\s+)?enough`,
    String.raw`too\s+little\s*,?\s+too\s+late`,
    String.raw`should\s+have\s+gone\s+(?:much\s+)?further`,
  ]
    .map((p) => `\\b${p}\\b`)
    .join('|'),
  'iu',
);

/** The words that call the measure too weak, or null. */
export function callsTooWeak(text: string): string | null {
  return TOO_WEAK.exec(text)?.[0] ?? null;
}
