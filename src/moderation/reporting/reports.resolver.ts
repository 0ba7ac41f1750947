import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthService } from '../../auth/auth.service';
import { Authenticated, CurrentUser } from '../../common/auth/auth.decorators';
import type { RequestContext } from '../../common/graphql/request-context';
import { isModerator } from '../../common/auth/role.enum';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { ArgumentsService } from '../../arguments/arguments.service';
import { readableBy, readerBody } from '../../arguments/argument-visibility';
import { WatchedWordsService } from '../rules/watched-words.service';
import { ReportInput, ReportPayload } from './dto/report.input';
import { Report } from '../reports/report.entity';
import { ReportsService } from './reports.service';

@Resolver(() => Report)
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly arguments_: ArgumentsService,
    private readonly watchedWords: WatchedWordsService,
  ) {}

  @Authenticated()
  @Mutation(() => ReportPayload, {
    description: 'Report an argument; reporting it again replaces your earlier report',
  })
  report(@Args('input') input: ReportInput, @CurrentUser() user: User): Promise<ReportPayload> {
    return this.reports.report(user, input);
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who reported it: moderators only; null for automatic reports',
  })
  async reporter(@Parent() report: Report, @Context() ctx: RequestContext): Promise<User | null> {
    if (!report.reporterId || !isModerator(await this.auth.viewer(ctx))) return null;
    return this.users.load(ctx.loaders, report.reporterId);
  }

  @ResolveField(() => String, {
    description:
      'The argument’s text when it was reported: moderators see it whole; a reporter sees it only while the argument is published, with CENSOR words masked',
  })
  async snapshot(@Parent() report: Report, @Context() ctx: RequestContext): Promise<string> {
    const viewer = await this.auth.viewer(ctx);
    if (isModerator(viewer)) return report.snapshot;
    const arg = await this.arguments_.load(ctx.loaders, report.argumentId);
    if (!arg) return '';
    const text = readableBy(arg, viewer) ? report.snapshot : readerBody(arg, viewer);
    return this.watchedWords.censor(ctx.loaders, text);
  }

  @ResolveField(() => Boolean, { description: 'Filed automatically by a FLAG watched word' })
  automatic(@Parent() report: Report): boolean {
    return report.reporterId === null;
  }
}
