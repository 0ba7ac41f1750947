import { existsSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import {
  CONTENT_SECURITY_POLICY,
  IMMUTABLE,
  REVALIDATE,
  WEB_CLIENT_ROUTES,
} from './web-client-routes';

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rostra</title></head>
<body><main><h1>Rostra</h1><p>The web client is not built yet: run <code>npm run build</code>
(or <code>npm start</code>, which builds it). The GraphQL API is at <a href="/graphql">/graphql</a>.</p>
</main></body></html>`;

/**
 * Serves the built web client (web/dist) at `/`: hashed files under /assets are cached for good,
 * index.html is revalidated on every visit. Without a build, `/` says how to make one. Other files
 * in web/dist (the IDE page, the build manifest) are not served as files.
 */
export async function serveWebClient(app: NestFastifyApplication, dir: string): Promise<void> {
  const root = resolve(dir);
  const fastify = app.getHttpAdapter().getInstance();
  const built = existsSync(resolve(root, 'index.html'));
  const assets = resolve(root, 'assets');
  if (built) {
    // Only /assets is served from disk (read per request, so a rebuild needs no restart);
    // every file there is named by its content hash.
    await app.register(fastifyStatic, {
      root: assets,
      prefix: '/assets/',
      index: false,
      // Our own cache-control instead of send's default max-age=0.
      cacheControl: false,
      // Also runs for reply.sendFile('index.html'), which must be revalidated instead.
      setHeaders: (reply: FastifyReply, path: string) => {
        reply.header('cache-control', path.startsWith(assets + sep) ? IMMUTABLE : REVALIDATE);
      },
    });
  }
  const sendIndex = async (_req: unknown, reply: FastifyReply) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    if (!built) return reply.header('cache-control', REVALIDATE).type('text/html').send(NOT_BUILT);
    return reply.header('cache-control', REVALIDATE).sendFile('index.html', root);
  };
  for (const url of WEB_CLIENT_ROUTES) fastify.get(url, sendIndex);
}
