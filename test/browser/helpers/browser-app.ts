import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { startTestApp, TestApp } from '../../helpers/test-app';
import { signUpUser, TestUser } from '../../helpers/users';
import { Role } from '../../../src/common/auth/role.enum';

export const PASSWORD = 'correct horse battery';

/** Debian's chromium (the Playwright browser download is not used); CHROMIUM_PATH overrides it. */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found)
    throw new Error('No chromium found: apt-get install -y chromium, or set CHROMIUM_PATH');
  return found;
}

/** A phone's width, or no CSP so that axe can run in the page. */
export interface ProfileOptions {
  width?: number;
  height?: number;
  bypassCSP?: boolean;
}

export interface BrowserApp {
  t: TestApp;
  url: string;
  browser: Browser;
  /** A fresh browser profile (its own storage and session). */
  context(options?: ProfileOptions): Promise<BrowserContext>;
  /** Signs an existing person in through the page, in a fresh profile. */
  pageFor(user: TestUser, options?: ProfileOptions): Promise<Page>;
  /** Signs up through the API and signs in through the page, as a person would. */
  signedInPage(role?: Role, options?: ProfileOptions): Promise<{ page: Page; user: TestUser }>;
  close(): Promise<void>;
}

/** Boots the real server (sample thread seeded) on an open port with the built web client. */
export async function startBrowserApp(env: Record<string, string> = {}): Promise<BrowserApp> {
  const webDir = join(__dirname, '..', '..', '..', 'web', 'dist');
  if (!existsSync(join(webDir, 'index.html'))) {
    throw new Error('The web client is not built: npm run build (test:browser builds it first)');
  }
  const t = await startTestApp({ SEED_SAMPLE: 'true', WEB_CLIENT_DIR: webDir, ...env });
  await t.app.listen(0, '127.0.0.1');
  const url = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  const contexts: BrowserContext[] = [];
  const app: BrowserApp = {
    t,
    url,
    browser,
    async context(options = {}) {
      const ctx = await browser.newContext({
        baseURL: url,
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        bypassCSP: options.bypassCSP ?? false,
      });
      ctx.setDefaultTimeout(15000);
      contexts.push(ctx);
      return ctx;
    },
    async pageFor(user, options = {}) {
      const page = await (await app.context(options)).newPage();
      await signIn(page, user.username);
      return page;
    },
    async signedInPage(role = Role.USER, options = {}) {
      const user = await signUpUser(t, { role });
      return { page: await app.pageFor(user, options), user };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await t.close();
    },
  };
  return app;
}

export async function signIn(page: Page, login: string, password = PASSWORD): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Username or email').fill(login);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: login }).waitFor();
}

/** The column of one side on the page (the motion's, or an argument's replies). */
export const column = (page: Page, side: 'PRO' | 'CON') =>
  page.locator(`section.column.${side.toLowerCase()}`);

/** An argument card by (part of) its text. */
export const argumentCard = (page: Page, text: string) =>
  page.locator('article.argument').filter({ hasText: text });

/** The sample thread every browser suite starts with (SEED_SAMPLE). */
export async function sampleThreadId(t: TestApp): Promise<string> {
  const res = await t.gql('{ threads(first: 1) { edges { node { id } } } }');
  return res.data.threads.edges[0].node.id;
}

/** The app as most suites start: booted, with the id of its sample thread. */
export async function startOnSampleThread(
  env: Record<string, string> = {},
): Promise<{ b: BrowserApp; threadId: string }> {
  const b = await startBrowserApp(env);
  return { b, threadId: await sampleThreadId(b.t) };
}

/** SCREENSHOTS=1 npm run test:browser refreshes the pictures in docs/screenshots. */
export const SHOTS =
  process.env.SCREENSHOTS === '1' ? join(__dirname, '..', '..', '..', 'docs', 'screenshots') : null;

export async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}
