import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';

/**
 * linkedom is loaded on first use, so TEXT and Markdown imports never pay for it. Its CommonJS
 * build requires ESM-only packages (css-select and its dependencies): Node 20.19+ loads them
 * natively, but under Jest they must be in the transform list of jest.config.js.
 */
const load = createRequire(__filename);
let linkedom: typeof Linkedom | undefined;

export function parseHTML(html: string): ReturnType<typeof Linkedom.parseHTML> {
  linkedom ??= load('linkedom') as typeof Linkedom;
  return linkedom.parseHTML(html);
}
