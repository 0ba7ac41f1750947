/**
 * Paragraphs a news page puts between an article's paragraphs that are not the article: ad
 * slots, "continue reading" breaks, links to other stories, calls to subscribe, share or follow,
 * a wire story's credits.
 * Read only from HTML pages, where such page chrome comes with the content; a TEXT or MARKDOWN
 * article is kept as written. Each pattern matches a whole short paragraph, never a sentence that
 * merely starts the same way ("Residents can sign up for …" is kept).
 */
const FURNITURE: readonly RegExp[] = [
  // Ad slots and reading breaks.
  /^(advertisement|advertisment|advert|ad|sponsored( content)?|paid content|promoted)$/i,
  /^(skip|close) (this )?advert(isement)?$/i,
  /^(story|article|text) continues( below)?( (this|the|an)? ?(advertisement|advert|ad))?$/i,
  /^(continue|keep) reading( (below|the (main )?story|the article))?$/i,
  /^scroll (down )?to continue( reading)?$/i,
  /^listen to (this|the) (article|story)( \(?\d+ min(ute)?s?\)?)?$/i,
  // Links to other stories.
  /^(read|see|watch|listen to) (more|also|next)( on this( story)?)?(\s*[:»›|>–-].{0,160})?$/i,
  /^(related( (articles|stories|content|coverage|reading|links))?|more on this( story)?|most (read|popular|viewed)|recommended( for you| reading)?|trending( now)?|you (may|might) also like|top stories)(\s*[:»›|>–-].{0,160})?$/i,
  // Calls to subscribe, share, follow or download.
  /^(sign up|subscribe|register)\b.{0,160}\b(newsletter|inbox|email|e-mail|updates|alerts|briefing|digest)\b.{0,40}$/i,
  /^(subscribe|sign up) (now|today|here)\b.{0,120}$/i,
  /^(get|receive) (the|our) (latest|best|top)\b.{0,120}\b(delivered|inbox|newsletter|email|e-mail)\b.{0,40}$/i,
  /^(follow|like) us on\b.{0,120}$/i,
  /^(share|share this( article| story)?|copy link|link copied|print|email|e-mail)( on [a-z]+)?$/i,
  /^click here\b.{0,160}$/i,
  /^download (our|the) app\b.{0,120}$/i,
  /^support (our|independent|quality) journalism\b.{0,160}$/i,
  /^(this|the) (content|video|embed|media) (is not|isn't|cannot be) (available|displayed|shown)\b.{0,120}$/i,
  /^(please )?enable javascript\b.{0,120}$/i,
  // A picture's or video's caption and credit, where the page marks them in words instead of a
  // <figure> ("Image source, PA Media", "Image caption, Pupils at …", "Photograph: Tom Briggs").
  /^(image|media|video|photo|picture|graphic) (source|caption|credit)s?\s*[,:].{0,240}$/i,
  /^(photograph|photo|picture|image|illustration|credit)s?\s*:\s*\S.{0,80}$/i,
  // An editor's note on the page's own changes: "This post has been corrected, as noted below."
  /^(<\/?[a-z]+>\s*)*(this|the) (post|article|story|report|page) (has been|was) (corrected|updated|amended|changed)\b.{0,120}$/i,
  // When the page was changed: "Page last updated at 09:59 GMT, Monday, 8 December 2008".
  /^(page )?last (updated|modified)( at| on)?\b.{0,80}$/i,
  /^(updated|published|posted)( at| on)?\s*:?\s*\d.{0,80}$/i,
  // Where a syndicated piece ran first: "This editorial first appeared in the Albuquerque
  // Journal.", "A version of this story was originally published by …".
  /^(a version of )?this (editorial|article|story|column|op-ed|opinion piece|piece|letter|report) (first|originally) (appeared|ran|was (published|printed))\b.{0,160}$/i,
  /^(originally|first) (published|appeared|posted)( (in|on|by|at))?\b.{0,160}$/i,
  // A wire story's credits: who reported, wrote and edited it.
  /^\(?((additional )?reporting|writing|editing|compiled|graphics) by\b.{0,200}$/i,
  /^.{0,120}\bcontributed (reporting|to this (report|story|article))\)?$/i,
];

const MAX_WORDS = 30;

/**
 * A link to a site's or a topic's other stories: "More on KentOnline", "More from the BBC". The
 * name is capitalised, so "More from the council" is a sentence's start, not a link.
 */
const MORE_FROM_NAME =
  /^More (?:on|from) (?:the )?\p{Lu}[\p{L}\d.'’&-]*(?: \p{Lu}[\p{L}\d.'’&-]*){0,3}$/u;

/** Whether a paragraph of an HTML page is page furniture rather than article text. */
export function isPageFurniture(paragraph: string): boolean {
  const text = paragraph.trim().replace(/[\s:.!>»›→-]+$/u, '');
  if (text === '' || text.split(/\s+/).length > MAX_WORDS) return false;
  return MORE_FROM_NAME.test(text) || FURNITURE.some((pattern) => pattern.test(text));
}
