import type { ParsedArticle } from '../import/parsed-article';
/** Most sentences a listed point has; a longer paragraph is the article going on. */
const POINT_SENTENCES = 2;
/** Fewer points than this after a colon is a quotation or an aside, not a list. */
const MIN_POINTS = 2;

/**
 * "Supporters … make these points:" / "Opponents argue that:" then a bulleted list: each point
 * is the introducer's argument. Maps each point's paragraph to the paragraph that introduces it:
 * a paragraph ending in a colon, followed in the same section by at least two short paragraphs
 * (a list's items become paragraphs on import), up to the next paragraph of more than two
 * sentences, a paragraph ending in a colon, or a quotation.
 */
export function listedPoints(article: ParsedArticle): Map<number, number> {
  const points = new Map<number, number>();
  const paragraphs = article.paragraphs;
  paragraphs.forEach((intro, i) => {
    if (!intro.text.trimEnd().endsWith(':')) return;
    const items: number[] = [];
    for (let j = i + 1; j < paragraphs.length; j++) {
      const p = paragraphs[j];
      const text = p.text.trim();
      if (p.sectionIndex !== intro.sectionIndex || p.sentences.length > POINT_SENTENCES) break;
      if (text.endsWith(':') || /^["“«„]/u.test(text)) break;
      items.push(j);
    }
    if (items.length >= MIN_POINTS) for (const j of items) points.set(j, i);
  });
  return points;
}

/** Most words of a line the layout left a paragraph but that stands as a heading. */
const HEADING_WORDS = 6;

/** A short line without a closing stop or quotation mark: plain text's heading ("The case for"). */
const standsAsHeading = (line: string): boolean =>
  line.split(/\s+/u).length <= HEADING_WORDS && !/[.!,;"”]$/u.test(line);

/**
 * The heading a list stands under: its section's, or a short line without a full stop right
 * before the introducer, which plain text leaves a paragraph ("The case for").
 */
export function listHeading(article: ParsedArticle, intro: number): string | undefined {
  const paragraph = article.paragraphs[intro];
  const section = article.sections[paragraph?.sectionIndex ?? -1];
  const before = article.paragraphs[intro - 1];
  const line = before?.text.trim() ?? '';
  const standsAlone =
    before !== undefined &&
    (section === undefined || before.start > section.start) &&
    standsAsHeading(line);
  return standsAlone ? line : section?.heading;
}

/** "The case against", "Arguments for", "Pros", "In favour": a heading that names the side. */
const AGAINST_HEADING =
  /\bagainst\b|^cons\b|\bcons$|\b(?:opponents|critics|objections|disadvantages|drawbacks)\b/iu;
const FOR_HEADING =
  /\b(?:case|arguments?|reasons?|points?)\s+for\b|^for\b|\bfor$|^pros\b|\bpros$|\bin favou?r\b|\b(?:supporters|advantages|benefits)\b/iu;

/** +1 under a heading for the measure, -1 under one against it, else 0. */
export function headingSide(heading: string | undefined): number {
  if (!heading) return 0;
  const text = heading.trim().replace(/[?:.!]+$/u, '');
  if (AGAINST_HEADING.test(text)) return -1;
  return FOR_HEADING.test(text) ? 1 : 0;
}

/**
 * A heading that is only a side's name: "For", "Against", "The case for", "Arguments against",
 * "In favour", "Pros", "What critics say"; not "For parents" or "Against the clock".
 */
const BARE_SIDE_HEADING =
  /^(?:(?:the\s+)?(?:case|arguments?|reasons?)\s+)?(?:for|against|in\s+favou?r|pros|cons)$|^(?:what\s+)?(?:the\s+)?(?:supporters|opponents|critics)(?:\s+say)?$/iu;

/**
 * "## For" then bullets, "## Against" then bullets: an explainer may put its points straight
 * under a heading that names a side, with no sentence to introduce them. A section so headed
 * whose paragraphs are all short points (at least two, each of one or two sentences, none ending
 * in a colon or opening with a quotation) is a list of that side's arguments. Maps each point's
 * paragraph to the side: +1 for the measure, -1 against it.
 */
export function headedPoints(article: ParsedArticle): Map<number, number> {
  const points = new Map<number, number>();
  article.sections.forEach((section, index) => {
    const side = headingSide(section.heading);
    if (side === 0 || !BARE_SIDE_HEADING.test(section.heading.trim().replace(/[?:.!]+$/u, ''))) {
      return;
    }
    const items = article.paragraphs
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.sectionIndex === index);
    const short = items.every(({ p }) => {
      const text = p.text.trim();
      return p.sentences.length <= POINT_SENTENCES && !text.endsWith(':') && !/^["“«„]/u.test(text);
    });
    if (short && items.length >= MIN_POINTS) for (const { i } of items) points.set(i, side);
  });
  return points;
}

/** "Who supports it?", "Who is against the plan?", "Who opposes it?": an explainer's side question. */
const WHO_SIDE =
  /^who\s+(?:(?:is|are)\s+(?:for|against|in\s+favou?r\s+of)|supports?|backs?|favou?rs?|opposes?|objects?\s+to|wants)\b/iu;
const WHO_AGAINST = /^who\s+(?:(?:is|are)\s+against|opposes?|objects?\s+to)\b/iu;

/** The side a heading names when it names nothing but a side (+1, -1), else 0. */
function sideOnlyHeading(heading: string | undefined): number {
  const text = (heading ?? '')
    .trim()
    .replace(/[*_]+/gu, '')
    .replace(/[?:.!]+$/u, '');
  if (WHO_SIDE.test(text)) return WHO_AGAINST.test(text) ? -1 : 1;
  return BARE_SIDE_HEADING.test(text) ? headingSide(text) : 0;
}

/**
 * "**Who supports it?**" / "The bill's sponsor, Lena Hartwig, says …" / "**Who is against it?**"
 * / "The Liberal Party's leader … says …": an explainer sorts its speakers under headings (or
 * short lines standing as headings) that name only a side. Maps each paragraph under such a
 * heading, up to the next heading or heading-like line, to the side: +1 for, -1 against.
 */
export function sideHeadedParagraphs(article: ParsedArticle): Map<number, number> {
  const sides = new Map<number, number>();
  let side = 0;
  let section: number | null = null;
  article.paragraphs.forEach((p, i) => {
    if (p.sectionIndex !== section) {
      section = p.sectionIndex;
      side = sideOnlyHeading(article.sections[section ?? -1]?.heading);
    }
    const line = p.text.trim();
    if (standsAsHeading(line)) {
      side = sideOnlyHeading(line);
      return;
    }
    if (side !== 0) sides.set(i, side);
  });
  return sides;
}

/**
 * "How the game reacted", "Reaction", "What they said", "What residents think": a heading that
 * announces reactions. What is said under it is said of the article's matter, though it names no
 * side.
 */
const REACTION_HEADING =
  /^(?:how\s+(?:\S+\s+){1,5}(?:reacted|responded)|(?:the\s+)?(?:reactions?|responses?)(?:\s+(?:from|to)\s+.+)?|what\s+(?:\S+\s+){1,4}(?:said|say|says|think|thinks))$/iu;

/** Maps each paragraph under a heading that announces reactions (`REACTION_HEADING`). */
export function reactionHeadedParagraphs(article: ParsedArticle): Set<number> {
  const out = new Set<number>();
  article.paragraphs.forEach((p, i) => {
    const heading = (article.sections[p.sectionIndex ?? -1]?.heading ?? '')
      .trim()
      .replace(/[*_]+/gu, '')
      .replace(/[?:.!]+$/u, '');
    if (REACTION_HEADING.test(heading)) out.add(i);
  });
  return out;
}
