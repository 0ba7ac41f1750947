import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/database/base.entity';
import { User } from '../users/user.entity';
import type { ThreadArticle } from './thread-articles';
import { ThreadStatus } from './thread-status.enum';

/** A debate on one motion, optionally seeded from an article. Counters change with their rows. */
@ObjectType()
@Entity('threads')
@Index('ix_threads_new', ['createdAt', 'id'])
@Index('ix_threads_active', ['lastActivityAt', 'id'])
@Index('ix_threads_most_argued', ['argumentCount', 'id'])
@Index('ix_threads_article', ['articleId'])
@Index('ix_threads_tags', { synchronize: false })
@Index('ix_threads_search', { synchronize: false })
@Check(
  'ck_threads_counts',
  `"argument_count" >= 0 AND "pro_count" >= 0 AND "con_count" >= 0 AND "participant_count" >= 0`,
)
@Check(
  'ck_threads_stance_counts',
  `"slow_mode_seconds" >= 0 AND "agree_count" >= 0 AND "disagree_count" >= 0 AND "undecided_count" >= 0 AND "changed_to_agree_count" >= 0 AND "changed_to_disagree_count" >= 0`,
)
export class Thread extends BaseEntity {
  /** Exposed through ThreadsResolver, which masks CENSOR words for readers (so are the next two). */
  @Column({ type: 'varchar', length: 300 })
  motion: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => ThreadStatus)
  @Column({
    type: 'enum',
    enum: ThreadStatus,
    enumName: 'thread_status',
    default: ThreadStatus.OPEN,
  })
  status: ThreadStatus;

  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'uuid', nullable: true })
  articleId: string | null;

  // By entity name: articles/ sits above threads (it opens them), so threads do not import it.
  @ManyToOne('Article', { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'article_id' })
  article?: ThreadArticle | null;

  @Column({ type: 'uuid' })
  creatorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'creator_id' })
  creator?: User;

  @Field(() => Int, { description: 'Visible arguments at any depth' })
  @Column({ type: 'integer', default: 0 })
  argumentCount: number;

  @Field(() => Int, { description: 'Visible arguments whose stance on the motion is PRO' })
  @Column({ type: 'integer', default: 0 })
  proCount: number;

  @Field(() => Int, { description: 'Visible arguments whose stance on the motion is CON' })
  @Column({ type: 'integer', default: 0 })
  conCount: number;

  @Field(() => Int, { description: 'Distinct people who have posted' })
  @Column({ type: 'integer', default: 0 })
  participantCount: number;

  @Field()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  @Field(() => Int, {
    description: 'Minimum seconds between one person’s posts here; 0 when slow mode is off',
  })
  @Column({ type: 'integer', default: 0 })
  slowModeSeconds: number;

  /** Stance counters, kept by StancesService; exposed through `stances` and `balance`. */
  @Column({ type: 'integer', default: 0 })
  agreeCount: number;

  @Column({ type: 'integer', default: 0 })
  disagreeCount: number;

  @Column({ type: 'integer', default: 0 })
  undecidedCount: number;

  /** People whose current stance is AGREE after first taking DISAGREE. */
  @Column({ type: 'integer', default: 0 })
  changedToAgreeCount: number;

  /** People whose current stance is DISAGREE after first taking AGREE. */
  @Column({ type: 'integer', default: 0 })
  changedToDisagreeCount: number;

  /** Full-text document over motion, description and article title (kept by the service). */
  @Column({ type: 'tsvector', nullable: true, select: false })
  searchVector?: string | null;
}
