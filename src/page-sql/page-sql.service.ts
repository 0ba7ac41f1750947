import { Inject, Injectable } from '@nestjs/common';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { preparedQuery, statementNames } from '../common/database/prepared-query';
import { AuthService } from '../auth/auth.service';
import { isModerator } from '../common/auth/role.enum';
import type { RequestContext } from '../common/graphql/request-context';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { ROOT_LOGGER } from '../logging/root-logger';
import { mask, WatchedWordsService } from '../moderation/rules/watched-words.service';
import { applyReaderTexts } from './reader-text-paths';
import { threadPagePlan } from './thread-page-plan';

/**
 * Answers thread pages of readers who are not moderators with one statement that builds the answer's JSON in the
 * database (see docs/PERFORMANCE.md, "Pages built by the database"), instead of hydrating rows
 * and resolving some 1,300 fields one by one. Only CENSOR masking and HTML that is not stored
 * are left to Node, with the same code the resolvers use.
 */
@Injectable()
export class PageSql {
  /** Query shapes come from clients: their statements get names of their own, a few of them. */
  private readonly names = statementNames(64);
  private readonly logger: Logger;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) rootLogger: Logger,
    private readonly dataSource: DataSource,
    private readonly words: WatchedWordsService,
    private readonly auth: AuthService,
  ) {
    this.logger = rootLogger.child({ component: 'page-sql' });
  }

  get enabled(): boolean {
    return this.config.graphql.sqlPages;
  }

  /**
   * Whom a page is built for: their user id, null when signed out, or undefined when it runs the
   * usual way (a moderator reads everything unmasked; a session no longer live, or a header
   * that is not a token, is left to the usual path's rules).
   */
  async readerOf(ctx: RequestContext, authorization: boolean): Promise<string | null | undefined> {
    if (!ctx.auth) return authorization ? undefined : null;
    const viewer = await this.auth.viewer(ctx);
    return viewer && !isModerator(viewer) ? viewer.userId : undefined;
  }

  /** The answer's JSON text, or null: the query then runs the usual way. */
  async answer(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
    readerId: string | null,
  ): Promise<string | null> {
    const plan = threadPagePlan(schema, document, operation, variables, readerId);
    if (!plan) return null;
    let text: string | undefined;
    try {
      const rows = await preparedQuery<{ page: string }>(
        this.dataSource,
        plan.sql,
        plan.params,
        this.names,
      );
      text = rows[0]?.page;
    } catch (e) {
      // The usual path answers instead (and reports a real failure in its own way).
      this.logger.warn({ err: (e as Error).message }, 'page statement failed');
      return null;
    }
    // No such thread: the usual path says NOT_FOUND.
    if (text === undefined) return null;
    const rules = plan.texts.empty ? [] : await this.words.censorRules();
    if (rules.length === 0 && !plan.texts.anyHtml) return text;
    const answer = JSON.parse(text) as { data: unknown };
    applyReaderTexts(answer.data, plan.texts, (t) => mask(t, rules));
    return JSON.stringify(answer);
  }
}
