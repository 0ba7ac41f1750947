import { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';
import { serializeError } from './error-summary';

export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/** Structured JSON logs on stdout; tests pass `silent`. */
export function createRootLogger(level: string): Logger {
  return pino({ level, base: { service: 'rostra' }, serializers: { err: serializeError } });
}

/** Routes Nest's own log lines into the same JSON stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string) {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
