import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/database/base.entity';
import { ArgumentEntity } from './argument.entity';

/**
 * A source an argument cites. When an edit replaces the sources, the old rows stay, attached to
 * the revision that keeps the earlier version (`revisionId`); current sources have none.
 */
@ObjectType('Source')
@Entity('argument_sources')
@Index('ix_argument_sources_argument', ['argumentId', 'position'])
@Index('ix_argument_sources_revision', ['revisionId'])
export class ArgumentSource extends BaseEntity {
  @Column({ type: 'uuid' })
  argumentId: string;

  @ManyToOne(() => ArgumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'argument_id' })
  argument?: ArgumentEntity;

  @Field(() => Int)
  @Column({ type: 'integer' })
  position: number;

  @Field()
  @Column({ type: 'varchar', length: 2048 })
  url: string;

  @Field()
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  excerpt: string | null;

  @Column({ type: 'uuid', nullable: true })
  revisionId: string | null;
}
