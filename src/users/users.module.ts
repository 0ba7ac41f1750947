import { Module } from '@nestjs/common';
import { PasswordService } from './password.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  providers: [UsersService, UsersResolver, PasswordService],
  exports: [UsersService, PasswordService],
})
export class UsersModule {}
