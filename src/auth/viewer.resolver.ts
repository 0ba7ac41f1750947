import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UsersService } from '../users/users.service';
import { Viewer } from './dto/viewer.model';

/**
 * The signed-in account's e-mail, read only when asked: the guard's read of the account (every
 * signed-in request) leaves it out.
 */
@Resolver(() => Viewer)
export class ViewerResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => String)
  email(@Parent() viewer: Viewer): Promise<string> {
    return this.users.emailOf(viewer.user.id);
  }
}
