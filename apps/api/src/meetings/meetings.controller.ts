import { Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  AgendaItem,
  CreateAgendaItemInput,
  CreateMeetingInput,
  MeetingDetail,
  MeetingSummary,
  Minutes,
  MinutesTransitionInput,
  SaveMinutesInput,
  UpdateMeetingInput,
} from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody } from '../common/validation';
import { CurrentCaller, RequirePermission } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { MeetingsService } from './meetings.service';
import { MinutesService } from './minutes.service';

@ApiTags('meetings')
@Controller()
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly minutes: MinutesService,
  ) {}

  @Get('panels/:slug/meetings')
  @Returns(z.array(MeetingSummary))
  list(@Param('slug') slug: string): Promise<MeetingSummary[]> {
    return this.meetings.list(slug);
  }

  @Post('panels/:slug/meetings')
  @RequirePermission('meeting:write')
  @Returns(MeetingDetail, 201)
  create(@Param('slug') slug: string, @ValidBody(closed(CreateMeetingInput)) input: CreateMeetingInput, @CurrentCaller() caller: Caller): Promise<MeetingDetail> {
    return this.meetings.create(slug, input, caller);
  }

  @Get('meetings/:id')
  @Returns(MeetingDetail)
  detail(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<MeetingDetail> {
    return this.meetings.detail(id, caller);
  }

  @Patch('meetings/:id')
  @RequirePermission('meeting:write')
  @Returns(MeetingDetail)
  update(@Param('id') id: string, @ValidBody(closed(UpdateMeetingInput)) input: UpdateMeetingInput, @CurrentCaller() caller: Caller): Promise<MeetingDetail> {
    return this.meetings.update(id, input, caller);
  }

  @Post('meetings/:id/agenda-items')
  @RequirePermission('meeting:write')
  @Returns(AgendaItem, 201)
  addAgendaItem(@Param('id') id: string, @ValidBody(closed(CreateAgendaItemInput)) input: CreateAgendaItemInput, @CurrentCaller() caller: Caller): Promise<AgendaItem> {
    return this.meetings.addAgendaItem(id, input, caller);
  }

  @Put('meetings/:id/minutes')
  @RequirePermission('minutes:write')
  @Returns(Minutes)
  saveMinutes(@Param('id') id: string, @ValidBody(closed(SaveMinutesInput)) input: SaveMinutesInput, @CurrentCaller() caller: Caller): Promise<Minutes> {
    return this.minutes.save(id, input, caller);
  }

  @Post('meetings/:id/minutes/transitions')
  @RequirePermission('minutes:write')
  @Returns(Minutes)
  transitionMinutes(@Param('id') id: string, @ValidBody(closed(MinutesTransitionInput)) input: MinutesTransitionInput, @CurrentCaller() caller: Caller): Promise<Minutes> {
    return this.minutes.transition(id, input, caller);
  }
}
