import { Module } from '@nestjs/common';
import { ImplementationModule } from '../implementation/implementation.module';
import { PanelsModule } from '../panels/panels.module';
import { CitationsRepository } from './citations.repository';
import { CitationsService } from './citations.service';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsRepository } from './recommendations.repository';
import { RecommendationsService } from './recommendations.service';

@Module({
  imports: [PanelsModule, ImplementationModule],
  controllers: [RecommendationsController],
  providers: [RecommendationsRepository, RecommendationsService, CitationsRepository, CitationsService],
  exports: [RecommendationsRepository, RecommendationsService, CitationsService],
})
export class RecommendationsModule {}
