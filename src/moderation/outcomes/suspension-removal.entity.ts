import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/database/base.entity';
import { ArgumentStatus } from '../../arguments/argument-enums';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { User } from '../../users/user.entity';

/**
 * One argument a suspension-with-removal took down: which suspension (the account and its
 * `suspended_at`, as appeals name it), the status it had, and the REMOVE log entry. Lifting that
 * suspension restores it only while that entry is still the last word on the argument.
 */
@Entity('suspension_removals')
@Index('ix_suspension_removals_suspension', ['userId', 'suspendedAt'])
export class SuspensionRemoval extends BaseEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'timestamptz' })
  suspendedAt: Date;

  @Column({ type: 'uuid' })
  argumentId: string;

  @ManyToOne(() => ArgumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'argument_id' })
  argument?: ArgumentEntity;

  @Column({ type: 'enum', enum: ArgumentStatus, enumName: 'argument_status' })
  statusBefore: ArgumentStatus;

  /** The REMOVE entry in mod_log this removal wrote. */
  @Column({ type: 'uuid' })
  removalLogId: string;

  @Column({ type: 'timestamptz', nullable: true })
  restoredAt: Date | null;
}
