import { Inject, Injectable, Logger } from '@nestjs/common';
import Parser from 'rss-parser';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { AppError, badInput } from '../../common/errors/app-errors';
import { User } from '../../users/user.entity';
import { ArticlesService } from '../articles.service';
import { FeedItemResult, ImportFeedInput, ImportFeedPayload } from '../dto/import-feed.input';
import { itemArticle, itemLink, itemTitle, type FeedItem } from './feed-item-article';
import { MAX_FEED_ITEMS } from './feed-limits';
import { FeedFetchError, fetchFeedText } from './fetch-feed';

/**
 * Imports each item of an RSS or Atom feed through the article importer, so an item already
 * imported (same link or same content) is reported rather than stored twice, and an item that
 * cannot be an article is reported without failing the others.
 */
@Injectable()
export class FeedImportService {
  private readonly logger = new Logger(FeedImportService.name);
  private readonly parser = new Parser<Record<string, never>, FeedItem>();

  constructor(
    private readonly articles: ArticlesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async import(actor: User, input: ImportFeedInput): Promise<ImportFeedPayload> {
    const { xml, field } = await this.feedText(input);
    const feed = await this.parse(xml, field);
    const items = feed.items.slice(0, MAX_FEED_ITEMS);
    const results: FeedItemResult[] = [];
    for (const item of items) results.push(await this.importItem(actor, item));
    return {
      feedTitle: typeof feed.title === 'string' ? feed.title.trim() || null : null,
      items: results,
      skippedItems: feed.items.length - items.length,
    };
  }

  private async feedText(input: ImportFeedInput): Promise<{ xml: string; field: 'url' | 'xml' }> {
    if (input.url && input.xml) throw badInput('xml', 'Give either url or xml, not both.');
    if (input.xml !== undefined && input.xml !== null) {
      if (input.xml.trim() === '') throw badInput('xml', 'The feed XML is empty.');
      return { xml: input.xml, field: 'xml' };
    }
    if (!input.url) throw badInput('url', "Give the feed's url or its xml.");
    try {
      const allowPrivateHosts = this.config.feedAllowPrivateHosts;
      return { xml: await fetchFeedText(input.url, { allowPrivateHosts }), field: 'url' };
    } catch (e) {
      if (e instanceof FeedFetchError) {
        throw badInput('url', `Could not fetch the feed from ${input.url}: ${e.message}.`);
      }
      throw e;
    }
  }

  private async parse(xml: string, field: 'url' | 'xml') {
    try {
      return await this.parser.parseString(xml);
    } catch (e) {
      const reason = parseFailure((e as Error).message);
      const where = field === 'url' ? 'The document at url' : 'xml';
      throw badInput(field, `${where} is not an RSS or Atom feed: ${reason}.`);
    }
  }

  private async importItem(actor: User, item: FeedItem): Promise<FeedItemResult> {
    const result = { title: itemTitle(item), link: itemLink(item) };
    const source = itemArticle(item);
    if (!source) {
      return { ...result, article: null, created: false, error: 'The item has no content.' };
    }
    try {
      const { article, created } = await this.articles.importArticleOnly(actor, source);
      return { ...result, article, created, error: null };
    } catch (e) {
      if (e instanceof AppError)
        return { ...result, article: null, created: false, error: e.message };
      const err = e as Error;
      this.logger.error(
        `Feed item ${result.link ?? result.title} was not stored: ${err.message}`,
        err.stack,
      );
      return { ...result, article: null, created: false, error: 'The item could not be stored.' };
    }
  }
}

/** xml2js says "Unexpected close tag\nLine: 0\nColumn: 47\nChar: >"; rss-parser names only RSS. */
function parseFailure(message: string): string {
  if (/^Feed not recognized/u.test(message)) return 'no <rss>, <rdf:RDF> or <feed> root element';
  const [first, ...rest] = message.split('\n');
  const line = /Line: (\d+)/u.exec(rest.join(' '))?.[1];
  const column = /Column: (\d+)/u.exec(rest.join(' '))?.[1];
  const where = line ? ` at line ${Number(line) + 1}${column ? `, column ${column}` : ''}` : '';
  return `${first.replace(/\.$/u, '')}${where}`;
}
