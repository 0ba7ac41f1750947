import { DynamicModule, INestApplicationContext, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigModule } from '../config/config.module';
import { loadConfig } from '../config/app-config';
import { DatabaseModule } from '../database/database.module';
import { LoggingModule } from '../logging/logging.module';
import { RealtimeModule } from '../realtime/realtime.module';
import { PageCacheModule } from '../page-cache/page-cache.module';

@Module({})
class TerminalModule {
  static forFeatures(features: Type[]): DynamicModule {
    const config = loadConfig(process.env);
    config.database.poolSize = 1;
    config.database.migrationsRun = true;
    return {
      module: TerminalModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        RealtimeModule,
        // With a shared Redis, what a command changes retires the servers' cached pages too.
        PageCacheModule,
        ...features,
      ],
    };
  }
}

/**
 * For terminal commands: the application's own modules and services for `features`, without
 * the HTTP server, on the database the server would use (DATABASE_URL, else embedded PGlite in
 * PGLITE_DATA_DIR), migrated. What a command does goes through the same services, rules and
 * logs as the API. Only the features a command needs are loaded, so it starts quickly. The
 * caller closes it.
 */
export function openTerminalContext(features: Type[]): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(TerminalModule.forFeatures(features), {
    logger: false,
    // A start-up failure (e.g. the embedded database held by the server) reaches the command,
    // which prints it in one line, instead of Nest exiting silently.
    abortOnError: false,
  });
}
