import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { OpenDatabase, openDataSource } from './open-data-source';

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
          const applied = await db.dataSource.runMigrations({ transaction: 'each' });
          if (applied.length > 0) {
            new Logger('Database').log(`Applied ${applied.length} migration(s)`);
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
