import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import { Role } from '../common/auth/role.enum';
import { SetUserRoleInput, SetUserRolePayload } from './dto/set-user-role.input';
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

  @Roles(Role.ADMIN)
  @Mutation(() => SetUserRolePayload, {
    description: 'Admins grant or revoke the moderator and admin roles',
  })
  async setUserRole(
    @Args('input') input: SetUserRoleInput,
    @CurrentUser() actor: User,
  ): Promise<SetUserRolePayload> {
    return { user: await this.users.setRole(actor, input.userId, input.role) };
  }
}
