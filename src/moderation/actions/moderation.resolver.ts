import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { Role } from '../../common/auth/role.enum';
import { User } from '../../users/user.entity';
import { ModerateInput, ModeratePayload } from './dto/moderate.input';
import { ModerationService } from './moderation.service';
import { ModerateItemsInput, ModerateItemsPayload } from './dto/moderate-items.input';

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

  @Roles(Role.MODERATOR)
  @Mutation(() => ModerateItemsPayload, {
    description:
      'APPROVE, REJECT, REMOVE or IGNORE many queue items at once (moderators); each item is decided and logged on its own',
  })
  moderateItems(
    @Args('input') input: ModerateItemsInput,
    @CurrentUser() user: User,
  ): Promise<ModerateItemsPayload> {
    return this.moderation.moderateItems(user, input);
  }
}
