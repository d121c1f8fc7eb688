import { Controller, Get, Header, Param, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { originOf } from '../common/origin';
import { FeedsService } from './feeds.service';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
const ATOM_TYPE = 'application/atom+xml; charset=utf-8';

@ApiTags('feeds')
@Controller()
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get('panels/:slug/calendar.ics')
  @Header('Content-Type', CALENDAR_TYPE)
  @Header('Cache-Control', 'public, max-age=300')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'An iCalendar (RFC 5545) feed to subscribe to', content: { 'text/calendar': { schema: { type: 'string' } } } })
  @ApiOperation({ summary: "The panel's meetings and statutory deadlines as an iCalendar feed" })
  calendar(@Param('slug') slug: string, @Req() request: Request): Promise<string> {
    return this.feeds.calendar(slug, originOf(request));
  }

  @Get('panels/:slug/feed.atom')
  @Header('Content-Type', ATOM_TYPE)
  @Header('Cache-Control', 'public, max-age=300')
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'An Atom (RFC 4287) feed', content: { 'application/atom+xml': { schema: { type: 'string' } } } })
  @ApiOperation({ summary: 'What the panel has published (recommendations, responses, letters, minutes, plan versions), newest first, as an Atom feed' })
  atom(@Param('slug') slug: string, @Req() request: Request): Promise<string> {
    return this.feeds.atom(slug, originOf(request));
  }
}
