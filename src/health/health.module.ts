import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { ShutdownDrain } from './shutdown-drain';

@Module({ controllers: [HealthController], providers: [ShutdownDrain] })
export class HealthModule {}
