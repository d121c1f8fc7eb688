import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Commitment, CreateCommitmentInput, FulfilCommitmentInput } from '@psp/contracts';
import { CurrentCaller, RequirePermission, RequireSignIn } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody } from '../common/validation';
import { Problems } from '../openapi/openapi.document';
import { CommitmentsService } from './commitments.service';

@ApiTags('commitments')
@Controller()
export class CommitmentsController {
  constructor(private readonly commitments: CommitmentsService) {}

  @Post('responses/:id/commitments')
  @RequirePermission('response:draft')
  @Returns(Commitment, 201)
  @ApiOperation({ summary: 'Mark a promise the response makes, in its own words' })
  create(
    @Param('id') responseId: string,
    @ValidBody(closed(CreateCommitmentInput)) input: CreateCommitmentInput,
    @CurrentCaller() caller: Caller,
  ): Promise<Commitment> {
    return this.commitments.create(responseId, input, caller);
  }

  @Post('commitments/:id/fulfilment')
  @HttpCode(200)
  @RequireSignIn()
  @Returns(Commitment)
  @ApiOperation({ summary: 'Record the paper, meeting item or plan change that fulfilled a commitment' })
  @Problems(409)
  fulfil(
    @Param('id') id: string,
    @ValidBody(closed(FulfilCommitmentInput)) input: FulfilCommitmentInput,
    @CurrentCaller() caller: Caller,
  ): Promise<Commitment> {
    return this.commitments.fulfil(id, input, caller);
  }
}
