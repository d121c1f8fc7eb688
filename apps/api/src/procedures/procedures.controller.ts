import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ProceduresQuery, ProcedureView, RecordStepInput, StartProcedureInput } from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody, ValidQuery } from '../common/validation';
import { CurrentCaller, RequirePermission } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { Problems } from '../openapi/openapi.document';
import { ProceduresService } from './procedures.service';

@ApiTags('procedures')
@Controller()
export class ProceduresController {
  constructor(private readonly procedures: ProceduresService) {}

  @Get('panels/:slug/procedures')
  @Returns(z.array(ProcedureView))
  @ApiOperation({
    summary:
      "The panel's statutory procedures (the precept of a year, confirmation hearings, plan reviews, annual reports) with each step's deadline and state",
  })
  list(@Param('slug') slug: string, @ValidQuery(closed(ProceduresQuery)) query: z.infer<typeof ProceduresQuery>): Promise<ProcedureView[]> {
    return this.procedures.list(slug, query);
  }

  @Post('panels/:slug/procedures')
  @RequirePermission('meeting:write')
  @Returns(ProcedureView, 201)
  @ApiOperation({
    summary: 'Start tracking a procedure: the precept of a year, or a confirmation hearing, plan review or annual report from the day the panel was notified',
  })
  @Problems(409)
  start(
    @CurrentCaller() caller: Caller,
    @Param('slug') slug: string,
    @ValidBody(closed(StartProcedureInput)) input: StartProcedureInput,
  ): Promise<ProcedureView> {
    return this.procedures.start(caller, slug, input);
  }

  @Post('procedures/:id/steps/:code')
  @RequirePermission('meeting:write')
  @Returns(ProcedureView, 201)
  @ApiOperation({ summary: 'Record a step done, with its paper, meeting and decision (and whether the panel vetoed)' })
  @Problems(409)
  recordStep(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Param('code') code: string,
    @ValidBody(closed(RecordStepInput)) input: RecordStepInput,
  ): Promise<ProcedureView> {
    return this.procedures.recordStep(caller, id, code, input);
  }
}
