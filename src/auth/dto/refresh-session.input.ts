import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

@InputType()
export class RefreshSessionInput {
  @Field()
  @IsNotEmpty({ message: 'refreshToken must not be empty' })
  @MaxLength(200)
  refreshToken: string;
}
