import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../import/parse-article';
import { loadConfig } from '../../config/app-config';
import { ANSWER_SCHEMA, extractSeedsWithFallback } from './llm-seed-extractor';
import { extractSeeds } from './seed-extractor';

const DATA = join(__dirname, '..', '..', '..', 'data');
const MOTION =
  'Should state and local officials who resist federal immigration enforcement face federal prosecution?';
const REAL_QUOTE =
  'proponents argue that sanctuary policies protect immigrant communities and encourage trust between law enforcement and residents';
const FABRICATED = 'Sanctuary cities have tripled in number since last year, officials said.';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

async function fakeServer(handler: Handler): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => handler(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/v1/chat/completions`, server };
}

function chatAnswer(content: unknown): string {
  return JSON.stringify({
    choices: [{ message: { role: 'assistant', content: JSON.stringify(content) } }],
  });
}

describe('extractSeedsWithFallback', () => {
  const article = parseArticle({
    text: readFileSync(join(DATA, 'seed-article.txt'), 'utf8'),
    format: 'TEXT',
  });
  const builtIn = extractSeeds(article, MOTION);
  const servers: Server[] = [];

  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it('reads its options from SEEDING_LLM_* variables, validated with the rest of the configuration', () => {
    expect(loadConfig({}).seedingLlm).toEqual({
      url: undefined,
      model: undefined,
      apiKey: undefined,
      timeoutMs: 15000,
    });
    expect(
      loadConfig({ SEEDING_LLM_URL: 'http://127.0.0.1:1/v1', SEEDING_LLM_MODEL: 'm' }).seedingLlm,
    ).toMatchObject({ url: 'http://127.0.0.1:1/v1', model: 'm' });
    expect(loadConfig({ SEEDING_LLM_TIMEOUT_MS: '2500' }).seedingLlm.timeoutMs).toBe(2500);
    expect(() => loadConfig({ SEEDING_LLM_TIMEOUT_MS: 'soon' })).toThrow(
      /SEEDING_LLM_TIMEOUT_MS: expected a whole number/,
    );
    expect(() => loadConfig({ SEEDING_LLM_URL: 'localhost:8080' })).toThrow(/SEEDING_LLM_URL/);
  });

  it('uses the built-in extractor when no endpoint is configured', async () => {
    const result = await extractSeedsWithFallback(article, MOTION, {});
    expect(result).toEqual({ ...builtIn, extractor: 'BUILT_IN' });
  });

  it('keeps the model answer, drops a fabricated quote and computes spans itself', async () => {
    const requests: Array<{
      auth?: string;
      body: { model: string; messages: unknown[]; response_format: unknown };
    }> = [];
    const { url, server } = await fakeServer((req, res, body) => {
      requests.push({ auth: req.headers.authorization, body: JSON.parse(body) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        chatAnswer({
          motionCandidates: [{ text: MOTION, origin: 'LEDE', score: 0.9 }],
          positions: [
            {
              quote: REAL_QUOTE,
              holder: 'proponents',
              side: 'CON',
              confidence: 0.9,
              evidence: 'proponents of sanctuary policies oppose prosecution',
            },
            {
              quote: FABRICATED,
              holder: 'officials',
              side: 'PRO',
              confidence: 0.8,
              evidence: 'made up',
            },
          ],
        }),
      );
    });
    servers.push(server);

    const result = await extractSeedsWithFallback(article, MOTION, {
      url,
      model: 'test-model',
      apiKey: 'secret',
    });

    expect(result.extractor).toBe('LLM');
    expect(result.motionCandidates).toEqual([
      { text: MOTION, origin: 'LEDE', score: 0.9, sourceSpans: [] },
    ]);
    expect(result.positions).toHaveLength(1);
    const [position] = result.positions;
    expect(position.quote).toBe(REAL_QUOTE);
    expect(article.body.slice(position.start, position.end)).toBe(REAL_QUOTE);
    expect(position).toMatchObject({ holder: 'proponents', side: 'CON', confidence: 0.9 });

    expect(requests).toHaveLength(1);
    expect(requests[0].auth).toBe('Bearer secret');
    expect(requests[0].body.model).toBe('test-model');
    // Structured output: the answer's JSON schema goes with the request.
    expect(requests[0].body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'article_seeds', strict: true, schema: ANSWER_SCHEMA },
    });
    expect(ANSWER_SCHEMA).toMatchObject({
      type: 'object',
      required: ['motionCandidates', 'positions'],
    });
    expect(JSON.stringify(requests[0].body.messages)).toContain(MOTION);
  });

  it('falls back to the built-in result when the endpoint fails (HTTP 500)', async () => {
    const { url, server } = await fakeServer((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error');
    });
    servers.push(server);
    const result = await extractSeedsWithFallback(article, MOTION, { url });
    expect(result).toEqual({ ...builtIn, extractor: 'BUILT_IN' });
  });

  it('falls back when the answer is not valid JSON for the schema', async () => {
    const { url, server } = await fakeServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ message: { content: '{"positions": "nope"' } }] }));
    });
    servers.push(server);
    const result = await extractSeedsWithFallback(article, MOTION, { url });
    expect(result).toEqual({ ...builtIn, extractor: 'BUILT_IN' });
  });

  it('falls back when the endpoint does not answer in time', async () => {
    const { url, server } = await fakeServer(() => {
      // never answers
    });
    servers.push(server);
    const started = Date.now();
    const result = await extractSeedsWithFallback(article, MOTION, { url, timeoutMs: 200 });
    expect(result.extractor).toBe('BUILT_IN');
    expect(result.positions).toEqual(builtIn.positions);
    expect(Date.now() - started).toBeLessThan(5000);
    server.closeAllConnections();
  });
});
