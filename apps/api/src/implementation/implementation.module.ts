import { Module } from '@nestjs/common';
import { ImplementationController } from './implementation.controller';
import { ImplementationRepository } from './implementation.repository';
import { ImplementationService } from './implementation.service';

@Module({
  controllers: [ImplementationController],
  providers: [ImplementationRepository, ImplementationService],
  exports: [ImplementationService],
})
export class ImplementationModule {}
