import { randomUUID } from 'node:crypto';
import { BadRequestException, ValidationError } from '@nestjs/common';
import { InputValidationPipe } from './common/validation/input-validation.pipe';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from './config/app-config';
import { AppModule } from './app.module';
import { createRootLogger, PinoNestLogger } from './logging/root-logger';
import { badInput } from './common/errors/app-errors';
import { trustFunction } from './security/client-address';
import { protectHttp } from './security/http-protection';
import { serveWebClient } from './web-client/serve-web-client';
import { checkConfiguredAdmin } from './users/account-rules';

/** The dotted path of the first failing property, e.g. `input.sources.0.url` becomes `sources.0.url`. */
function firstFailure(errors: ValidationError[], prefix = ''): { field: string; message: string } {
  const error = errors[0];
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  if (error.constraints) return { field, message: Object.values(error.constraints)[0] };
  if (error.children?.length) return firstFailure(error.children, field);
  return { field, message: `${field} is invalid` };
}

/** Builds the whole application (used by main.ts, the CLI and the e2e tests). */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  if (config.admin) checkConfiguredAdmin(config.admin);
  const logger = createRootLogger(config.logLevel);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    // Room for a saved news page (MAX_HTML_CHARS of HTML, escaped inside the GraphQL JSON).
    bodyLimit: 8 * 1024 * 1024,
    trustProxy: trustFunction(config.security.trustProxy) ?? false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: new PinoNestLogger(logger),
    // A failed start rejects (the caller reports it) instead of ending the process from inside.
    abortOnError: false,
  });
  await protectHttp(app, config);
  app.useGlobalPipes(
    new InputValidationPipe({
      transform: true,
      whitelist: true,
      exceptionFactory: (errors) => {
        const { field, message } = firstFailure(errors);
        return errors.length ? badInput(field, message) : new BadRequestException();
      },
    }),
  );
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (req, reply) => {
      reply.header('x-request-id', req.id);
    });
  await serveWebClient(app, config.webClientDir);
  app.enableShutdownHooks();
  return app;
}
