import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { Role } from '../../common/auth/role.enum';
import { User } from '../../users/user.entity';
import { ModerateInput, ModeratePayload } from './dto/moderate.input';
import { ModerationService } from './moderation.service';

@Resolver()
export class ModerationResolver {
  constructor(private readonly moderation: ModerationService) {}

  @Roles(Role.MODERATOR)
  @Mutation(() => ModeratePayload, {
    description:
      'Act on a queue item, an argument or a thread (moderators); every action is logged',
  })
  moderate(
    @Args('input') input: ModerateInput,
    @CurrentUser() user: User,
  ): Promise<ModeratePayload> {
    return this.moderation.moderate(user, input);
  }
}
