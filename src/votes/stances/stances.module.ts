import { Module } from '@nestjs/common';
import { ThreadsModule } from '../../threads/threads.module';
import { VotesModule } from '../votes.module';
import { StancesResolver } from './stances.resolver';
import { StancesService } from './stances.service';

@Module({
  imports: [VotesModule, ThreadsModule],
  providers: [StancesService, StancesResolver],
})
export class StancesModule {}
