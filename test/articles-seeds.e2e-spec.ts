import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';
import { dataFile } from './helpers/debate';
import { Role } from '../src/common/auth/role.enum';

const GOLD: { motion: string; pro: { quote: string }[]; con: { quote: string }[] } = JSON.parse(
  dataFile('seed-article.gold.json'),
);
const LEDE_MOTION =
  'Should state and municipal officials who resist federal immigration enforcement face prosecution?';
// The built-in extractor quotes the four gold claims exactly, in body order.
const SEED_POSITIONS = [
  { side: 'PRO', quote: GOLD.pro[0].quote, holder: 'the document' },
  { side: 'CON', quote: GOLD.con[0].quote, holder: 'proponents' },
  { side: 'PRO', quote: GOLD.pro[1].quote, holder: 'critics' },
  { side: 'CON', quote: GOLD.con[1].quote, holder: 'Courts' },
];

const SEEDS = `query($id: ID!, $motion: String) {
  article(id: $id) {
    body
    motionCandidates { text origin score extractor sources { text start end } }
    reportedPositions(motion: $motion) { quote start end holder side motion confidence evidence extractor }
  }
}`;

interface Position {
  quote: string;
  start: number;
  end: number;
  holder: string | null;
  side: 'PRO' | 'CON';
  motion: string;
  confidence: number;
  evidence: string;
  extractor: string;
}
interface Candidate {
  text: string;
  origin: string;
  score: number;
  extractor: string;
  sources: { text: string; start: number; end: number }[];
}
interface SeedsAnswer {
  article: {
    body: string;
    motionCandidates: Candidate[];
    reportedPositions: Position[];
  };
}

