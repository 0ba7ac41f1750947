import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/database/base.entity';
import { Thread } from '../threads/thread.entity';
import { User } from '../users/user.entity';
import { ArgumentOrigin, ArgumentStatus, Side } from './argument-enums';

/** One PRO or CON post in a thread's tree. Text is never deleted: status says who sees it. */
@ObjectType('Argument')
@Entity('arguments')
@Index('ix_arguments_children_new', ['threadId', 'parentId', 'side', 'createdAt', 'id'])
@Index('ix_arguments_children_top', ['threadId', 'parentId', 'score', 'id'])
@Index('ix_arguments_parent', ['parentId'])
@Index('ix_arguments_author', ['authorId'])
@Check(
  'ck_arguments_counts',
  `"pro_children_count" >= 0 AND "con_children_count" >= 0 AND "descendant_count" >= 0 AND "upvotes" >= 0 AND "downvotes" >= 0`,
)
@Check('ck_arguments_depth', `"depth" >= 0`)
@Check(
  'ck_arguments_quote',
  `("quote_start" IS NULL) = ("quote_end" IS NULL) AND ("quote_start" IS NULL OR "quote_start" < "quote_end")`,
)
export class ArgumentEntity extends BaseEntity {
  @Column({ type: 'uuid' })
  threadId: string;

  @ManyToOne(() => Thread, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Thread;

  @Field(() => ID, { nullable: true, description: 'Null for a direct PRO or CON of the motion' })
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => ArgumentEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: ArgumentEntity | null;

  /** Null for claims that came from the article or an import rather than a person. */
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: User | null;

  @Field(() => ArgumentOrigin)
  @Column({
    type: 'enum',
    enum: ArgumentOrigin,
    enumName: 'argument_origin',
    default: ArgumentOrigin.USER,
  })
  origin: ArgumentOrigin;

  @Field(() => Side, {
    description: 'For or against the parent (the motion, for top-level arguments)',
  })
  @Column({ type: 'enum', enum: Side, enumName: 'argument_side' })
  side: Side;

  @Field(() => Side, {
    description:
      'Whether this argument ends up supporting the motion, following the chain of sides',
  })
  @Column({ type: 'enum', enum: Side, enumName: 'argument_side' })
  stanceOnMotion: Side;

  @Field(() => Int, { description: '0 for arguments on the motion itself' })
  @Column({ type: 'integer' })
  depth: number;

  /** Ancestor IDs from the top-level argument down to the parent. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  ancestorIds: string[];

  /** The current text; readers get a placeholder while the argument is not visible. */
  @Column({ type: 'text' })
  body: string;

  /** `body` as HTML, rendered when it was written (see rendered-body.ts); null until rendered. */
  @Column({ type: 'text', nullable: true })
  renderedBody: string | null;

  /** The renderer version that rendered `renderedBody` (MARKDOWN_RENDERER_VERSION). */
  @Column({ type: 'smallint', nullable: true })
  renderedBodyVersion: number | null;

  @Field(() => ArgumentStatus)
  @Column({
    type: 'enum',
    enum: ArgumentStatus,
    enumName: 'argument_status',
    // eslint-disable-next-line no-restricted-syntax -- the status a post starts in, not a visibility test
    default: ArgumentStatus.PUBLISHED,
  })
  status: ArgumentStatus;

  @Column({ type: 'text', nullable: true })
  statusReason: string | null;

  /** A Kialo "-> See" link: this claim stands for another one in the same thread. */
  @Column({ type: 'uuid', nullable: true })
  linkedArgumentId: string | null;

  /** Set when a moderator marks this argument a duplicate of another in the thread. */
  @Column({ type: 'uuid', nullable: true })
  duplicateOfId: string | null;

  @Column({ type: 'integer', nullable: true })
  quoteStart: number | null;

  @Column({ type: 'integer', nullable: true })
  quoteEnd: number | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  proChildrenCount: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  conChildrenCount: number;

  @Field(() => Int, { description: 'Visible replies at any depth below this argument' })
  @Column({ type: 'integer', default: 0 })
  descendantCount: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  upvotes: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  downvotes: number;

  @Field(() => Int, { description: 'upvotes − downvotes' })
  @Column({ type: 'integer', default: 0 })
  score: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Support from both sides of the motion (the bridging model’s argument intercept); null until the argument has 5 votes and the thread’s model has been fitted',
  })
  @Column({ type: 'double precision', nullable: true })
  bridgingScore: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;
}
