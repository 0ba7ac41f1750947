import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/database/base.entity';
import { User } from '../users/user.entity';
import { ArgumentEntity } from './argument.entity';
import { Side } from './argument-enums';

/** An earlier version of an argument, kept when it is edited. */
@ObjectType('ArgumentRevision')
@Entity('argument_revisions')
@Index('ix_argument_revisions_argument', ['argumentId', 'createdAt', 'id'])
export class ArgumentRevision extends BaseEntity {
  @Column({ type: 'uuid' })
  argumentId: string;

  @ManyToOne(() => ArgumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'argument_id' })
  argument?: ArgumentEntity;

  @Field({ description: 'The text as it was before the edit' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => Side)
  @Column({ type: 'enum', enum: Side, enumName: 'argument_side' })
  side: Side;

  /** Who made the edit that replaced this version. */
  @Column({ type: 'uuid', nullable: true })
  editorId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'editor_id' })
  editor?: User | null;
}
