import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/database/base.entity';
import { User } from '../users/user.entity';
import { NotificationKind } from './notification-kind';

/**
 * Something a person should learn about what happened to their posts, reports or account.
 * Written in the same transaction as the action that causes it; marked read, never deleted.
 */
@ObjectType()
@Entity('notifications')
@Index('ix_notifications_recipient', ['recipientId', 'createdAt', 'id'])
@Index('ix_notifications_unread', ['recipientId'], { where: '"read_at" IS NULL' })
export class Notification extends BaseEntity {
  @Column({ type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: User;

  @Field(() => NotificationKind)
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Field({
    description: 'What happened, in words (with the moderator’s reason where there is one)',
  })
  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'uuid', nullable: true })
  argumentId: string | null;

  @Column({ type: 'uuid', nullable: true })
  threadId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
