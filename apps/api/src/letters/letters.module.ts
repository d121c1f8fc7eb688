import { Module } from '@nestjs/common';
import { PanelsModule } from '../panels/panels.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { ResponsesModule } from '../responses/responses.module';
import { LettersController } from './letters.controller';
import { LettersRepository } from './letters.repository';
import { LettersService } from './letters.service';

@Module({
  imports: [PanelsModule, RecommendationsModule, ResponsesModule],
  controllers: [LettersController],
  providers: [LettersRepository, LettersService],
})
export class LettersModule {}
