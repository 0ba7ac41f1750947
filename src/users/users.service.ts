import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { GraphQLError } from 'graphql';
import { APP_CONFIG } from '../config/config.module';
import { ConfigError, type AppConfig } from '../config/app-config';
import { AppError, conflict, forbidden, notFound } from '../common/errors/app-errors';
import { uniqueViolation } from '../common/database/unique-violation';
import { findById } from '../common/database/find-by-id';
import { withStartupLock } from '../common/database/startup-lock';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { PasswordService } from './password.service';
import { checkNewAccount } from './account-rules';
import { Role } from '../common/auth/role.enum';
import { recordModAction } from '../audit/record-mod-action';
import { ModAction, ModTargetType } from '../audit/audit-enums';
import { User } from './user.entity';
import { addReputation, voteReputationSql } from './counters/reputation';

export interface NewUser {
  username: string;
  /** Absent: `<username>@localhost` (accounts made from the terminal or the configuration). */
  email?: string;
  password: string;
  role?: Role;
}

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return findById(manager, User, id);
  }

  /** An account's e-mail, which the reads made for every request leave out. */
  async emailOf(id: string): Promise<string> {
    const [row]: { email: string }[] = await this.dataSource.query(
      `SELECT email FROM users WHERE id = $1`,
      [id],
    );
    return row.email;
  }

  /** Batches profile look-ups made while resolving one request. */
  load(loaders: RequestLoaders, id: string): Promise<User | null> {
    return loaders.byId(this.dataSource.manager, User, id);
  }

  /**
   * Starts (with the fields) or ends (null) a suspension, in the moderator's transaction; the
   * moderation module decides and logs it.
   */
  async setSuspension(
    manager: EntityManager,
    user: User,
    suspension: Pick<User, 'suspendedAt' | 'suspendedUntil' | 'suspensionReason'> | null,
  ): Promise<User> {
    const fields = suspension ?? {
      suspendedAt: null,
      suspendedUntil: null,
      suspensionReason: null,
    };
    await manager.update(User, { id: user.id }, fields);
    return Object.assign(user, fields);
  }

  /** Votes on the user's arguments moved their reputation, in the vote's transaction. */
  addReputation(manager: EntityManager, userId: string, delta: number): Promise<void> {
    return addReputation(manager, userId, delta);
  }

  /** A vote's reputation update as a CTE body: `delta` names a CTE of (author_id, up, down). */
  voteReputationSql(delta: string): string {
    return voteReputationSql(delta);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureConfiguredAdmin();
  }

  findByUsername(username: string): Promise<User | null> {
    return this.dataSource.manager
      .createQueryBuilder(User, 'u')
      .where('lower(u.username) = lower(:username)', { username })
      .getOne();
  }

  /** Sign-in accepts a username or an email, both case-insensitive. */
  findByLogin(login: string): Promise<User | null> {
    return this.dataSource.manager
      .createQueryBuilder(User, 'u')
      .where('lower(u.username) = lower(:login) OR lower(u.email) = lower(:login)', { login })
      .getOne();
  }

  async create(input: NewUser): Promise<User> {
    checkNewAccount({ username: input.username, email: input.email, password: input.password });
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.dataSource.manager.save(
        this.dataSource.manager.create(User, {
          username: input.username,
          email: input.email?.trim() ?? `${input.username.toLowerCase()}@localhost`,
          passwordHash,
          role: input.role ?? Role.USER,
        }),
      );
    } catch (e) {
      const violation = uniqueViolation(e);
      if (violation) {
        if (violation.constraint.includes('email'))
          throw conflict('That email is already registered', 'email');
        throw conflict('That username is taken', 'username');
      }
      throw e;
    }
  }

  /** Admins grant and revoke roles; an admin cannot demote themself (someone must stay admin). */
  async setRole(actor: User, userId: string, role: Role): Promise<User> {
    const user = await this.findById(userId);
    if (!user) throw notFound('User', userId);
    if (user.id === actor.id && role !== Role.ADMIN)
      throw forbidden('You cannot remove your own admin role');
    // Like suspensions, no admin acts on another admin's account (the CLI can: user:set-role).
    if (user.role === Role.ADMIN && user.id !== actor.id)
      throw forbidden('An admin cannot change another admin’s role');
    if (user.role === role) return user;
    const before = user.role;
    return this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { role });
      await recordModAction(manager, {
        actorId: actor.id,
        action: ModAction.SET_ROLE,
        targetType: ModTargetType.USER,
        targetId: user.id,
        targetUserId: user.id,
        details: `${before} → ${role}`,
      });
      return Object.assign(user, { role });
    });
  }

  /**
   * `npm run cli -- user:set-role`: whoever runs the server may change any role, an admin's
   * included. Logged like an admin's change, with no acting account and "terminal" in details.
   */
  async setRoleFromTerminal(username: string, role: Role): Promise<{ user: User; before: Role }> {
    const user = await this.findByUsername(username);
    if (!user) throw new AppError('NOT_FOUND', `No user named ${username}`);
    const before = user.role;
    if (before === role) return { user, before };
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { role });
      await recordModAction(manager, {
        actorId: null,
        action: ModAction.SET_ROLE,
        targetType: ModTargetType.USER,
        targetId: user.id,
        targetUserId: user.id,
        details: `${before} → ${role} (from the terminal)`,
      });
    });
    return { user: Object.assign(user, { role }), before };
  }

  /**
   * Creates the first admin from ADMIN_USERNAME/ADMIN_PASSWORD when that account does not exist.
   * Under the start-up lock, so instances starting together create it once.
   */
  async ensureConfiguredAdmin(): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    // Sign-up's rules, told as a setting to fix rather than as a request error.
    try {
      checkNewAccount(admin);
    } catch (e) {
      const field = String((e as GraphQLError).extensions.field);
      throw new ConfigError(
        `Invalid configuration: ADMIN_${field.toUpperCase()}: ${(e as Error).message}`,
      );
    }
    await withStartupLock(this.config.database.url, async () => {
      if (await this.findByUsername(admin.username)) return;
      await this.create({
        username: admin.username,
        email: admin.email,
        password: admin.password,
        role: Role.ADMIN,
      });
      this.logger.log(`Created admin account ${admin.username}`);
    });
  }
}
