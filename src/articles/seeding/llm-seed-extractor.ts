import { z } from 'zod';
import type { ParsedArticle } from '../import/parsed-article';
import { extractSeeds } from './seed-extractor';
import type { MotionCandidate, ReportedPosition, SeedExtraction } from './seed-types';

export interface LlmSeedOptions {
  /** OpenAI-compatible chat completions endpoint; without it the built-in extractor is used. */
  url?: string;
  model?: string;
  apiKey?: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export type SeedExtractionResult = SeedExtraction & { extractor: 'LLM' | 'BUILT_IN' };

export const DEFAULT_LLM_TIMEOUT_MS = 15_000;

/** The JSON the model is asked for. Quotes must be verbatim substrings of the article body. */
const LlmAnswer = z.object({
  motionCandidates: z
    .array(
      z.object({
        text: z.string().min(5).max(400),
        origin: z.enum(['QUESTION', 'LEDE', 'HEADLINE', 'POLICY']),
        score: z.number().min(0).max(1),
      }),
    )
    .max(10),
  positions: z
    .array(
      z.object({
        quote: z.string().min(3),
        holder: z.string().nullable(),
        side: z.enum(['PRO', 'CON']),
        confidence: z.number().min(0).max(1),
        evidence: z.string(),
      }),
    )
    .max(60),
});

type LlmAnswer = z.infer<typeof LlmAnswer>;

/** The answer's JSON schema, sent as `response_format` so the server constrains its output. */
export const ANSWER_SCHEMA = z.toJSONSchema(LlmAnswer);

const ChatCompletion = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

/**
 * Asks the configured model for motion candidates and positions, keeping only quotes that are
 * real substrings of the body (spans are computed here, never trusted from the model), and falls
 * back to the built-in extractor on any failure: no URL, HTTP error, timeout, invalid JSON or
 * schema, or an answer with no usable position.
 */
export async function extractSeedsWithFallback(
  article: ParsedArticle,
  motion: string | undefined,
  options: LlmSeedOptions,
  builtIn: BuiltInExtractor = async (a, m) => extractSeeds(a, m),
): Promise<SeedExtractionResult> {
  if (!options.url) return { ...(await builtIn(article, motion)), extractor: 'BUILT_IN' };
  try {
    const answer = await askModel(article, motion, options);
    const result = fromAnswer(article, answer);
    if (result.positions.length === 0 && result.motionCandidates.length === 0) {
      throw new Error('the model returned nothing usable');
    }
    return { ...result, extractor: 'LLM' };
  } catch {
    return { ...(await builtIn(article, motion)), extractor: 'BUILT_IN' };
  }
}

/** The built-in extractor as the caller runs it (the server: in a worker thread, ArticleWork). */
export type BuiltInExtractor = (
  article: ParsedArticle,
  motion: string | undefined,
) => Promise<SeedExtraction>;

async function askModel(
  article: ParsedArticle,
  motion: string | undefined,
  options: LlmSeedOptions,
): Promise<LlmAnswer> {
  const doFetch = options.fetchImpl ?? fetch;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const response = await doFetch(options.url!, {
    method: 'POST',
    headers,
    signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_LLM_TIMEOUT_MS),
    body: JSON.stringify({
      model: options.model ?? 'default',
      temperature: 0,
      // Structured output: llama.cpp's server and Ollama constrain decoding to this schema.
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'article_seeds', strict: true, schema: ANSWER_SCHEMA },
      },
      messages: [
        { role: 'system', content: SYSTEM_PROMPT },
        { role: 'user', content: userPrompt(article, motion) },
      ],
    }),
  });
  if (!response.ok) throw new Error(`LLM endpoint answered HTTP ${response.status}`);
  const completion = ChatCompletion.parse(await response.json());
  return LlmAnswer.parse(JSON.parse(stripFence(completion.choices[0].message.content)));
}

function fromAnswer(article: ParsedArticle, answer: LlmAnswer): SeedExtraction {
  const motionCandidates: MotionCandidate[] = answer.motionCandidates
    .map((m) => ({ ...m, sourceSpans: [] }))
    .sort((a, b) => b.score - a.score);
  const positions: ReportedPosition[] = [];
  for (const p of answer.positions) {
    const start = article.body.indexOf(p.quote);
    if (start < 0) continue; // not in the article: dropped
    positions.push({ ...p, start, end: start + p.quote.length });
  }
  positions.sort((a, b) => a.start - b.start);
  return { motionCandidates, positions };
}

function stripFence(content: string): string {
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/u.exec(content);
  return fenced ? fenced[1] : content;
}

const SYSTEM_PROMPT = [
  'You help moderators seed a debate from a news article. Answer with one JSON object only:',
  '{"motionCandidates":[{"text":string,"origin":"QUESTION"|"LEDE"|"HEADLINE"|"POLICY","score":0..1}],',
  '"positions":[{"quote":string,"holder":string|null,"side":"PRO"|"CON","confidence":0..1,"evidence":string}]}.',
  'Motion candidates are yes/no questions that affirm the policy or action the article is about.',
  'Positions are arguments the article attributes to someone (a person, a body, a described group',
  'such as "critics"), not the reporter\'s narrative. Each quote must be copied exactly, character',
  'for character, from the article body: a whole sentence, or the clause that states the position',
  'when one sentence carries both sides. PRO is in favour of the motion, CON against it.',
].join('\n');

function userPrompt(article: ParsedArticle, motion: string | undefined): string {
  const sides = motion
    ? `Give sides relative to this motion: ${motion}`
    : 'Give sides relative to your best motion candidate.';
  return `${sides}\n\nTitle: ${article.title}\n\nArticle body:\n${article.body}`;
}
