import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { retryOnConflict } from '../common/database/retry-on-conflict';
import { MARKDOWN_RENDERER_VERSION, renderMarkdown } from '../common/markdown/render-markdown';
import { JOB_QUEUE, JobQueue } from '../jobs/job-queue';

export const RENDER_BODIES_JOB = 'render-bodies';
const BATCH = 200;

/**
 * Renders again, in the background, every argument whose stored HTML an older renderer made (or
 * none yet: rows from before the column). Owed at every start through the durable job queue, keyed
 * by the renderer version, so instances starting together owe one run, and a run cut short by a
 * crash or a deploy is retried; each batch commits on its own, so a retry resumes where it
 * stopped. Readers never wait for it: until a row is done, its HTML is rendered on read.
 */
@Injectable()
export class StoredHtmlRenderer implements OnApplicationBootstrap {
  private readonly logger = new Logger(StoredHtmlRenderer.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.work(RENDER_BODIES_JOB, () => this.renderStale().then(() => undefined));
    await this.queue.send(RENDER_BODIES_JOB, `v${MARKDOWN_RENDERER_VERSION}`, { delayMs: 0 });
  }

  /** Renders every stale row, a batch per transaction; returns how many. */
  async renderStale(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await retryOnConflict(() => this.renderBatch());
      if (n === 0) break;
      total += n;
    }
    if (total > 0) this.logger.log(`Rendered ${total} arguments' HTML again`);
    return total;
  }

  private renderBatch(): Promise<number> {
    return this.dataSource.transaction((manager) => renderStaleBatch(manager, BATCH));
  }
}

/**
 * Renders up to `limit` stale rows (older renderer, or never rendered) in the caller's
 * transaction; returns how many. Only older versions: an instance still running an older
 * renderer during a rolling deploy never undoes a newer one's work (it renders on read instead).
 */
export async function renderStaleBatch(manager: EntityManager, limit: number): Promise<number> {
  const rows: { id: string; body: string }[] = await manager.query(
    `SELECT id, body FROM arguments
     WHERE rendered_body_version IS NULL OR rendered_body_version < $1
     ORDER BY id LIMIT $2 FOR UPDATE`,
    [MARKDOWN_RENDERER_VERSION, limit],
  );
  if (rows.length === 0) return 0;
  await manager.query(
    `UPDATE arguments a SET rendered_body = r.html, rendered_body_version = $1
     FROM unnest($2::uuid[], $3::text[]) AS r(id, html) WHERE a.id = r.id`,
    [MARKDOWN_RENDERER_VERSION, rows.map((r) => r.id), rows.map((r) => renderMarkdown(r.body))],
  );
  return rows.length;
}
