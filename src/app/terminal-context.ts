import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';

/**
 * For terminal commands: the application's own modules and services, without the HTTP server,
 * on the database the server would use (DATABASE_URL, else embedded PGlite in PGLITE_DATA_DIR),
 * migrated. What a command does goes through the same rules and logs as the API. The caller
 * closes it.
 */
export async function openTerminalContext(): Promise<INestApplicationContext> {
  const config = loadConfig(process.env);
  config.database.poolSize = 1;
  config.database.migrationsRun = true;
  // A command does its one job: no sample thread on an empty database.
  config.seedSample = false;
  return NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: false });
}
