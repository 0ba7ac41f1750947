import { DynamicModule, Module, Type } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { GraphqlSecurity } from './graphql-security';
import { WsLimits } from './ws-limits';

@Module({})
export class SecurityModule {
  /** Provides the GraphQL defences next to the application's own Apollo options factory. */
  static forGraphql(optionsFactory: Type): DynamicModule {
    return {
      module: SecurityModule,
      imports: [AuthModule],
      providers: [GraphqlSecurity, WsLimits, optionsFactory],
      exports: [GraphqlSecurity, optionsFactory],
    };
  }
}
