import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

@InputType()
export class SignInInput {
  @Field({ description: 'Username or email' })
  @IsNotEmpty({ message: 'login must not be empty' })
  @MaxLength(254)
  login: string;

  @Field()
  @IsNotEmpty({ message: 'password must not be empty' })
  @MaxLength(128)
  password: string;
}
