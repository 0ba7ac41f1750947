import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, MaxLength } from 'class-validator';

@InputType()
export class RefreshSessionInput {
  @Field()
  @IsNotEmpty({ message: 'refreshToken must not be empty' })
  @MaxLength(200)
  refreshToken: string;
}

@InputType()
export class SignOutInput {
  @Field({ nullable: true, description: 'Also end the session this refresh token belongs to' })
  @IsOptional()
  @MaxLength(200)
  refreshToken?: string;
}
