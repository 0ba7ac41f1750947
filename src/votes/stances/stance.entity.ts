import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/database/base.entity';
import { Thread } from '../../threads/thread.entity';
import { User } from '../../users/user.entity';
import { Stance } from './stance.enum';

/** A user's current stance on a thread's motion: one row per user and thread. */
@Entity('stances')
@Index('uq_stances_user_thread', ['userId', 'threadId'], { unique: true })
@Index('ix_stances_thread', ['threadId'])
export class StanceEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => Thread, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  @Column({ type: 'enum', enum: Stance, enumName: 'stance' })
  stance: Stance;

  /** The first AGREE or DISAGREE this user took here; a later opposite one is a changed mind. */
  @Column({ type: 'enum', enum: Stance, enumName: 'stance', nullable: true })
  firstDecided: Stance | null;
}
