import { Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { z } from 'zod';
import {
  AgendaItem,
  CreateAgendaItemInput,
  CreateMeetingInput,
  MeetingDetail,
  MeetingSummary,
  Minutes,
  MinutesTransitionInput,
  RemoveAgendaItemInput,
  ReorderAgendaInput,
  SaveMinutesInput,
  UpdateAgendaItemInput,
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
  @ApiOperation({ summary: "A panel's meetings, newest first" })
  list(@Param('slug') slug: string): Promise<MeetingSummary[]> {
    return this.meetings.list(slug);
  }

  @Post('panels/:slug/meetings')
  @RequirePermission('meeting:write')
  @Returns(MeetingDetail, 201)
  @ApiOperation({ summary: 'Schedule a meeting of a panel' })
  create(
    @Param('slug') slug: string,
    @ValidBody(closed(CreateMeetingInput)) input: CreateMeetingInput,
    @CurrentCaller() caller: Caller,
  ): Promise<MeetingDetail> {
    return this.meetings.create(slug, input, caller);
  }

  @Get('meetings/:id')
  @Returns(MeetingDetail)
  @ApiOperation({ summary: 'A meeting with its agenda and, if visible to the caller, its minutes' })
  detail(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<MeetingDetail> {
    return this.meetings.detail(id, caller);
  }

  @Patch('meetings/:id')
  @RequirePermission('meeting:write')
  @Returns(MeetingDetail)
  @ApiOperation({ summary: "Change a meeting's title, date or place" })
  update(@Param('id') id: string, @ValidBody(closed(UpdateMeetingInput)) input: UpdateMeetingInput, @CurrentCaller() caller: Caller): Promise<MeetingDetail> {
    return this.meetings.update(id, input, caller);
  }

  @Post('meetings/:id/agenda-items')
  @RequirePermission('meeting:write')
  @Returns(AgendaItem, 201)
  @ApiOperation({ summary: "Add an item to a meeting's agenda" })
  addAgendaItem(
    @Param('id') id: string,
    @ValidBody(closed(CreateAgendaItemInput)) input: CreateAgendaItemInput,
    @CurrentCaller() caller: Caller,
  ): Promise<AgendaItem> {
    return this.meetings.addAgendaItem(id, input, caller);
  }

  @Patch('meetings/:id/agenda-items/:itemId')
  @RequirePermission('meeting:write')
  @Returns(MeetingDetail)
  @ApiOperation({ summary: 'Correct an agenda item (until the minutes are published); carries the meeting version' })
  updateAgendaItem(
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @ValidBody(closed(UpdateAgendaItemInput)) input: UpdateAgendaItemInput,
    @CurrentCaller() caller: Caller,
  ): Promise<MeetingDetail> {
    return this.meetings.updateAgendaItem(id, itemId, input, caller);
  }

  @Post('meetings/:id/agenda-items/:itemId/remove')
  @RequirePermission('meeting:write')
  @Returns(MeetingDetail)
  @ApiOperation({ summary: 'Remove an agenda item (until the minutes are published; the audit keeps it); carries the meeting version' })
  removeAgendaItem(
    @Param('id') id: string,
    @Param('itemId') itemId: string,
    @ValidBody(closed(RemoveAgendaItemInput)) input: RemoveAgendaItemInput,
    @CurrentCaller() caller: Caller,
  ): Promise<MeetingDetail> {
    return this.meetings.removeAgendaItem(id, itemId, input, caller);
  }

  @Put('meetings/:id/agenda-order')
  @RequirePermission('meeting:write')
  @Returns(MeetingDetail)
  @ApiOperation({ summary: 'Reorder the agenda (every item, once; until the minutes are published); carries the meeting version' })
  reorderAgenda(
    @Param('id') id: string,
    @ValidBody(closed(ReorderAgendaInput)) input: ReorderAgendaInput,
    @CurrentCaller() caller: Caller,
  ): Promise<MeetingDetail> {
    return this.meetings.reorderAgenda(id, input, caller);
  }

  @Put('meetings/:id/minutes')
  @RequirePermission('minutes:write')
  @Returns(Minutes)
  @ApiOperation({ summary: "Save a meeting's minutes as a DRAFT" })
  saveMinutes(@Param('id') id: string, @ValidBody(closed(SaveMinutesInput)) input: SaveMinutesInput, @CurrentCaller() caller: Caller): Promise<Minutes> {
    return this.minutes.save(id, input, caller);
  }

  @Post('meetings/:id/minutes/transitions')
  @RequirePermission('minutes:write')
  @Returns(Minutes)
  @ApiOperation({ summary: "Approve or publish a meeting's minutes" })
  transitionMinutes(
    @Param('id') id: string,
    @ValidBody(closed(MinutesTransitionInput)) input: MinutesTransitionInput,
    @CurrentCaller() caller: Caller,
  ): Promise<Minutes> {
    return this.minutes.transition(id, input, caller);
  }
}
