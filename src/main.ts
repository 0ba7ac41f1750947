import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { createApp } from './app.factory';
import { DatabaseInUseError, embeddedFolderInUse } from './database/embedded-folder-lock';
import { developmentBanner } from './development-banner';
import { ROOT_LOGGER } from './logging/root-logger';
import { portProblem } from './port-check';

/** Ends the process with one line on stderr, for problems the operator fixes. */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message);
    throw e;
  }
  const busy =
    (config.database.url || !config.database.pgliteDataDir
      ? undefined
      : embeddedFolderInUse(config.database.pgliteDataDir)) ??
    (await portProblem(config.port, config.host));
  if (busy) fail(busy);
  let app;
  try {
    app = await createApp(config);
  } catch (e) {
    if (e instanceof DatabaseInUseError || e instanceof ConfigError) fail(e.message);
    throw e;
  }
  await app.listen(config.port, config.host);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost');
  app.get(ROOT_LOGGER).info(`Rostra is serving GraphQL at ${url}/graphql`);
  if (config.env === 'development') {
    process.stdout.write(await developmentBanner(url, config, app.get(DataSource)));
  }
}

void main();
