import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { z } from 'zod';
import { DeadlinesQuery, Panel, PanelDeadline, PanelSummary } from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidQuery } from '../common/validation';
import { PanelsService } from './panels.service';

@ApiTags('panels')
@Controller('panels')
export class PanelsController {
  constructor(private readonly panels: PanelsService) {}

  @Get()
  @Returns(z.array(Panel))
  @ApiOperation({ summary: 'Every panel' })
  list(): Promise<Panel[]> {
    return this.panels.list();
  }

  @Get(':slug')
  @Returns(PanelSummary)
  @ApiOperation({ summary: 'A panel and its recommendations counted by status' })
  summary(@Param('slug') slug: string): Promise<PanelSummary> {
    return this.panels.summary(slug);
  }

  @Get(':slug/deadlines')
  @Returns(z.array(PanelDeadline))
  @ApiOperation({ summary: "A panel's statutory precept timetable for a year, with each deadline's state" })
  deadlines(@Param('slug') slug: string, @ValidQuery(closed(DeadlinesQuery)) query: z.infer<typeof DeadlinesQuery>): Promise<PanelDeadline[]> {
    return this.panels.deadlines(slug, query);
  }
}
