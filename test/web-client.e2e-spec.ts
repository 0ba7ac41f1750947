import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { expectOk, startTestApp, TestApp } from './helpers/test-app';

/** A stand-in for web/dist, so this suite needs neither a client build nor a browser. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rostra-web-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><title>Rostra</title><div id="root"></div>',
  );
  writeFileSync(
    join(dir, 'ide.html'),
    '<!doctype html><title>Rostra GraphQL IDE</title><script src="/assets/ide-Q1w2e3.js"></script>',
  );
  writeFileSync(join(dir, 'assets', 'app-Ab12Cd.js'), 'console.log("rostra")');
  writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
  return dir;
}

describe('The web client served at /', () => {
  let t: TestApp;
  let dir: string;
  const http = () => request(t.app.getHttpServer());

  beforeAll(async () => {
    dir = fakeBuild();
    t = await startTestApp({ WEB_CLIENT_DIR: dir, GRAPHQL_IDE: 'true' });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers / and the app’s own paths with index.html, revalidated on every visit', async () => {
    for (const path of ['/', '/t/5d7c3f0e-1111-4111-8111-111111111111', '/mod/queue', '/signin']) {
      const res = await http().get(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.text).toContain('<div id="root">');
    }
  });

  it('lets browsers keep hashed assets for good', async () => {
    const res = await http().get('/assets/app-Ab12Cd.js');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.text).toContain('rostra');
  });

  it('keeps the build manifest and unknown paths out of reach', async () => {
    expect((await http().get('/.vite/manifest.json')).status).toBe(404);
    expect((await http().get('/no-such-page')).status).toBe(404);
  });

  it('leaves /health and POST /graphql as they were', async () => {
    const health = await http().get('/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    const data = expectOk(await t.gql('{ threads(first: 1) { edges { node { id } } } }'));
    expect(data.threads.edges).toEqual([]);
  });

  it('opens the IDE from the project’s own files when a browser asks for /graphql', async () => {
    const res = await http().get('/graphql').set('accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Rostra GraphQL IDE');
    expect(res.text).not.toMatch(/unpkg|jsdelivr|cdn/i);
    // Its policy lets nothing else in either: no other host, no inline script.
    const policy = res.headers['content-security-policy'];
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/https:|unsafe-eval/);
  });
});

describe('Without a client build', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      WEB_CLIENT_DIR: join(tmpdir(), 'rostra-web-missing'),
      GRAPHQL_IDE: 'true',
    });
  });
  afterAll(() => t.close());

  it('says at / how to build it, and the IDE says the same', async () => {
    const home = await request(t.app.getHttpServer()).get('/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('npm run build');
    const ide = await request(t.app.getHttpServer()).get('/graphql').set('accept', 'text/html');
    expect(ide.text).toContain('npm run build');
  });
});
