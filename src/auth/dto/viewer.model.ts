import { Field, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/user.entity';

/** The signed-in account as its owner sees it: the only type that carries private details. */
@ObjectType()
export class Viewer {
  @Field(() => User)
  user: User;

  @Field()
  email: string;

  @Field()
  suspended: boolean;

  @Field(() => Date, { nullable: true, description: 'Null while suspended means permanently' })
  suspendedUntil: Date | null;

  @Field(() => String, { nullable: true })
  suspensionReason: string | null;
}
