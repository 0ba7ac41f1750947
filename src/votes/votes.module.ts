import { Module } from '@nestjs/common';
import { VotesResolver } from './votes.resolver';
import { VotesService } from './votes.service';

@Module({ providers: [VotesService, VotesResolver], exports: [VotesService] })
export class VotesModule {}
