import 'reflect-metadata';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp } from './app.factory';
import { ROOT_LOGGER } from './logging/root-logger';

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  let config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const url = await app.getUrl();
  app
    .get(ROOT_LOGGER)
    .info(
      `Rostra is serving GraphQL at ${url.replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost')}/graphql`,
    );
}

void main();
