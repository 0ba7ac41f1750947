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
 * Answers thread pages of readers who are not moderators with one statement that builds the
 * answer's JSON in the database (see docs/PERFORMANCE.md, "Pages built by the database"), instead
 * of hydrating rows
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
   * The answer's JSON text, or null: the query then runs the usual way, as it does for a
   * moderator (who reads everything unmasked), a session no longer live, or an Authorization
   * header that is not a token. The reader is looked up only for a query built here.
   */
  async answer(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
    ctx: RequestContext,
    authorization: boolean,
  ): Promise<string | null> {
    if (!ctx.auth && authorization) return null;
    const plan = threadPagePlan(schema, document, operation, variables, !!ctx.auth);
    if (!plan) return null;
    const params: unknown[] = [plan.threadId];
    if (ctx.auth) {
      const viewer = await this.auth.viewer(ctx);
      if (!viewer || isModerator(viewer)) return null;
      params.push(viewer.userId);
    }
    let text: string | undefined;
    try {
      const rows = await preparedQuery<{ page: string }>(
        this.dataSource,
        plan.sql,
        params,
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
