import {
  Args,
  Field,
  ID,
  InputType,
  Mutation,
  Query,
  registerEnumType,
  Resolver,
} from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import { Role } from '../common/auth/role.enum';
import { User } from '../users/user.entity';
import { CreateThreadPayload } from '../threads/dto/create-thread.input';
import { KialoService } from './kialo.service';

export enum ThreadExportFormat {
  KIALO = 'KIALO',
}
registerEnumType(ThreadExportFormat, { name: 'ThreadExportFormat' });

@InputType()
export class ImportKialoInput {
  @Field({ description: 'Kialo plain-text export' })
  @IsString()
  @MaxLength(1_000_000)
  text: string;
}

@Resolver()
export class KialoResolver {
  constructor(private readonly kialo: KialoService) {}

  @Query(() => String, { description: 'The thread as text in the given interchange format' })
  exportThread(
    @Args('id', { type: () => ID }) id: string,
    @Args('format', { type: () => ThreadExportFormat, defaultValue: ThreadExportFormat.KIALO })
    _format: ThreadExportFormat,
  ): Promise<string> {
    return this.kialo.export(id);
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => CreateThreadPayload, {
    description: 'Build a thread from a Kialo plain-text export',
  })
  async importKialo(
    @Args('input') input: ImportKialoInput,
    @CurrentUser() user: User,
  ): Promise<CreateThreadPayload> {
    return { thread: await this.kialo.import(user, input.text) };
  }
}
