import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { OpenDatabase, openDataSource } from './open-data-source';
import { withStartupLock } from '../common/database/startup-lock';

export const OPEN_DATABASE = Symbol('OPEN_DATABASE');

@Global()
@Module({
  providers: [
    {
      provide: OPEN_DATABASE,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<OpenDatabase> => {
        const db = await openDataSource({
          url: config.database.url,
          poolSize: config.database.poolSize,
          pgliteDataDir: config.database.pgliteDataDir || undefined,
          // A request's runaway statement is cancelled by the server (PGlite has no timer to do so).
          statementTimeoutMs: config.security.statementTimeoutMs,
        });
        if (config.database.migrationsRun) {
          try {
            // Instances starting together take turns: one migrates, the others find nothing to do.
            const applied = await withStartupLock(config.database.url, () =>
              db.dataSource.runMigrations({ transaction: 'each' }),
            );
            if (applied.length > 0) {
              new Logger('Database').log(`Applied ${applied.length} migration(s)`);
            }
          } catch (e) {
            await db.close();
            throw e;
          }
        }
        return db;
      },
    },
    {
      provide: DataSource,
      inject: [OPEN_DATABASE],
      useFactory: (db: OpenDatabase) => db.dataSource,
    },
  ],
  exports: [DataSource, OPEN_DATABASE],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(OPEN_DATABASE) private readonly db: OpenDatabase) {}

  async onApplicationShutdown(): Promise<void> {
    await this.db.close();
  }
}
