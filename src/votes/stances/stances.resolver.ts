import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '../../common/auth/auth.decorators';
import type { RequestContext } from '../../common/graphql/request-context';
import { Thread } from '../../threads/thread.entity';
import { User } from '../../users/user.entity';
import { SetStanceInput, SetStancePayload } from './dto/set-stance.input';
import { StanceCounts, stanceCountsOf } from './dto/stance-counts.model';
import { StanceChange } from './stance-change.entity';
import { Stance } from './stance.enum';
import { StancesService } from './stances.service';

@Resolver(() => Thread)
export class StancesResolver {
  constructor(private readonly stancesService: StancesService) {}

  @Authenticated()
  @Mutation(() => SetStancePayload, {
    description: 'Take or change your stance on a thread’s motion; every change is kept',
  })
  setStance(
    @Args('input') input: SetStanceInput,
    @CurrentUser() user: User,
  ): Promise<SetStancePayload> {
    return this.stancesService.setStance(user, input.threadId, input.stance);
  }

  @ResolveField(() => StanceCounts)
  stances(@Parent() thread: Thread): StanceCounts {
    return stanceCountsOf(thread);
  }

  @ResolveField(() => Stance, {
    nullable: true,
    description: 'The signed-in reader’s stance; null when signed out or not taken',
  })
  myStance(
    @Parent() thread: Thread,
    @Context() ctx: RequestContext,
  ): Promise<Stance | null> | null {
    return ctx.auth
      ? this.stancesService.loadMyStance(ctx.loaders, ctx.auth.userId, thread.id)
      : null;
  }

  @ResolveField(() => [StanceChange], {
    description: 'The signed-in reader’s stance changes here, oldest first; empty when signed out',
  })
  myStanceHistory(
    @Parent() thread: Thread,
    @Context() ctx: RequestContext,
  ): Promise<StanceChange[]> | StanceChange[] {
    return ctx.auth ? this.stancesService.history(ctx.auth.userId, thread.id) : [];
  }
}
