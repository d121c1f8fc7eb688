import { Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { z } from 'zod';
import { CreateResponseInput, Response, ResponseQueueItem, ResponseQueueQuery, ResponseWorkflowTransitionInput, UpdateResponseInput } from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody, ValidQuery } from '../common/validation';
import { CurrentCaller, RequirePermission } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { ResponsesService } from './responses.service';
import { Problems } from '../openapi/openapi.document';

@ApiTags('responses')
@Controller()
export class ResponsesController {
  constructor(private readonly responses: ResponsesService) {}

  @Post('recommendations/:id/responses')
  @RequirePermission('response:draft')
  @Returns(Response, 201)
  @ApiOperation({ summary: 'Draft a response to a recommendation' })
  @Problems(409)
  create(
    @Param('id') recommendationId: string,
    @ValidBody(closed(CreateResponseInput)) input: CreateResponseInput,
    @CurrentCaller() caller: Caller,
  ): Promise<Response> {
    return this.responses.create(recommendationId, input, caller);
  }

  @Patch('responses/:id')
  @RequirePermission('response:draft')
  @Returns(Response)
  @ApiOperation({ summary: 'Edit a DRAFT response' })
  update(@Param('id') id: string, @ValidBody(closed(UpdateResponseInput)) input: UpdateResponseInput, @CurrentCaller() caller: Caller): Promise<Response> {
    return this.responses.update(id, input, caller);
  }

  @Post('responses/:id/transitions')
  @RequirePermission('response:view-unpublished')
  @Returns(Response)
  @ApiOperation({ summary: 'Move a response through review: submit, return to draft, approve or publish' })
  transition(
    @Param('id') id: string,
    @ValidBody(closed(ResponseWorkflowTransitionInput)) input: ResponseWorkflowTransitionInput,
    @CurrentCaller() caller: Caller,
  ): Promise<Response> {
    return this.responses.transition(id, input, caller);
  }

  @Get('panels/:slug/responses')
  @RequirePermission('response:view-unpublished')
  @Returns(z.array(ResponseQueueItem))
  @ApiOperation({ summary: "The OPCC's unpublished responses, most urgent first" })
  queue(
    @Param('slug') slug: string,
    @ValidQuery(closed(ResponseQueueQuery)) query: z.infer<typeof ResponseQueueQuery>,
    @CurrentCaller() caller: Caller,
  ): Promise<ResponseQueueItem[]> {
    return this.responses.queue(slug, query, caller);
  }
}
