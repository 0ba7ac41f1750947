import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { RequestContext } from '../../common/graphql/request-context';
import { Connection, PageArgs } from '../../common/pagination/connection';
import { ModLogConnection } from '../../audit/dto/mod-log.args';
import { ModLogEntry } from '../../audit/mod-log-entry.entity';
import { User } from '../../users/user.entity';
import { AddModeratorNoteInput, ModeratorNotePayload, PersonView, SearchUsersArgs } from './dto';
import { ModeratorNote } from './moderator-note.entity';
import { PeopleService } from './people.service';
import { ThreadBan } from '../../threads/thread-ban.entity';
import { ReporterAccuracy } from './reporter-accuracy';
import { Report } from '../reports/report.entity';
import { UsersService } from '../../users/users.service';
import { AuthService } from '../../auth/auth.service';
import { isModerator, Role } from '../../common/auth/role.enum';

@Resolver(() => PersonView)
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Roles(Role.MODERATOR)
  @Query(() => PersonView, {
    description:
      'One person as moderators see them: sanctions, reports filed and received, appeals, notes (moderators)',
  })
  userModeration(@Args('userId', { type: () => ID }) userId: string): Promise<PersonView> {
    return this.people.view(userId);
  }

  @Roles(Role.MODERATOR)
  @Query(() => [User], {
    description: 'Accounts whose username or e-mail address starts with a prefix (moderators)',
  })
  searchUsers(@Args() args: SearchUsersArgs): Promise<User[]> {
    return this.people.search(args.prefix, args.first);
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => ModeratorNotePayload, {
    description: 'Keep a private note about a person; only moderators read it (moderators)',
  })
  async addModeratorNote(
    @Args('input') input: AddModeratorNoteInput,
    @CurrentUser() mod: User,
  ): Promise<ModeratorNotePayload> {
    return { note: await this.people.addNote(mod, input.userId, input.body) };
  }

  @ResolveField(() => [ThreadBan], {
    description: 'The person’s bans from threads, in force or ended, newest first',
  })
  threadBans(@Parent() view: PersonView): Promise<ThreadBan[]> {
    return this.people.threadBans(view.user.id);
  }

  @ResolveField(() => ModLogConnection, {
    description: 'Every log entry about the person, warnings and notes included, newest first',
  })
  history(@Parent() view: PersonView, @Args() page: PageArgs): Promise<Connection<ModLogEntry>> {
    return this.people.history(view.user.id, page);
  }
}

@Resolver(() => ModeratorNote)
export class ModeratorNoteResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => User, { nullable: true, description: 'The moderator who wrote it' })
  author(@Parent() note: ModeratorNote, @Context() ctx: RequestContext): Promise<User | null> {
    return this.people.loadAuthor(ctx.loaders, note);
  }
}

@Resolver(() => Report)
export class ReporterAccuracyResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  @ResolveField(() => ReporterAccuracy, {
    nullable: true,
    description:
      'How the reporter’s reports have fared and what their reports now weigh: moderators only; null for automatic reports',
  })
  async reporterAccuracy(
    @Parent() report: Report,
    @Context() ctx: RequestContext,
  ): Promise<ReporterAccuracy | null> {
    if (!report.reporterId || !isModerator(await this.auth.viewer(ctx))) return null;
    const reporter = await this.users.load(ctx.loaders, report.reporterId);
    return reporter ? this.people.loadAccuracy(ctx.loaders, reporter) : null;
  }
}
