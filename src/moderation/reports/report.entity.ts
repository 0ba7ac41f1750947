import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { BaseEntity } from '../../common/database/base.entity';
import { User } from '../../users/user.entity';
import { Fallacy, ReportReason, ReportStatus } from '../moderation-enums';

/**
 * One user's report of one argument (a second report by the same user updates the first).
 * Only moderators see reports: they reach the API through the moderation queue alone.
 */
@ObjectType()
@Entity('reports')
@Index('uq_reports_reporter_argument', ['reporterId', 'argumentId'], { unique: true })
@Index('ix_reports_argument_status', ['argumentId', 'status'])
@Check('ck_reports_weight', `"weight" >= 0`)
export class Report extends BaseEntity {
  @Column({ type: 'uuid' })
  argumentId: string;

  @ManyToOne(() => ArgumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'argument_id' })
  argument?: ArgumentEntity;

  /** Null for automatic reports (a FLAG watched word). */
  @Column({ type: 'uuid', nullable: true })
  reporterId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: User | null;

  @Field(() => ReportReason)
  @Column({ type: 'enum', enum: ReportReason, enumName: 'report_reason' })
  reason: ReportReason;

  @Field(() => Fallacy, { nullable: true })
  @Column({ type: 'enum', enum: Fallacy, enumName: 'fallacy', nullable: true })
  fallacy: Fallacy | null;

  @Column({ type: 'uuid', nullable: true })
  duplicateOfId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** The argument's text when it was reported (a guarded field: see ReportsResolver). */
  @Column({ type: 'text' })
  snapshot: string;

  @Field(() => Float, { description: 'How much this report counts (see docs/MODERATION.md)' })
  @Column({ type: 'double precision' })
  weight: number;

  /** Filed by an account that was still NEW: counts for less towards hiding (see fileReport). */
  @Column({ type: 'boolean', default: false })
  reporterNew: boolean;

  @Field(() => ReportStatus)
  @Column({
    type: 'enum',
    enum: ReportStatus,
    enumName: 'report_status',
    default: ReportStatus.OPEN,
  })
  status: ReportStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}
