import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Thread } from '../../threads/thread.entity';
import { ThreadBalance } from './thread-balance.model';
import { ThreadBalanceService } from './thread-balance.service';

@Resolver(() => Thread)
export class ThreadBalanceResolver {
  constructor(private readonly balanceService: ThreadBalanceService) {}

  @ResolveField(() => ThreadBalance)
  balance(@Parent() thread: Thread): ThreadBalance {
    return this.balanceService.of(thread);
  }
}
