import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection';
import { Thread } from '../thread.entity';

@ObjectType()
export class ThreadConnection extends ConnectionType(Thread, 'Thread') {}
