import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module';
import { UsersModule } from '../users/users.module';
import { SampleSeeder } from './sample-seeder';

@Module({ imports: [UsersModule, ArticlesModule], providers: [SampleSeeder] })
export class SeedModule {}
