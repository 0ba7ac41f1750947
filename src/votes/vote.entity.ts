import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/database/base.entity';
import { ArgumentEntity } from '../arguments/argument.entity';
import { User } from '../users/user.entity';

/** One user's vote on one argument; the database allows no second row for the pair. */
@Entity('votes')
@Index('uq_votes_user_argument', ['userId', 'argumentId'], { unique: true })
@Index('ix_votes_argument', ['argumentId'])
@Check('ck_votes_value', `"value" IN (-1, 1)`)
export class Vote extends BaseEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'uuid' })
  argumentId: string;

  @ManyToOne(() => ArgumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'argument_id' })
  argument?: ArgumentEntity;

  /** +1 for UP, −1 for DOWN; withdrawing a vote deletes the row. */
  @Column({ type: 'smallint' })
  value: number;
}
