import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ConnectionType, PageArgs } from '../../common/pagination/connection';
import { ModAction } from '../audit-enums';
import { ModLogEntry } from '../mod-log-entry.entity';

@InputType()
export class ModLogFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'threadId must be an ID' })
  threadId?: string;

  @Field(() => ModAction, { nullable: true })
  @IsOptional()
  @IsEnum(ModAction)
  action?: ModAction;

  @Field(() => ID, { nullable: true, description: 'Actions affecting this account' })
  @IsOptional()
  @IsUUID('all', { message: 'targetUserId must be an ID' })
  targetUserId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Actions on this argument, thread, user or appeal',
  })
  @IsOptional()
  @IsUUID('all', { message: 'targetId must be an ID' })
  targetId?: string;
}

@ArgsType()
export class ModLogArgs extends PageArgs {
  @Field(() => ModLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ModLogFilter)
  filter?: ModLogFilter;
}

@ObjectType()
export class ModLogConnection extends ConnectionType(ModLogEntry, 'ModLogEntry') {}
