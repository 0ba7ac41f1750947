import { Module } from '@nestjs/common';
import { StoredHtmlRenderer } from './stored-html-renderer.service';

/**
 * The start-up re-render of stored HTML. Apart from ArgumentsModule because only a server owes
 * it: terminal commands load ArgumentsModule without the job queue, and must not start the job.
 */
@Module({
  providers: [StoredHtmlRenderer],
  exports: [StoredHtmlRenderer],
})
export class StoredHtmlModule {}
