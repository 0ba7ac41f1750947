import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { EntityManager } from 'typeorm';
import { TrustLevel } from '../moderation-enums';
import { reportWeight } from '../reports/report-weight';

/** How a person's reports have fared, and what their next report would weigh. */
@ObjectType({ description: 'A reporter’s record, for moderators (docs/MODERATION-OUTCOMES.md)' })
export class ReporterAccuracy {
  @Field(() => Int, { description: 'Reports filed, open or closed' })
  filed: number;

  @Field(() => Int)
  open: number;

  @Field(() => Int, { description: 'Moderators agreed and acted' })
  upheld: number;

  @Field(() => Int, { description: 'Moderators disagreed (or the removal was reversed)' })
  dismissed: number;

  @Field(() => Int, { description: 'Closed without a judgement; counts neither way' })
  ignored: number;

  @Field(() => Float, {
    description: 'upheld ÷ (upheld + dismissed), null before any judged report',
    nullable: true,
  })
  accuracy: number | null;

  @Field(() => Float, { description: 'What their next report weighs' })
  weight: number;
}

export interface ReportCounts {
  reporter_id: string;
  filed: number;
  open: number;
  upheld: number;
  dismissed: number;
  ignored: number;
}

/** Report counts per reporter, for many reporters in one statement. */
export function reportCounts(
  manager: EntityManager,
  reporterIds: readonly string[],
): Promise<ReportCounts[]> {
  return manager.query(
    `SELECT reporter_id, count(*)::int AS filed,
            count(*) FILTER (WHERE status = 'OPEN')::int AS open,
            count(*) FILTER (WHERE status = 'UPHELD')::int AS upheld,
            count(*) FILTER (WHERE status = 'DISMISSED')::int AS dismissed,
            count(*) FILTER (WHERE status = 'IGNORED')::int AS ignored
     FROM reports WHERE reporter_id = ANY($1::uuid[]) GROUP BY reporter_id`,
    [[...reporterIds]],
  );
}

/** The record and resulting weight (the same formula a new report uses). */
export function accuracyOf(
  counts: Omit<ReportCounts, 'reporter_id'> | undefined,
  trustLevel: TrustLevel,
  isModerator: boolean,
): ReporterAccuracy {
  const c = counts ?? { filed: 0, open: 0, upheld: 0, dismissed: 0, ignored: 0 };
  const judged = c.upheld + c.dismissed;
  return {
    filed: c.filed,
    open: c.open,
    upheld: c.upheld,
    dismissed: c.dismissed,
    ignored: c.ignored,
    accuracy: judged > 0 ? c.upheld / judged : null,
    weight: reportWeight({ upheld: c.upheld, dismissed: c.dismissed, trustLevel, isModerator }),
  };
}
