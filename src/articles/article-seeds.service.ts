import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Side } from '../arguments/argument-enums';
import { badInput } from '../common/errors/app-errors';
import type { RequestLoaders } from '../common/loaders/request-loaders';
import { MOTION_MAX } from '../threads/dto/create-thread.input';
import type { Article } from './article.entity';
import {
  MotionCandidate,
  MotionOrigin,
  ReportedPosition,
  SeedExtractor,
} from './dto/article-seeds.model';
import type { ParsedArticle } from './import/parsed-article';
import {
  extractSeedsWithFallback,
  type LlmSeedOptions,
  type SeedExtractionResult,
} from './seeding/llm-seed-extractor';
import { loaderKey } from '../common/loaders/loader-key';
import { ArticleWork } from './import/article-work';

const ARTICLE_SEEDS = loaderKey<SeedKey, ArticleSeeds>('articles.seeds');

/** What the extractor suggests for one article and one motion, in API types. */
export interface ArticleSeeds {
  /** The motion the positions' sides refer to: the one asked for, or the top candidate. */
  motion: string;
  extractor: SeedExtractor;
  motionCandidates: MotionCandidate[];
  positions: ReportedPosition[];
}

interface SeedKey {
  article: Article;
  motion: string | null;
  /** Any extraction of the article will do: candidates do not depend on the motion. */
  candidatesOnly: boolean;
}

/** Extractions kept across requests (an LLM call is slow and may cost money). */
const CACHE_SIZE = 200;

/**
 * Motion candidates and reported positions for stored articles. Within a request each article
 * and motion is extracted once (a DataLoader); successful extractions are also kept in a small
 * LRU keyed by the article's content and the extractor settings. A fallback after a failed model
 * call is not kept, so the model is asked again next time.
 */
@Injectable()
export class ArticleSeedsService {
  private readonly cache = new Map<string, ArticleSeeds>();
  /** The model extractor's settings, validated with the rest of the configuration at start. */
  private readonly options: LlmSeedOptions;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly work: ArticleWork,
  ) {
    this.options = config.seedingLlm;
  }

  async motionCandidates(loaders: RequestLoaders, article: Article): Promise<MotionCandidate[]> {
    const seeds = await this.loader(loaders).load({ article, motion: null, candidatesOnly: true });
    return seeds.motionCandidates;
  }

  async reportedPositions(
    loaders: RequestLoaders,
    article: Article,
    motion: string | null | undefined,
  ): Promise<ReportedPosition[]> {
    const seeds = await this.loader(loaders).load({
      article,
      motion: normaliseMotion(motion),
      candidatesOnly: false,
    });
    return seeds.positions;
  }

  /** Extracts (or reuses a cached extraction) with the configured extractor. */
  async extract(article: Article, motion?: string | null): Promise<ArticleSeeds> {
    const options = this.options;
    const key = [article.id, article.contentHash, motion ?? '', options.url, options.model].join(
      '\u0000',
    );
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const result = await extractSeedsWithFallback(
      parsedFromArticle(article),
      motion ?? undefined,
      options,
      (a, m) => this.work.seed(a, m),
    );
    const seeds = toArticleSeeds(article, result, motion ?? undefined);
    const asConfigured = !options.url || result.extractor === 'LLM';
    if (asConfigured) {
      this.cache.set(key, seeds);
      if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    }
    return seeds;
  }

  private loader(loaders: RequestLoaders) {
    return loaders.get(
      ARTICLE_SEEDS,
      (keys) => {
        const runs = new Map<string, Promise<ArticleSeeds>>();
        const run = (article: Article, motion: string | null) => {
          const k = `${article.id}\u0000${motion ?? ''}`;
          let p = runs.get(k);
          if (!p) {
            p = this.extract(article, motion);
            runs.set(k, p);
          }
          return p;
        };
        for (const k of keys) if (!k.candidatesOnly) void run(k.article, k.motion);
        return Promise.all(
          keys.map((k) => {
            if (!k.candidatesOnly) return run(k.article, k.motion);
            const same = [...runs.keys()].find((r) => r.startsWith(`${k.article.id}\u0000`));
            return same ? runs.get(same)! : run(k.article, null);
          }),
        );
      },
      {
        cacheKeyFn: (k) =>
          `${k.candidatesOnly ? 'candidates' : 'positions'}\u0000${k.article.id}\u0000${k.motion ?? ''}`,
      },
    );
  }
}

function normaliseMotion(motion: string | null | undefined): string | null {
  const text = motion?.trim().replace(/\s+/gu, ' ') ?? '';
  if (text.length > MOTION_MAX) {
    throw badInput('motion', `motion must be at most ${MOTION_MAX} characters`);
  }
  return text === '' ? null : text;
}

/** The stored article in the shape the extractor reads. */
export function parsedFromArticle(article: Article): ParsedArticle {
  return {
    title: article.title,
    titleDerived: article.titleDerived,
    byline: article.byline,
    publishedAt: article.publishedAt,
    body: article.body,
    sections: article.sections,
    paragraphs: article.paragraphs,
  };
}

function toArticleSeeds(
  article: Article,
  result: SeedExtractionResult,
  motion: string | undefined,
): ArticleSeeds {
  const extractor = SeedExtractor[result.extractor];
  // The same rule the extractors use when they are given no motion.
  const relativeTo = motion ?? result.motionCandidates[0]?.text ?? article.title;
  return {
    motion: relativeTo,
    extractor,
    motionCandidates: result.motionCandidates.map((c) => ({
      text: c.text,
      origin: MotionOrigin[c.origin],
      score: c.score,
      sources: c.sourceSpans.map((s) => ({
        text: article.body.slice(s.start, s.end),
        start: s.start,
        end: s.end,
      })),
      extractor,
    })),
    positions: result.positions.map((p) => ({
      quote: p.quote,
      start: p.start,
      end: p.end,
      holder: p.holder,
      side: Side[p.side],
      motion: relativeTo,
      confidence: p.confidence,
      evidence: p.evidence,
      extractor,
    })),
  };
}
