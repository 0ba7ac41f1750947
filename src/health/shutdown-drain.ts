import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';

/**
 * On shutdown (SIGTERM), keeps serving for SHUTDOWN_DRAIN_MS while /health answers 503, so a
 * load balancer stops sending new requests before the server stops accepting them. Nest runs
 * this hook before it closes the HTTP server.
 */
@Injectable()
export class ShutdownDrain implements OnModuleDestroy {
  private readonly logger = new Logger(ShutdownDrain.name);
  draining = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleDestroy(): Promise<void> {
    const ms = this.config.shutdownDrainMs;
    if (ms <= 0) return;
    this.draining = true;
    this.logger.log(`Draining for ${ms} ms before shutting down`);
    await new Promise((r) => setTimeout(r, ms));
  }
}
