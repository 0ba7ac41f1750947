import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/database/base.entity';
import { Thread } from '../../threads/thread.entity';
import { User } from '../../users/user.entity';
import { Stance } from './stance.enum';

/** One entry of a user's stance history on a thread (append-only). */
@ObjectType()
@Entity('stance_changes')
@Index('ix_stance_changes_user_thread', ['userId', 'threadId', 'createdAt'])
export class StanceChange extends BaseEntity {
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

  @Field(() => Stance, { nullable: true, description: 'Null for the first stance taken' })
  @Column({ type: 'enum', enum: Stance, enumName: 'stance', nullable: true })
  fromStance: Stance | null;

  @Field(() => Stance)
  @Column({ type: 'enum', enum: Stance, enumName: 'stance' })
  stance: Stance;
}
