import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { ArticleFormat } from '../articles/article.entity';
import { ArticleClaimsSeeder } from '../moderation/seeding/article-claims.seeder';
import { ArticlesService } from '../articles/articles.service';
import { withStartupLock } from '../common/database/startup-lock';
import { Thread } from '../threads/thread.entity';
import { Role } from '../common/auth/role.enum';
import { UsersService } from '../users/users.service';
import { projectFile } from '../config/project-file';

export const SAMPLE_ARTICLE_FILE = projectFile('data', 'seed-article.txt');
export const SAMPLE_MOTION =
  'Should state and local officials who resist federal immigration enforcement face federal prosecution?';
export const SYSTEM_USERNAME = 'rostra';

/**
 * On the first start of an empty database, imports the sample article and opens its thread so a
 * newcomer sees a real debate at once. Does nothing once any thread exists, or with SEED_SAMPLE=false.
 */
@Injectable()
export class SampleSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(SampleSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly articles: ArticlesService,
    private readonly claims: ArticleClaimsSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedSample) return;
    // Under the start-up lock: of instances starting together on an empty database, one seeds.
    await withStartupLock(this.config.database.url, () => this.seedOnce());
  }

  private async seedOnce(): Promise<void> {
    if ((await this.dataSource.manager.count(Thread)) > 0) return;
    const system =
      (await this.users.findByUsername(SYSTEM_USERNAME)) ??
      (await this.users.create({
        username: SYSTEM_USERNAME,
        // Nobody signs in as the system account: its password is random and never shown.
        password: randomBytes(32).toString('base64url'),
        role: Role.ADMIN,
      }));
    const { thread } = await this.articles.import(system, {
      text: readFileSync(SAMPLE_ARTICLE_FILE, 'utf8'),
      format: ArticleFormat.TEXT,
      motion: SAMPLE_MOTION,
      tags: ['immigration', 'law'],
    });
    // The sample is there to show a real debate at once: its article's claims are accepted.
    const accepted = thread
      ? await this.claims.acceptAll(thread, system, 'The bundled sample thread')
      : 0;
    this.logger.log(`Seeded the sample thread ${thread?.id} with ${accepted} claim(s)`);
  }
}
