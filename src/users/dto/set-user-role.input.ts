import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { Role } from '../../common/auth/role.enum';
import { User } from '../user.entity';

@InputType()
export class SetUserRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'userId must be an ID' })
  userId: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;
}

@ObjectType()
export class SetUserRolePayload {
  @Field(() => User)
  user: User;
}
