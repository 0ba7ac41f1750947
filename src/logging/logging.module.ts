import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { createRootLogger, ROOT_LOGGER } from './root-logger';

@Global()
@Module({
  providers: [
    {
      provide: ROOT_LOGGER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createRootLogger(config.logLevel),
    },
  ],
  exports: [ROOT_LOGGER],
})
export class LoggingModule {}
