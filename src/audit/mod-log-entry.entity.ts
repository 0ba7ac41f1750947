import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/database/base.entity';
import { ModAction, ModTargetType } from './audit-enums';

/** One moderator or admin action (or an automatic hide), kept forever. */
@ObjectType()
@Entity('mod_log')
@Index('ix_mod_log_created', ['createdAt', 'id'])
@Index('ix_mod_log_thread', ['threadId', 'createdAt'])
@Index('ix_mod_log_target', ['targetId'])
@Index('ix_mod_log_target_user', ['targetUserId', 'action'])
export class ModLogEntry extends BaseEntity {
  /** Null for automatic actions (hiding on report weight). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  // Named, not imported: the log is a leaf that every feature writes to, so it imports none.
  @ManyToOne('User', { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: { id: string } | null;

  @Field(() => ModAction)
  @Column({ type: 'enum', enum: ModAction, enumName: 'mod_action' })
  action: ModAction;

  @Field(() => ModTargetType)
  @Column({ type: 'enum', enum: ModTargetType, enumName: 'mod_target_type' })
  targetType: ModTargetType;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  targetId: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  threadId: string | null;

  /** The account the action affected (an argument's author, a suspended user). */
  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  targetUserId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'e.g. the new parent, the slow-mode seconds',
  })
  @Column({ type: 'text', nullable: true })
  details: string | null;

  /** Text before and after, where the action changed text (admins only). */
  @Column({ type: 'text', nullable: true })
  before: string | null;

  @Column({ type: 'text', nullable: true })
  after: string | null;

  @Field(() => Date, { nullable: true, description: 'When a timed action ends' })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;
}
