import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';
import { ArgumentEntity } from '../argument.entity';
import { ArgumentRevision } from '../argument-revision.entity';

@ObjectType()
export class ArgumentConnection extends ConnectionType(ArgumentEntity, 'Argument') {}

@ObjectType()
export class ArgumentRevisionConnection extends ConnectionType(
  ArgumentRevision,
  'ArgumentRevision',
) {}
