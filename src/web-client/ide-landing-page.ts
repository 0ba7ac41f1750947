import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rostra GraphQL IDE</title></head>
<body><p>The GraphQL IDE is part of the web client: run <code>npm run build</code> to build it.</p></body></html>`;

/**
 * An Apollo plugin that answers a browser's GET /graphql with the IDE page built into the web
 * client (web/ide.html: GraphiQL bundled from the project's own dependencies, no CDN), opening
 * with Rostra's tabs.
 */
export function ideLandingPage(webClientDir: string) {
  return {
    async serverWillStart() {
      const file = resolve(webClientDir, 'ide.html');
      const html = existsSync(file) ? readFileSync(file, 'utf8') : NOT_BUILT;
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
