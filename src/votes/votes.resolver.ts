import { GraphQLResolveInfo } from 'graphql';
import { Args, Context, Info, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '../common/auth/auth.decorators';
import type { AccessClaims, RequestContext } from '../common/graphql/request-context';
import { ArgumentEntity } from '../arguments/argument.entity';
import { User } from '../users/user.entity';
import { VoteInput, VotePayload, VoteValue } from './dto/vote.input';
import { VotesService } from './votes.service';
import { selectsField } from '../common/graphql/selects-field';

@Resolver(() => ArgumentEntity)
export class VotesResolver {
  constructor(private readonly votes: VotesService) {}

  // The vote's statement checks the session and the suspension itself.
  @Authenticated({ writeRechecksSession: true })
  @Mutation(() => VotePayload, {
    description: 'Vote UP or DOWN on an argument, or NONE to withdraw',
  })
  vote(
    @Args('input') input: VoteInput,
    @CurrentUser() user: User,
    @Context('auth') session: AccessClaims,
    @Info() info: GraphQLResolveInfo,
  ): Promise<VotePayload> {
    const withArgument = selectsField(info, 'argument');
    return this.votes.vote(
      user,
      session.sessionFamilyId,
      input.argumentId,
      input.value,
      withArgument,
    );
  }

  @ResolveField(() => VoteValue, {
    nullable: true,
    description: 'The signed-in reader’s vote; null when signed out',
  })
  myVote(@Parent() arg: ArgumentEntity, @Context() ctx: RequestContext): Promise<VoteValue> | null {
    return ctx.auth ? this.votes.loadMyVote(ctx.loaders, ctx.auth.userId, arg.id) : null;
  }
}
