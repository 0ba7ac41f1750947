import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import { Role } from '../../common/auth/role.enum';
import { User } from '../../users/user.entity';
import {
  AddWatchedWordInput,
  RemoveWatchedWordInput,
  WatchedWordPayload,
} from './dto/watched-word.input';
import { WatchedWord } from './watched-word.entity';
import { WatchedWordsService } from './watched-words.service';

@Resolver(() => WatchedWord)
export class WatchedWordsResolver {
  constructor(private readonly words: WatchedWordsService) {}

  @Roles(Role.MODERATOR)
  @Query(() => [WatchedWord], { description: 'The watched-word rules (moderators)' })
  watchedWords(
    @Args('includeRemoved', { defaultValue: false }) includeRemoved: boolean,
  ): Promise<WatchedWord[]> {
    return this.words.list(includeRemoved);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => WatchedWordPayload, { description: 'Add a watched-word rule (admins)' })
  async addWatchedWord(
    @Args('input') input: AddWatchedWordInput,
    @CurrentUser() admin: User,
  ): Promise<WatchedWordPayload> {
    return { watchedWord: await this.words.add(admin, input) };
  }

  @Roles(Role.ADMIN)
  @Mutation(() => WatchedWordPayload, { description: 'Stop applying a watched word (admins)' })
  async removeWatchedWord(
    @Args('input') input: RemoveWatchedWordInput,
    @CurrentUser() admin: User,
  ): Promise<WatchedWordPayload> {
    return { watchedWord: await this.words.remove(admin, input.id, input.reason) };
  }
}
