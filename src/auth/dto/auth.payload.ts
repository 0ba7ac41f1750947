import { Field, Int, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/user.entity';

/** Returned only to the account that signed in; never part of a public type. */
@ObjectType()
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field(() => Int, { description: 'Seconds until the access token expires' })
  accessTokenExpiresIn: number;

  @Field({ description: 'Single-use: each refreshSession returns a new one' })
  refreshToken: string;

  @Field(() => User)
  user: User;
}

@ObjectType()
export class SignOutPayload {
  @Field()
  signedOut: boolean;
}
