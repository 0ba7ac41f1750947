/**
 * Paths the single-page app routes itself (web/src/App.tsx); the server answers each with
 * index.html so a reload or a shared link opens the right page. Everything else (/graphql,
 * /health, unknown paths) is left to the API.
 */
export const WEB_CLIENT_ROUTES = [
  '/',
  '/t/*',
  '/signin',
  '/signup',
  '/suspended',
  '/me',
  '/notifications',
  '/mod/*',
  '/admin/*',
];

/** Hashed build output: its name changes with its content, so browsers may keep it for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** index.html names the current hashed files: browsers must ask again each time. */
export const REVALIDATE = 'no-cache';

/**
 * The app's own policy: scripts and styles only from this server, so nothing in a post's HTML
 * (already sanitised by the API) could load or run code from elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "connect-src 'self' ws: wss:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
