/**
 * Boxes a reader fills in: a newsletter sign-up, a poll, a search or a "get alerts" box placed
 * between an article's paragraphs. Their fields are never article text, and neither is the short
 * blurb around them ("Free daily newsletter. The top stories in your inbox every morning."), which
 * has no fixed wording for page-furniture.ts to know it by. So the smallest part of the page that
 * holds the field and at most MAX_WIDGET_WORDS words is taken out before the content is looked
 * for; the article around it, longer than that, stays.
 */

/** The few DOM members read here; linkedom provides them. */
interface PageElement {
  tagName: string;
  parentElement: PageElement | null;
  textContent: string | null;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
  remove(): void;
}

interface PageDocument {
  body: PageElement | null;
}

/** Fields a reader types into or picks from; a bare button (share, play, "show more") is not one. */
const FIELDS = 'form, input, select, textarea';
const MAX_WIDGET_WORDS = 40;
const KEPT = new Set(['BODY', 'MAIN', 'ARTICLE', 'HTML']);

const wordsOf = (element: PageElement) =>
  (element.textContent ?? '').split(/\s+/u).filter((w) => w !== '').length;

/** Removes every form widget from the page, in place; returns the page. */
export function removeFormWidgets<Page extends PageDocument>(document: Page): Page {
  for (const field of Array.from(document.body?.querySelectorAll(FIELDS) ?? [])) {
    let widget = field;
    for (
      let up = field.parentElement;
      up && !KEPT.has(up.tagName) && wordsOf(up) <= MAX_WIDGET_WORDS;
      up = up.parentElement
    ) {
      widget = up;
    }
    widget.remove();
  }
  return document;
}
