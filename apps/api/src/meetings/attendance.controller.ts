import { Controller, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AttendanceRecord, Declaration, DeclareInterestInput, SetAttendanceInput } from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody } from '../common/validation';
import { CurrentCaller, RequirePermission } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { AttendanceService } from './attendance.service';

@ApiTags('meetings')
@Controller()
export class AttendanceController {
  constructor(private readonly attendance: AttendanceService) {}

  @Put('meetings/:id/attendance')
  @RequirePermission('meeting:write')
  @Returns(z.array(AttendanceRecord))
  @ApiOperation({ summary: 'Record who attended the meeting, sent apologies, was absent or was substituted (replaces the record; the meeting’s version)' })
  setAttendance(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @ValidBody(closed(SetAttendanceInput)) input: SetAttendanceInput,
  ): Promise<AttendanceRecord[]> {
    return this.attendance.setAttendance(caller, id, input);
  }

  @Post('meetings/:id/agenda-items/:itemId/declarations')
  @RequirePermission('meeting:write')
  @Returns(Declaration, 201)
  @ApiOperation({ summary: 'Record an interest a member declared on an agenda item' })
  declare(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @ValidBody(closed(DeclareInterestInput)) input: DeclareInterestInput,
  ): Promise<Declaration> {
    return this.attendance.declare(caller, id, itemId, input);
  }
}
