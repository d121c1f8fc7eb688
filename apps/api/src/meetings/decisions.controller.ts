import { Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Decision, RecordDecisionInput } from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody } from '../common/validation';
import { CurrentCaller, RequirePermission } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { Problems } from '../openapi/openapi.document';
import { DecisionsService } from './decisions.service';

@ApiTags('meetings')
@Controller()
export class DecisionsController {
  constructor(private readonly decisions: DecisionsService) {}

  @Post('meetings/:id/agenda-items/:itemId/decisions')
  @RequirePermission('meeting:write')
  @Returns(Decision, 201)
  @ApiOperation({
    summary: "Record the panel's decision on an agenda item with each member's vote; a veto needs two-thirds of the members on the day (422 with the count)",
  })
  @Problems(409, 422)
  record(
    @CurrentCaller() caller: Caller,
    @Param('id') meetingId: string,
    @Param('itemId') itemId: string,
    @ValidBody(closed(RecordDecisionInput)) input: RecordDecisionInput,
  ): Promise<Decision> {
    return this.decisions.record(caller, meetingId, itemId, input);
  }
}
