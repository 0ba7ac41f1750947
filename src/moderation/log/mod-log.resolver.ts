import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthService } from '../../auth/auth.service';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import type { RequestContext } from '../../common/graphql/request-context';
import { Connection } from '../../common/pagination/connection';
import { isModerator, Role } from '../../common/auth/role.enum';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { ModLogArgs, ModLogConnection } from '../../audit/dto/mod-log.args';
import { ModLogEntry } from '../../audit/mod-log-entry.entity';
import { ModLogService } from '../../audit/mod-log.service';

@Resolver(() => ModLogEntry)
export class ModLogResolver {
  constructor(
    private readonly log: ModLogService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
  ) {}

  @Query(() => ModLogConnection, {
    description:
      'Every moderation action, newest first; public, except warnings (private to moderators)',
  })
  async modLog(
    @Args() args: ModLogArgs,
    @Context() ctx: RequestContext,
  ): Promise<Connection<ModLogEntry>> {
    return this.log.list(args, isModerator(await this.auth.viewer(ctx)));
  }

  @ResolveField(() => User, {
    nullable: true,
    description:
      'Who acted: shown to moderators and admins (to everyone when MODLOG_SHOW_MODERATOR is on); null for automatic actions',
  })
  async moderator(
    @Parent() entry: ModLogEntry,
    @Context() ctx: RequestContext,
  ): Promise<User | null> {
    if (!entry.actorId) return null;
    const visible =
      this.config.moderation.showModeratorInLog || isModerator(await this.auth.viewer(ctx));
    return visible ? this.users.load(ctx.loaders, entry.actorId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Text before the action (admins)' })
  async before(@Parent() entry: ModLogEntry, @Context() ctx: RequestContext) {
    return (await this.auth.viewer(ctx))?.role === Role.ADMIN ? entry.before : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Text after the action (admins)' })
  async after(@Parent() entry: ModLogEntry, @Context() ctx: RequestContext) {
    return (await this.auth.viewer(ctx))?.role === Role.ADMIN ? entry.after : null;
  }
}
