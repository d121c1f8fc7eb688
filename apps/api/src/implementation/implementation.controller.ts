import { Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImplementationUpdate, RecordProgressInput, RecordVerdictInput } from '@psp/contracts';
import { CurrentCaller, RequirePermission } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody } from '../common/validation';
import { Problems } from '../openapi/openapi.document';
import { ImplementationService } from './implementation.service';

@ApiTags('implementation')
@Controller('recommendations/:id')
export class ImplementationController {
  constructor(private readonly implementation: ImplementationService) {}

  @Post('progress')
  @RequirePermission('response:draft')
  @Returns(ImplementationUpdate, 201)
  @ApiOperation({ summary: "Report progress on an accepted recommendation's implementation (OPCC)" })
  @Problems(409)
  progress(
    @Param('id') id: string,
    @ValidBody(closed(RecordProgressInput)) input: RecordProgressInput,
    @CurrentCaller() caller: Caller,
  ): Promise<ImplementationUpdate> {
    return this.implementation.recordProgress(id, input, caller);
  }

  @Post('verdict')
  @RequirePermission('recommendation:close')
  @Returns(ImplementationUpdate, 201)
  @ApiOperation({ summary: "Record the panel's verdict on an accepted recommendation, which closes it (clerk)" })
  @Problems(409)
  verdict(
    @Param('id') id: string,
    @ValidBody(closed(RecordVerdictInput)) input: RecordVerdictInput,
    @CurrentCaller() caller: Caller,
  ): Promise<ImplementationUpdate> {
    return this.implementation.recordVerdict(id, input, caller);
  }
}