describe('motion candidates and reported positions of an article', () => {
  let t: TestApp;
  let moderator: TestUser;
  let articleId: string;

  beforeAll(async () => {
    t = await startTestApp();
    moderator = await signUpUser(t, { role: Role.MODERATOR });
    const res = expectOk(
      await t.gql(
        `mutation($input: ImportArticleInput!) { importArticle(input: $input) { article { id } } }`,
        { input: { text: dataFile('seed-article.txt'), format: 'TEXT' } },
        moderator.token,
      ),
    );
    articleId = res.importArticle.article.id;
  });
  afterAll(() => t.close());

  const seeds = async (motion?: string) =>
    expectOk(await t.gql<SeedsAnswer>(SEEDS, { id: articleId, motion }, moderator.token)).article;

  const sidesOf = (positions: Position[]) =>
    positions.map((p) => ({ side: p.side, quote: p.quote, holder: p.holder }));

  describe('with the built-in extractor', () => {
    it('ranks the lede motion first, with its source sentence and offsets, then the yes/no half of the question', async () => {
      const { body, motionCandidates } = await seeds();
      expect(motionCandidates.map((c) => [c.origin, c.text])).toEqual([
        ['LEDE', LEDE_MOTION],
        ['QUESTION', 'Will local officials back down in the face of possible prosecution?'],
      ]);
      expect(motionCandidates[0].score).toBeGreaterThan(motionCandidates[1].score);
      const [lede] = motionCandidates[0].sources;
      expect(lede.start).toBe(0);
      expect(lede.text).toMatch(/^The Trump administration is taking a bold step.*prosecution\.$/u);
      const [question] = motionCandidates[1].sources;
      expect(question.text).toMatch(/^The question remains: Will local officials back down/u);
      for (const c of motionCandidates) {
        expect(c.extractor).toBe('BUILT_IN');
        for (const s of c.sources) expect(body.slice(s.start, s.end)).toBe(s.text);
      }
    });

    it('reports the four positions with sides relative to the top candidate when no motion is given', async () => {
      const { body, reportedPositions } = await seeds();
      expect(sidesOf(reportedPositions)).toEqual(SEED_POSITIONS);
      for (const p of reportedPositions) {
        expect(body.slice(p.start, p.end)).toBe(p.quote);
        expect(p.motion).toBe(LEDE_MOTION);
        expect(p.confidence).toBeGreaterThanOrEqual(0.5);
        expect(p.confidence).toBeLessThanOrEqual(1);
        expect(p.evidence).not.toBe('');
        expect(p.extractor).toBe('BUILT_IN');
      }
    });

    it('gives sides relative to the motion asked for, and turns them round for the opposite motion', async () => {
      const asked = await seeds(`  ${GOLD.motion}  `);
      expect(asked.reportedPositions.map((p) => p.side)).toEqual(['PRO', 'CON', 'PRO', 'CON']);
      expect(asked.reportedPositions[0].motion).toBe(GOLD.motion);

      const opposite = await seeds('Should sanctuary policies be protected?');
      const bySide = Object.fromEntries(opposite.reportedPositions.map((p) => [p.quote, p.side]));
      expect(bySide[GOLD.con[0].quote]).toBe('PRO');
      expect(bySide[GOLD.pro[1].quote]).toBe('CON');
    });

    it('is for moderators: readers and anonymous visitors are refused', async () => {
      const [reader] = await createUsersFast(t, 1);
      expect(errorOf(await t.gql(SEEDS, { id: articleId }, reader.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(SEEDS, { id: articleId })).code).toBe('FORBIDDEN');
    });

    it('refuses an over-long motion naming the field', async () => {
      const res = await t.gql(
        SEEDS,
        { id: articleId, motion: 'Should '.repeat(60) },
        moderator.token,
      );
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'motion' });
    });
  });

  describe('with SEEDING_LLM_URL set', () => {
    const MODEL_CANDIDATE = 'Should sanctuary jurisdictions lose federal cooperation?';
    const FABRICATED = 'Sanctuary cities have tripled in number since last year, officials said.';
    const requests: string[] = [];
    let server: Server;
    let base: string;

    const modelAnswer = {
      motionCandidates: [
        { text: MODEL_CANDIDATE, origin: 'POLICY', score: 0.7 },
        { text: GOLD.motion, origin: 'LEDE', score: 0.9 },
      ],
      positions: [
        {
          quote: GOLD.con[0].quote,
          holder: 'sanctuary supporters',
          side: 'CON',
          confidence: 0.9,
          evidence: 'model: supporters defend sanctuary policies',
        },
        {
          quote: FABRICATED,
          holder: 'officials',
          side: 'PRO',
          confidence: 0.8,
          evidence: 'model: made up',
        },
        {
          quote: GOLD.pro[1].quote,
          holder: 'critics',
          side: 'PRO',
          confidence: 0.85,
          evidence: 'model: critics attack sanctuary policies',
        },
      ],
    };

    const routes: Record<string, (res: ServerResponse) => void> = {
      '/good/v1/chat/completions': (res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            choices: [{ message: { role: 'assistant', content: JSON.stringify(modelAnswer) } }],
          }),
        );
      },
      '/error/v1/chat/completions': (res) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('upstream exploded');
      },
      '/garbled/v1/chat/completions': (res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ choices: [{ message: { content: 'Sure! Here are {"pos' } }] }));
      },
      '/silent/v1/chat/completions': () => {
        // never answers: the request must time out
      },
    };

    beforeAll(async () => {
      server = createServer((req: IncomingMessage, res: ServerResponse) => {
        req.resume();
        req.on('end', () => {
          requests.push(req.url ?? '');
          (routes[req.url ?? ''] ?? routes['/error/v1/chat/completions'])(res);
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterEach(() => {
      delete process.env.SEEDING_LLM_URL;
      delete process.env.SEEDING_LLM_TIMEOUT_MS;
    });
    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    const useModel = (route: string) => {
      process.env.SEEDING_LLM_URL = `${base}/${route}/v1/chat/completions`;
      process.env.SEEDING_LLM_TIMEOUT_MS = '300';
    };
    const asked = (route: string) => requests.filter((r) => r.startsWith(`/${route}/`)).length;

    it("serves the model's candidates and positions, dropping quotes that are not in the article, asking once per request", async () => {
      useModel('good');
      const res = expectOk(
        await t.gql<{ article: SeedsAnswer['article'] & { again: Position[] } }>(
          `query($id: ID!) { article(id: $id) { body
            motionCandidates { text origin score extractor sources { start } }
            reportedPositions { quote start end holder side motion confidence evidence extractor }
            again: reportedPositions { quote } } }`,
          { id: articleId },
          moderator.token,
        ),
      );
      const { body, motionCandidates, reportedPositions } = res.article;
      expect(motionCandidates).toEqual([
        { text: GOLD.motion, origin: 'LEDE', score: 0.9, extractor: 'LLM', sources: [] },
        { text: MODEL_CANDIDATE, origin: 'POLICY', score: 0.7, extractor: 'LLM', sources: [] },
      ]);
      // In body order, offsets computed by the server, the fabricated quote gone.
      expect(reportedPositions).toEqual([
        {
          quote: GOLD.con[0].quote,
          start: body.indexOf(GOLD.con[0].quote),
          end: body.indexOf(GOLD.con[0].quote) + GOLD.con[0].quote.length,
          holder: 'sanctuary supporters',
          side: 'CON',
          motion: GOLD.motion,
          confidence: 0.9,
          evidence: 'model: supporters defend sanctuary policies',
          extractor: 'LLM',
        },
        expect.objectContaining({ quote: GOLD.pro[1].quote, holder: 'critics', side: 'PRO' }),
      ]);
      expect(JSON.stringify(res.article)).not.toContain('tripled');
      expect(asked('good')).toBe(1);

      // Candidates and positions for a given motion share one call; the same question later is
      // answered without asking the model again.
      const withMotion = await seeds(GOLD.motion);
      expect(withMotion.reportedPositions.map((p) => p.extractor)).toEqual(['LLM', 'LLM']);
      expect(asked('good')).toBe(2);
      await seeds(GOLD.motion);
      expect(asked('good')).toBe(2);
    });

    it.each([
      ['answers HTTP 500', 'error'],
      ['answers with text that is not the JSON asked for', 'garbled'],
      ['does not answer in time', 'silent'],
    ])('falls back to the built-in extractor when the model endpoint %s', async (_what, route) => {
      useModel(route);
      const started = Date.now();
      const { motionCandidates, reportedPositions } = await seeds(GOLD.motion);
      expect(asked(route)).toBe(1);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(motionCandidates[0]).toMatchObject({ text: LEDE_MOTION, extractor: 'BUILT_IN' });
      expect(sidesOf(reportedPositions)).toEqual(SEED_POSITIONS);
      expect(reportedPositions.every((p) => p.extractor === 'BUILT_IN')).toBe(true);

      // A fallback is not kept: the model is asked again next time.
      await seeds(GOLD.motion);
      expect(asked(route)).toBe(2);
    });
  });
});
