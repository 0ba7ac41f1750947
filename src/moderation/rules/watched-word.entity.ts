import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/database/base.entity';
import { User } from '../../users/user.entity';
import { WatchedWordAction } from '../moderation-enums';

/** A word or phrase checked in every new or edited argument. Removal is soft. */
@ObjectType()
@Entity('watched_words')
export class WatchedWord extends BaseEntity {
  @Field()
  @Column({ type: 'varchar', length: 200 })
  pattern: string;

  @Field(() => WatchedWordAction)
  @Column({ type: 'enum', enum: WatchedWordAction, enumName: 'watched_word_action' })
  action: WatchedWordAction;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  removedById: string | null;
}
