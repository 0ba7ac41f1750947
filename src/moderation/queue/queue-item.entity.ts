import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { BaseEntity } from '../../common/database/base.entity';
import { Thread } from '../../threads/thread.entity';
import { User } from '../../users/user.entity';
import { QueueItemKind, QueueItemStatus } from '../moderation-enums';
import { ModAction } from '../../audit/audit-enums';

/** Something waiting for a moderator. Resolved items stay, with who resolved them and how. */
@ObjectType()
@Entity('moderation_queue_items')
@Index('uq_queue_open_argument', ['kind', 'argumentId'], {
  unique: true,
  where: `"status" = 'OPEN' AND "argument_id" IS NOT NULL`,
})
@Index('uq_queue_open_appeal', ['appealId'], {
  unique: true,
  where: `"status" = 'OPEN' AND "appeal_id" IS NOT NULL`,
})
@Index('ix_queue_status_created', ['status', 'createdAt', 'id'])
export class QueueItem extends BaseEntity {
  @Field(() => QueueItemKind)
  @Column({ type: 'enum', enum: QueueItemKind, enumName: 'queue_item_kind' })
  kind: QueueItemKind;

  @Field(() => QueueItemStatus)
  @Column({
    type: 'enum',
    enum: QueueItemStatus,
    enumName: 'queue_item_status',
    default: QueueItemStatus.OPEN,
  })
  status: QueueItemStatus;

  @Column({ type: 'uuid', nullable: true })
  threadId: string | null;

  @ManyToOne(() => Thread, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread | null;

  @Column({ type: 'uuid', nullable: true })
  argumentId: string | null;

  @ManyToOne(() => ArgumentEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'argument_id' })
  argument?: ArgumentEntity | null;

  @Column({ type: 'uuid', nullable: true })
  appealId: string | null;

  @Field(() => Float, {
    description: 'Summed weight of the open reports; a fixed weight for other kinds',
  })
  @Column({ type: 'double precision', default: 0 })
  weight: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  reportCount: number;

  @Field(() => String, {
    nullable: true,
    description: 'For a seeded claim: the suggested side, its confidence, who holds it and why',
  })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  claimedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claimed_by_id' })
  claimedBy?: User | null;

  @Field(() => Date, { nullable: true, description: 'The claim lapses at this time' })
  @Column({ type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Field(() => ModAction, { nullable: true })
  @Column({ type: 'enum', enum: ModAction, enumName: 'mod_action', nullable: true })
  resolution: ModAction | null;
}
