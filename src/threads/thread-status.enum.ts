import { registerEnumType } from '@nestjs/graphql';

export enum ThreadStatus {
  OPEN = 'OPEN',
  LOCKED = 'LOCKED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ThreadStatus, {
  name: 'ThreadStatus',
  description: 'LOCKED and ARCHIVED threads accept no new arguments or edits',
});
