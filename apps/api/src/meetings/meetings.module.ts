import { Module } from '@nestjs/common';
import { PanelsModule } from '../panels/panels.module';
import { MeetingsController } from './meetings.controller';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';
import { MinutesRepository } from './minutes.repository';
import { MinutesService } from './minutes.service';

@Module({
  imports: [PanelsModule],
  controllers: [MeetingsController],
  providers: [MeetingsRepository, MeetingsService, MinutesRepository, MinutesService],
})
export class MeetingsModule {}
