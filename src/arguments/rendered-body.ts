import { MARKDOWN_RENDERER_VERSION, renderMarkdown } from '../common/markdown/render-markdown';
import { renderOnRead } from '../common/markdown/render-on-read';
import { ArgumentEntity } from './argument.entity';

/**
 * An argument's body is rendered to HTML once, when it is written, and stored with the
 * renderer's version. The stored HTML is of the body as written: CENSOR masking is applied to the
 * Markdown on read, as for `body`, so a change of the watched words never waits for a re-render.
 */
export const renderedBodyOf = (body: string) => ({
  renderedBody: renderMarkdown(body),
  renderedBodyVersion: MARKDOWN_RENDERER_VERSION,
});

/**
 * The HTML of `shown`, what this reader sees of the argument's text: the stored HTML when that
 * is the body itself (nothing masked, no placeholder) and rendered by this renderer; otherwise
 * rendered now (once per text: render-on-read.ts).
 */
export function htmlOf(arg: ArgumentEntity, shown: string): string {
  const stored =
    shown === arg.body &&
    arg.renderedBodyVersion === MARKDOWN_RENDERER_VERSION &&
    arg.renderedBody !== null;
  return stored ? (arg.renderedBody as string) : renderOnRead(shown);
}

/** The stored HTML in SQL, over an `arguments` row alias: null where htmlOf would render anew. */
export const storedHtmlSql = (alias: string): string =>
  `CASE WHEN ${alias}.rendered_body_version = ${MARKDOWN_RENDERER_VERSION} THEN ${alias}.rendered_body END`;
