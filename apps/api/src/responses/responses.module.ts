import { Module } from '@nestjs/common';
import { PanelsModule } from '../panels/panels.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { ResponsesController } from './responses.controller';
import { ResponsesRepository } from './responses.repository';
import { ResponsesService } from './responses.service';

@Module({
  imports: [PanelsModule, RecommendationsModule],
  controllers: [ResponsesController],
  providers: [ResponsesRepository, ResponsesService],
  exports: [ResponsesService],
})
export class ResponsesModule {}
