import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { WorkspaceSummary } from '@psp/contracts';
import { Returns } from '../common/validation';
import { CurrentCaller } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { WorkspaceService } from './workspace.service';

@ApiTags('workspace')
@Controller()
export class WorkspaceController {
  constructor(private readonly workspace: WorkspaceService) {}

  @Get('workspace')
  @Returns(WorkspaceSummary)
  @ApiOperation({ summary: 'The work waiting for the signed-in person on each of their panels, counted by role (reading it records a councillor’s visit)' })
  summary(@CurrentCaller() caller: Caller): Promise<WorkspaceSummary> {
    return this.workspace.summary(caller);
  }
}
