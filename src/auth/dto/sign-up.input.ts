import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, Length, Matches, MaxLength } from 'class-validator';
import { USERNAME_PATTERN } from '../../users/username-rules';

@InputType()
export class SignUpInput {
  @Field({
    description: '3–32 characters: letters, digits, _ and -, starting with a letter or digit',
  })
  @Matches(USERNAME_PATTERN, {
    message:
      'username must be 3–32 characters of letters, digits, _ or -, starting with a letter or digit',
  })
  username: string;

  @Field()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field({ description: '8–128 characters' })
  @Length(8, 128, { message: 'password must be 8–128 characters' })
  password: string;
}
