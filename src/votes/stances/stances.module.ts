import { Module } from '@nestjs/common';
import { ThreadsModule } from '../../threads/threads.module';
import { BridgingModule } from '../bridging/bridging.module';
import { StancesResolver } from './stances.resolver';
import { StancesService } from './stances.service';

@Module({
  imports: [BridgingModule, ThreadsModule],
  providers: [StancesService, StancesResolver],
})
export class StancesModule {}
