import { Module } from '@nestjs/common';
import { VotesModule } from '../votes.module';
import { StancesResolver } from './stances.resolver';
import { StancesService } from './stances.service';

@Module({
  imports: [VotesModule],
  providers: [StancesService, StancesResolver],
})
export class StancesModule {}
