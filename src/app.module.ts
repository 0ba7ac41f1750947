import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { LoggingModule } from './logging/logging.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { GqlConfigService } from './app/gql-config.service';
import { CompiledExecution } from './app/compiled-execution';
import { AuthModule } from './auth/auth.module';
import { HealthModule } from './health/health.module';
import { RealtimeModule } from './realtime/realtime.module';
import { JobsModule } from './jobs/jobs.module';
import { PageCacheModule } from './page-cache/page-cache.module';
import { PageSqlModule } from './page-sql/page-sql.module';
import { FEATURE_MODULES } from './feature-modules';
import { GraphqlSecurity } from './security/graphql-security';
import { SecurityModule } from './security/security.module';
import { GraphqlExceptionFilter } from './app/graphql-exception.filter';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule,
        DatabaseModule,
        RateLimitModule,
        PageCacheModule,
        PageSqlModule,
        AuthModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [SecurityModule.forGraphql(GqlConfigService)],
          inject: [GqlConfigService, GraphqlSecurity, GraphQLSchemaHost],
          useFactory: (
            base: GqlConfigService,
            security: GraphqlSecurity,
            host: GraphQLSchemaHost,
          ) =>
            security.harden(
              {
                ...base.createGqlOptions(),
                ...(config.graphql.compiledExecution && {
                  gateway: new CompiledExecution(() => host.schema).gateway() as never,
                }),
              },
              () => host.schema,
            ),
        }),
        HealthModule,
        RealtimeModule,
        JobsModule,
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: APP_FILTER, useClass: GraphqlExceptionFilter }],
    };
  }
}
