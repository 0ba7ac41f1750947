import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../common/graphql/request-context';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @Query(() => User, { nullable: true, description: 'A public profile by id' })
  user(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: RequestContext,
  ): Promise<User | null> {
    return this.users.load(ctx.loaders, id);
  }

  @Query(() => User, {
    nullable: true,
    description: 'A public profile by username (case-insensitive)',
  })
  userByUsername(@Args('username') username: string): Promise<User | null> {
    return this.users.findByUsername(username);
  }
}
