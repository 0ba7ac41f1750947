import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/database/base.entity';
import { User } from '../../users/user.entity';

/** A private note moderators keep about a person (never shown to the person or to readers). */
@ObjectType()
@Entity('moderator_notes')
@Index('ix_moderator_notes_user', ['userId', 'createdAt', 'id'])
export class ModeratorNote extends BaseEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: User;

  @Field()
  @Column({ type: 'text' })
  body: string;
}
