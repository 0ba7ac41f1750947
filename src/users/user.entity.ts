import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/database/base.entity';
import { Role } from '../common/auth/role.enum';

@ObjectType({ description: 'A public profile' })
@Entity('users')
@Index('uq_users_username_lower', { synchronize: false })
@Index('uq_users_email_lower', { synchronize: false })
export class User extends BaseEntity {
  @Field()
  @Column({ type: 'varchar', length: 32 })
  username: string;

  /** Private: never on a public GraphQL type. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** Private: argon2id hash. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'user_role', default: Role.USER })
  role: Role;

  @Column({ type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;

  /** Null with suspendedAt set means a permanent suspension. */
  @Column({ type: 'timestamptz', nullable: true })
  suspendedUntil: Date | null;

  @Column({ type: 'text', nullable: true })
  suspensionReason: string | null;

  @Field(() => Int, { description: 'Upvotes minus downvotes received on this user’s arguments' })
  @Column({ type: 'integer', default: 0 })
  reputation: number;

  isSuspended(now = new Date()): boolean {
    if (!this.suspendedAt) return false;
    return this.suspendedUntil === null || this.suspendedUntil > now;
  }
}

/** `User.isSuspended` as an SQL condition on the users row aliased `u`, for statements that check it. */
export const notSuspendedSql = (u: string): string =>
  `(${u}.suspended_at IS NULL OR ${u}.suspended_until <= now())`;
