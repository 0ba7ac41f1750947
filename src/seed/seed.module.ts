import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { ModerationModule } from '../moderation/moderation.module';
import { UsersModule } from '../users/users.module';
import { SampleSeeder } from './sample-seeder';

@Module({ imports: [UsersModule, ArticlesModule, ModerationModule], providers: [SampleSeeder] })
export class SeedModule {}
