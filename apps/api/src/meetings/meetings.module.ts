import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { PanelsModule } from '../panels/panels.module';
import { AttendanceController } from './attendance.controller';
import { AttendanceRepository } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { DecisionsController } from './decisions.controller';
import { DecisionsRepository } from './decisions.repository';
import { DecisionsService } from './decisions.service';
import { MeetingsController } from './meetings.controller';
import { MeetingsRepository } from './meetings.repository';
import { MeetingsService } from './meetings.service';
import { MinutesRepository } from './minutes.repository';
import { MinutesService } from './minutes.service';

@Module({
  imports: [PanelsModule, MembersModule],
  controllers: [MeetingsController, DecisionsController, AttendanceController],
  providers: [
    MeetingsRepository,
    MeetingsService,
    MinutesRepository,
    MinutesService,
    DecisionsRepository,
    DecisionsService,
    AttendanceRepository,
    AttendanceService,
  ],
})
export class MeetingsModule {}
