import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../common/graphql/request-context';
import { Thread } from '../../threads/thread.entity';
import { ThreadBalance } from './thread-balance.model';
import { ThreadBalanceService } from './thread-balance.service';

@Resolver(() => Thread)
export class ThreadBalanceResolver {
  constructor(private readonly balanceService: ThreadBalanceService) {}

  @ResolveField(() => ThreadBalance)
  balance(@Parent() thread: Thread, @Context() ctx: RequestContext): Promise<ThreadBalance> {
    return this.balanceService.load(ctx.loaders, thread);
  }
}
