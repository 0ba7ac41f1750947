import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/database/base.entity';
import { User } from '../users/user.entity';
import { Thread } from './thread.entity';

/**
 * A moderator's ban of one person from one thread: no posting, editing, voting, stance or
 * reporting there while it applies (until `expiresAt`, or until lifted). Never deleted.
 */
@ObjectType({
  description: 'A ban of one person from one thread (see docs/MODERATION-OUTCOMES.md)',
})
@Entity('thread_bans')
@Index('ix_thread_bans_thread_user', ['threadId', 'userId'])
@Index('ix_thread_bans_user', ['userId', 'createdAt', 'id'])
export class ThreadBan extends BaseEntity {
  @Column({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => Thread, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'uuid' })
  bannedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'banned_by_id' })
  bannedBy?: User;

  @Field()
  @Column({ type: 'text' })
  reason: string;

  @Field(() => Date, { nullable: true, description: 'Null: until lifted' })
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  liftedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  liftedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lifted_by_id' })
  liftedBy?: User;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  liftReason: string | null;

  /** Whether it applies at `now` (not lifted, not expired): compared on read, no job ends it. */
  isActive(now = new Date()): boolean {
    return !this.liftedAt && (!this.expiresAt || this.expiresAt > now);
  }
}
