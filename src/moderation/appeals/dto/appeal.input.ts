import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { Appeal } from '../appeal.entity';

const MESSAGE_RULE = { message: 'message must be 1–2000 characters' };

@InputType()
export class AppealRemovalInput {
  @Field(() => ID, { description: 'Your removed argument' })
  @IsUUID('all', { message: 'argumentId must be an ID' })
  argumentId: string;

  @Field()
  @Trim()
  @IsString()
  @Length(1, 2000, MESSAGE_RULE)
  message: string;
}

@InputType({ description: 'A suspended account cannot sign in, so it proves who it is here' })
export class SuspensionCredentialsInput {
  @Field({ description: 'Username or email' })
  @IsString()
  @Length(1, 320)
  login: string;

  @Field()
  @IsString()
  @Length(1, 200)
  password: string;
}

@InputType({
  description: 'Your credentials (you cannot sign in) and why the suspension should go',
})
export class AppealSuspensionInput extends SuspensionCredentialsInput {
  @Field()
  @Trim()
  @IsString()
  @Length(1, 2000, MESSAGE_RULE)
  message: string;
}

@ObjectType()
export class AppealPayload {
  @Field(() => Appeal)
  appeal: Appeal;
}
