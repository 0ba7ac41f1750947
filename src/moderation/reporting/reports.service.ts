import { Inject, Injectable } from '@nestjs/common';
import { retryOnConflict } from '../../common/database/retry-on-conflict';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { badInput, forbidden, notFound } from '../../common/errors/app-errors';
import { findById } from '../../common/database/find-by-id';
import { ArgumentStatus } from '../../arguments/argument-enums';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { existsFor, isVisible } from '../../arguments/argument-visibility';
import { ArgumentLifecycle } from '../../arguments/argument-lifecycle.service';
import { isModerator } from '../../common/auth/role.enum';
import { User } from '../../users/user.entity';
import { ReportReason, TrustLevel } from '../moderation-enums';
import { ThreadActivityKind } from '../../realtime/dto/thread-activity.model';
import { ThreadEvents } from '../../realtime/thread-events';
import { PostingGate } from '../rules/posting-gate.service';
import { TrustService } from '../rules/trust.service';
import { ReportInput, ReportPayload } from './dto/report.input';
import { fileReport } from '../reports/file-report';
import { reportWeight } from '../reports/report-weight';
import { threadIdOf } from '../../arguments/thread-of';
import { ThreadsService } from '../../threads/threads.service';
import { ThreadBansService } from '../../threads/thread-bans.service';

/** What can be reported: the visible argument, and one hidden while its reports are reviewed. */
// eslint-disable-next-line no-restricted-syntax -- a list of statuses, not a visibility test
const REPORTABLE = [ArgumentStatus.PUBLISHED, ArgumentStatus.HIDDEN];

@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: PostingGate,
    private readonly trust: TrustService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: ThreadEvents,
    private readonly lifecycle: ArgumentLifecycle,
    private readonly threads: ThreadsService,
    private readonly bans: ThreadBansService,
  ) {}

  /** Files or updates the actor's report; the argument is hidden once reports weigh enough. */
  async report(actor: User, input: ReportInput): Promise<ReportPayload> {
    assertReasonDetails(input);
    const level = await this.trust.levelOf(actor);
    let wasVisible = false;
    const payload = await this.gate.limited(
      actor,
      'report',
      () =>
        retryOnConflict(() =>
          this.dataSource.transaction(async (manager) => {
            // The thread before the argument (the lock order); its ban is checked below.
            const threadId = await threadIdOf(manager, input.argumentId);
            if (threadId) await this.threads.lockShared(manager, threadId);
            const argument = await findById(manager, ArgumentEntity, input.argumentId, {
              lock: true,
            });
            // A held post does not exist for anyone but its author and moderators.
            if (!argument || !existsFor(argument, { userId: actor.id, role: actor.role }))
              throw notFound('Argument', input.argumentId);
            await this.bans.assertNotBanned(manager, actor.id, argument.threadId);
            if (argument.authorId === actor.id)
              throw forbidden('You cannot report your own argument');
            if (!REPORTABLE.includes(argument.status)) {
              throw badInput('argumentId', 'Only published arguments can be reported');
            }
            if (input.duplicateOfId) {
              const original = await findById(manager, ArgumentEntity, input.duplicateOfId);
              if (
                !original ||
                original.threadId !== argument.threadId ||
                original.id === argument.id
              ) {
                throw badInput(
                  'duplicateOfId',
                  'duplicateOfId must be another argument in the same thread',
                );
              }
            }
            const [record]: { upheld: number; dismissed: number }[] = await manager.query(
              `SELECT count(*) FILTER (WHERE status = 'UPHELD')::int AS upheld,
                count(*) FILTER (WHERE status = 'DISMISSED')::int AS dismissed
         FROM reports WHERE reporter_id = $1 AND argument_id <> $2`,
              [actor.id, argument.id],
            );
            wasVisible = isVisible(argument);
            const weight = reportWeight({
              ...record,
              trustLevel: level,
              isModerator: isModerator(actor),
            });
            const author = argument.authorId
              ? await findById(manager, User, argument.authorId)
              : null;
            const authorEstablished =
              !!author && (await this.trust.levelOf(author, manager)) !== TrustLevel.NEW;
            const report = await fileReport(
              manager,
              {
                argument,
                reporterId: actor.id,
                ...input,
                weight,
                reporterNew: level === TrustLevel.NEW && !isModerator(actor),
                authorEstablished,
              },
              {
                threshold: this.config.moderation.reportHideThreshold,
                lifecycle: this.lifecycle,
              },
            );
            return { report, argument };
          }),
        ),
      level,
    );
    // Reports themselves are private; readers only learn that the argument was hidden.
    const { argument } = payload;
    if (wasVisible && !isVisible(argument)) {
      this.events.publish(argument.threadId, ThreadActivityKind.ARGUMENT_WITHDRAWN, argument.id);
    }
    return payload;
  }
}

/** Each reason's required detail, and no detail that belongs to another reason. */
function assertReasonDetails(input: ReportInput): void {
  const { reason } = input;
  if (reason === ReportReason.FALLACY && !input.fallacy) {
    throw badInput('fallacy', 'Name the fallacy when the reason is FALLACY');
  }
  if (reason !== ReportReason.FALLACY && input.fallacy) {
    throw badInput('fallacy', 'fallacy only goes with the reason FALLACY');
  }
  if (reason === ReportReason.DUPLICATE && !input.duplicateOfId) {
    throw badInput('duplicateOfId', 'Give the original argument when the reason is DUPLICATE');
  }
  if (reason !== ReportReason.DUPLICATE && input.duplicateOfId) {
    throw badInput('duplicateOfId', 'duplicateOfId only goes with the reason DUPLICATE');
  }
  if (reason === ReportReason.OTHER && !input.note?.trim()) {
    throw badInput('note', 'Explain the report in a note when the reason is OTHER');
  }
}
