import { Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { UsersModule } from '../users/users.module';
import { AuthGuard, SubscriberRecheck } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SignInLimiter } from './sign-in-limiter';
import { SignUpLimiter } from './sign-up-limiter';
import { TokenService } from './token.service';
import { ViewerResolver } from './viewer.resolver';

@Global()
@Module({
  imports: [UsersModule],
  providers: [
    AuthService,
    AuthResolver,
    ViewerResolver,
    TokenService,
    SignInLimiter,
    SignUpLimiter,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_INTERCEPTOR, useClass: SubscriberRecheck },
  ],
  exports: [AuthService, TokenService, UsersModule],
})
export class AuthModule {}
