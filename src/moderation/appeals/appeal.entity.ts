import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { BaseEntity } from '../../common/database/base.entity';
import { User } from '../../users/user.entity';
import { AppealStatus } from '../moderation-enums';

/** An author's appeal of a removal, or a user's of a suspension: one per decision. */
@ObjectType()
@Entity('appeals')
@Index('uq_appeals_argument', ['appellantId', 'argumentId'], {
  unique: true,
  where: `"argument_id" IS NOT NULL`,
})
@Index('uq_appeals_suspension', ['appellantId', 'suspendedAt'], {
  unique: true,
  where: `"suspended_at" IS NOT NULL`,
})
export class Appeal extends BaseEntity {
  @Column({ type: 'uuid' })
  appellantId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'appellant_id' })
  appellant?: User;

  /** The removed argument, for a removal appeal. */
  @Column({ type: 'uuid', nullable: true })
  argumentId: string | null;

  @ManyToOne(() => ArgumentEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'argument_id' })
  argument?: ArgumentEntity | null;

  /** Which suspension, for a suspension appeal. */
  @Column({ type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;

  /** The moderator whose decision is appealed; they may not decide the appeal. */
  @Column({ type: 'uuid', nullable: true })
  actedById: string | null;

  @Field()
  @Column({ type: 'text' })
  message: string;

  @Field(() => AppealStatus)
  @Column({
    type: 'enum',
    enum: AppealStatus,
    enumName: 'appeal_status',
    default: AppealStatus.OPEN,
  })
  status: AppealStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
