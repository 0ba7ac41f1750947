import type { ParsedArticle } from '../import/parsed-article';

/**
 * A credit in brackets, a name and where it works: "(Rich Pedroncelli / AP)", "(KEVIN CHANG, HB
 * Independent)"; at the end of a caption ("… displayed in a 2013 file photo. (Rich Pedroncelli /
 * AP)") or on a line of its own.
 */
const BRACKETED_CREDIT =
  /\(\s*(?:(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}[\p{Lu}][\p{L}.'’-]*\s*\/|[\p{Lu}][\p{Lu}.'’ -]{2,40},)\s*[\p{Lu}][^()/]{1,60}\)$/u;

/**
 * A picture's credit on a line of its own: "(Nelvin C. Cepeda/The San Diego Union-Tribune)",
 * "(AP Photo/Jae C. Hong)", "Photo by Jane Doe", "John Smith/Getty Images".
 */
const PHOTO_CREDIT: readonly RegExp[] = [
  new RegExp(`^${BRACKETED_CREDIT.source}`, 'u'),
  /^\(?(?:photo|photograph|image|picture|video)s?\s*(?:by|courtesy of|credit\s*:?|:)\s*\p{Lu}[^()]{1,80}\)?$/iu,
  /^(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}[\p{Lu}][\p{L}.'’-]*\s*\/\s*(?:Getty Images|AFP|Reuters|AP|PA|EPA|Shutterstock|Alamy|Bloomberg)\b[^.!?]{0,40}$/u,
];

/** "… near One Police Plaza on July 30 | AP Photo": a credit after a bar ends a caption. */
const CREDIT_AFTER_BAR =
  /\s[|•]\s*[^|•]{0,40}\b(?:photos?|photograph|images?|pictures?|AP|AFP|Reuters|Getty|EPA|PA|Shutterstock|Alamy|Bloomberg)\b[^|•]{0,40}$/iu;

/**
 * "person holding phone with TikTok open on screen": a picture's description (its alt text)
 * under the headline opens in lower case and ends without a stop, as no line of the story does.
 */
const ALT_TEXT = /^\p{Ll}[^.!?:;"“”]*$/u;
const ALT_TEXT_WORDS = 25;

/** "… is displayed in a 2013 file photo.", "… in this photo": a sentence about its picture. */
const ABOUT_A_PICTURE = /\b(?:file photo|in this (?:photo|picture|image)|(?:is|are) pictured)\b/iu;
const CAPTION_WORDS = 45;

/** "Top: A standing-room-only crowd …", "Left: Slots opponent …": where a picture sits. */
const PLACED_CAPTION =
  /^(?:top|bottom|left|right|above|below|inset|pictured|main picture|from left|clockwise from (?:top )?left)\s*:\s+\S/iu;

/**
 * "Katie Rydlizky, left, Amanda Marse, middle, listen as …", "Mayor Jo Park, center, cuts …": a
 * caption places the people in its picture. Such a caption may run on with a few sentences of
 * background, all of it under the picture.
 */
const PLACED_PEOPLE =
  /^(?:[\p{Lu}][\p{L}.'’-]*\s+){1,4}[\p{Lu}][\p{L}.'’-]*,\s+(?:(?:second |third |far )?(?:from )?(?:left|right)|center|centre|middle|front|rear|back|top|bottom|foreground|background),\s/u;
const PLACED_CAPTION_WORDS = 120;

/**
 * A credit this near the start takes every paragraph above it as its caption (a page's lead
 * picture, often captioned twice); further down, only the paragraph right above it.
 */
const OPENING_CREDIT_AT = 2;

const cache = new WeakMap<ParsedArticle, Set<number>>();

/**
 * The paragraphs that caption a picture, not the story: a credit line and the caption above it
 * (both above it when it is the article's second or third paragraph, where a page's lead picture
 * sits before the story), a short paragraph that ends with its credit or speaks of its picture
 * ("… in a 2013 file photo"), a caption that opens with where its picture is ("Left: …") or
 * with where its people stand in it ("Jo Park, left, …"), and a picture's description in lower
 * case near the top. A caption's words are not the lede and hold no position ("'I'm new to
 * this,' she said" under a picture of a woman who is not in the story).
 */
export function photoCaptions(article: ParsedArticle): Set<number> {
  const known = cache.get(article);
  if (known) return known;
  const captions = new Set<number>();
  article.paragraphs.forEach((p, i) => {
    const text = p.text.trim();
    const words = text.split(/\s+/u).length;
    if (PLACED_CAPTION.test(text)) captions.add(i);
    if (PLACED_PEOPLE.test(text) && words <= PLACED_CAPTION_WORDS) captions.add(i);
    if (i <= OPENING_CREDIT_AT && ALT_TEXT.test(text) && words <= ALT_TEXT_WORDS) captions.add(i);
    const short = words <= CAPTION_WORDS;
    const credited = BRACKETED_CREDIT.test(text) || CREDIT_AFTER_BAR.test(text);
    if (short && (credited || ABOUT_A_PICTURE.test(text))) {
      captions.add(i);
      // The same caption written once more above it, without the credit.
      const before = article.paragraphs[i - 1]?.text.trim();
      if (before && text.startsWith(before)) captions.add(i - 1);
    }
    if (!PHOTO_CREDIT.some((credit) => credit.test(text))) return;
    captions.add(i);
    const from = i <= OPENING_CREDIT_AT ? 0 : i - 1;
    for (let k = from; k < i; k++) captions.add(k);
  });
  cache.set(article, captions);
  return captions;
}
