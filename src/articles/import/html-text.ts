import { parseHTML } from './linkedom';

/** The visible text of an HTML fragment (tags dropped, entities decoded), scripts and styles excluded. */
export function htmlFragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const hidden of document.querySelectorAll('script, style, template, noscript'))
    hidden.remove();
  return document.body.textContent ?? '';
}
