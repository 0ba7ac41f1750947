import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ArgumentOrigin, ArgumentStatus } from '../../arguments/argument-enums';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { ArgumentsService } from '../../arguments/arguments.service';
import { BODY_MAX } from '../../arguments/dto/create-argument.input';
import { ArticleSeedsService } from '../../articles/article-seeds.service';
import { ArticlesService } from '../../articles/articles.service';
import { ReportedPosition } from '../../articles/dto/article-seeds.model';
import { Thread } from '../../threads/thread.entity';
import { ThreadOpenedHooks } from '../../threads/thread-opened.hooks';
import { User } from '../../users/user.entity';
import { ModerateAction } from '../actions/dto/moderate.input';
import { ModerationService } from '../actions/moderation.service';
import { QueueItemKind, QueueItemStatus } from '../moderation-enums';
import { openQueueItem } from '../queue/open-queue-item';
import { QueueItem } from '../queue/queue-item.entity';
import { SEEDED_CLAIMS_PER_SIDE, strongestPerSide } from './seeded-claim-cap';

/** How a seeded claim is described to the moderator reviewing it. */
export const seedNote = (p: ReportedPosition): string =>
  [
    `Suggested ${p.side} (confidence ${p.confidence.toFixed(2)})`,
    p.holder ? `held by ${p.holder}` : null,
    p.evidence,
  ]
    .filter(Boolean)
    .join('; ');

/**
 * When a thread opens on an article, the positions the article reports become its first claims:
 * arguments with origin ARTICLE and the quote attached, PENDING until a moderator accepts,
 * edits, flips or rejects each one from the queue (SEEDED items). Nothing seeded is public
 * before that; rejected claims stay, with status REJECTED. At most SEEDED_CLAIMS_PER_SIDE per
 * side, the most confident.
 */
@Injectable()
export class ArticleClaimsSeeder implements OnModuleInit {
  private readonly logger = new Logger(ArticleClaimsSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hooks: ThreadOpenedHooks,
    private readonly articles: ArticlesService,
    private readonly seeds: ArticleSeedsService,
    private readonly arguments_: ArgumentsService,
    private readonly moderation: ModerationService,
  ) {}

  onModuleInit(): void {
    this.hooks.register((thread) => this.seed(thread).then(() => undefined));
  }

  /** Seeds the thread's article claims relative to its motion; returns the new arguments. */
  async seed(thread: Thread): Promise<ArgumentEntity[]> {
    if (!thread.articleId) return [];
    const article = await this.articles.get(thread.articleId);
    // Extraction (possibly a model call) happens before the transaction, never inside it.
    const { positions } = await this.seeds.extract(article, thread.motion);
    const quotable = positions.filter(
      (p) => p.quote.trim().length > 0 && p.quote.length <= BODY_MAX,
    );
    const usable = strongestPerSide(quotable);
    const base = Date.now();
    const created = await this.dataSource.transaction(async (manager) => {
      const out: ArgumentEntity[] = [];
      for (const [i, p] of usable.entries()) {
        const arg = await this.arguments_.insert(manager, null, {
          threadId: thread.id,
          side: p.side,
          body: p.quote,
          quote: { start: p.start, end: p.end, text: p.quote },
          origin: ArgumentOrigin.ARTICLE,
          status: ArgumentStatus.PENDING,
          // In article order, one millisecond apart, so NEW lists them as the article does.
          createdAt: new Date(base - usable.length + i),
        });
        await openQueueItem(manager, {
          kind: QueueItemKind.SEEDED,
          threadId: thread.id,
          argumentId: arg.id,
          note: seedNote(p),
        });
        out.push(arg);
      }
      return out;
    });
    const left = quotable.length - usable.length;
    this.logger.log(
      `Seeded ${created.length} claim(s) from the article into thread ${thread.id}` +
        (left > 0 ? ` (${left} less confident left out: ${SEEDED_CLAIMS_PER_SIDE} per side)` : ''),
    );
    return created;
  }

  /** Accepts every seeded claim of a thread as they are (the bundled sample thread). */
  async acceptAll(thread: Thread, actor: User, reason: string): Promise<number> {
    const items = await this.dataSource.manager.find(QueueItem, {
      where: { threadId: thread.id, kind: QueueItemKind.SEEDED, status: QueueItemStatus.OPEN },
      order: { createdAt: 'ASC' },
    });
    for (const item of items) {
      await this.moderation.moderate(actor, {
        itemId: item.id,
        action: ModerateAction.APPROVE,
        reason,
      });
    }
    return items.length;
  }
}
