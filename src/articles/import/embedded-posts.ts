/**
 * A social-media post embedded in an article (Twitter's, Instagram's, Threads' or Bluesky's
 * blockquote) is what its account wrote, but the page gives the account only in a last line
 * ("— Lindholm Drivers' Club (@LindholmDrivers) March 3, 2026") that the import kept as a
 * paragraph of its own, after the post's text, with its links ("pic.twitter.com/…"). Each post
 * is rewritten in place as one paragraph that says who wrote it: "Lindholm Drivers' Club wrote
 * in a post: “…”".
 */

/** The few DOM members read and written here; linkedom provides them. */
interface PostElement {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selectors: string): ArrayLike<PostElement>;
  textContent: string | null;
  ownerDocument: { createElement(tag: string): PostElement };
  // never: the DOM's own signature takes its Node type, which these few members do not describe.
  replaceWith(...nodes: never[]): void;
}

interface PostDocument {
  body: PostElement | null;
}

/** The class an embed script looks for. */
const EMBED_CLASS =
  /^(?:twitter-tweet|twitter-video|instagram-media|text-post-media|bluesky-embed|mastodon-embed)$/iu;

/** "— Name (@handle) date" or "— Name (@handle)": the account line under the post. */
const ACCOUNT = /^[—–-]\s*(.+?)\s*\(@[\w.]+\)/u;
/** Links and media the post's text carries, which say nothing. */
const LINKS = /\s*(?:https?:\/\/\S+|pic\.twitter\.com\/\S+)/gu;

/** Rewrites every embedded post of the page, in place; returns the page. */
export function attributeEmbeddedPosts<Page extends PostDocument>(document: Page): Page {
  for (const element of Array.from(document.body?.querySelectorAll('blockquote') ?? [])) {
    const classes = (element.getAttribute('class') ?? '').split(/\s+/u);
    if (!classes.some((c) => EMBED_CLASS.test(c))) continue;
    const paragraphs = Array.from(element.querySelectorAll('p'));
    const words = paragraphs
      .map((p) => (p.textContent ?? '').replace(LINKS, '').trim())
      .filter((t) => t !== '')
      .join(' ');
    const whole = (element.textContent ?? '').trim();
    const said = paragraphs.map((p) => p.textContent ?? '').join('');
    const account = ACCOUNT.exec(whole.slice(whole.indexOf(said) + said.length).trim());
    if (!account || words === '') continue;
    const post = element.ownerDocument.createElement('p');
    post.textContent = `${account[1]} wrote in a post: “${words}”`;
    element.replaceWith(post as never);
  }
  return document;
}
