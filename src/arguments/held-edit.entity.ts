import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/database/base.entity';
import { User } from '../users/user.entity';
import { ArgumentEntity } from './argument.entity';
import { Side } from './argument-enums';

export enum HeldEditStatus {
  /** Waiting for a moderator; readers still see the published version. */
  WAITING = 'WAITING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** The argument was withdrawn or removed before a moderator decided. */
  DROPPED = 'DROPPED',
}
registerEnumType(HeldEditStatus, { name: 'HeldEditStatus' });

/** A cited source as an edit proposes it (stored with the edit until it is approved). */
@ObjectType('ProposedSource')
export class ProposedSource {
  @Field()
  url: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  excerpt: string | null;
}

/**
 * An author's edit that waits for a moderator (pre-moderation, a REQUIRE_APPROVAL word, or open
 * reports on the argument). The argument keeps its published text until the edit is approved;
 * a rejected edit stays here, with the reason, as part of the argument's history.
 */
@ObjectType('HeldEdit')
@Entity('argument_held_edits')
@Index('uq_held_edit_waiting', ['argumentId'], { unique: true, where: `"status" = 'WAITING'` })
export class HeldEdit extends BaseEntity {
  @Column({ type: 'uuid' })
  argumentId: string;

  @ManyToOne(() => ArgumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'argument_id' })
  argument?: ArgumentEntity;

  @Column({ type: 'uuid' })
  editorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'editor_id' })
  editor?: User;

  @Field({ description: 'The proposed text' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => Side, { description: 'The proposed side' })
  @Column({ type: 'enum', enum: Side, enumName: 'argument_side' })
  side: Side;

  @Field(() => [ProposedSource], {
    nullable: true,
    description: 'The proposed sources; null when the edit keeps the current ones',
  })
  @Column({ type: 'jsonb', nullable: true })
  sources: ProposedSource[] | null;

  @Field(() => HeldEditStatus)
  @Column({
    type: 'enum',
    enum: HeldEditStatus,
    enumName: 'held_edit_status',
    default: HeldEditStatus.WAITING,
  })
  status: HeldEditStatus;

  @Field({ description: 'Why the edit waits for a moderator' })
  @Column({ type: 'text' })
  heldReason: string;

  @Field(() => String, { nullable: true, description: 'Why a moderator turned it down' })
  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: User | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
