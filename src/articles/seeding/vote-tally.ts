/** Number words a report may write a tally in ("by seven votes to three"). */
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

const COUNT = String.raw`(\d{1,3}|${NUMBER_WORDS.join('|')})`;
/** "voted 21 to 12", "by seven votes to three", "a vote of 9-4", "passed 5–2". */
const TALLY = new RegExp(
  String.raw`\b(?:voted|by|vote\s+of|passed|approved|adopted)\s+${COUNT}\s+(?:votes\s+)?(?:to|-|–)\s+${COUNT}\b`,
  'iu',
);

function value(count: string): number {
  const word = NUMBER_WORDS.indexOf(count.toLowerCase());
  return word >= 0 ? word : Number(count);
}

/**
 * The size of the losing side of the first tally the article reports ("voted 21 to 12" → 12),
 * as the words a report may call its members by ("12", "twelve"); empty when there is none.
 */
export function minorityOf(body: string): Set<string> {
  const tally = TALLY.exec(body);
  if (!tally) return new Set();
  const [a, b] = [value(tally[1]), value(tally[2])];
  const losing = Math.min(a, b);
  if (a === b || losing < 1) return new Set();
  const forms = new Set([String(losing)]);
  if (losing < NUMBER_WORDS.length) forms.add(NUMBER_WORDS[losing]);
  return forms;
}
