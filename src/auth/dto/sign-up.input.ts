import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, Length, Matches, MaxLength } from 'class-validator';
import {
  EMAIL_MAX_LENGTH,
  EMAIL_RULE,
  PASSWORD_LENGTH,
  PASSWORD_RULE,
  USERNAME_PATTERN,
  USERNAME_RULE,
} from '../../users/account-rules';

@InputType()
export class SignUpInput {
  @Field({
    description: '3–32 characters: letters, digits, _ and -, starting with a letter or digit',
  })
  @Matches(USERNAME_PATTERN, { message: USERNAME_RULE })
  username: string;

  @Field()
  @IsEmail({}, { message: EMAIL_RULE })
  @MaxLength(EMAIL_MAX_LENGTH)
  email: string;

  @Field({ description: '8–128 characters' })
  @Length(PASSWORD_LENGTH.min, PASSWORD_LENGTH.max, { message: PASSWORD_RULE })
  password: string;
}
