import { Controller, Get, Header, Param, Patch, Post } from '@nestjs/common';
import { ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import { z } from 'zod';
import {
  CloseRecommendationInput,
  CreateRecommendationInput,
  Recommendation,
  RecommendationDetail,
  RecommendationQuery,
  UpdateRecommendationInput,
  WithdrawRecommendationInput,
} from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody, ValidQuery } from '../common/validation';
import { CurrentCaller, RequirePermission } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { RecommendationsService } from './recommendations.service';

@ApiTags('recommendations')
@Controller()
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Get('panels/:slug/recommendations')
  @Returns(z.array(Recommendation))
  @ApiOperation({ summary: "A panel's recommendations (the tracker), filtered by status, text, paragraph or meeting" })
  list(
    @Param('slug') slug: string,
    @ValidQuery(closed(RecommendationQuery)) query: z.infer<typeof RecommendationQuery>,
    @CurrentCaller() caller: Caller,
  ): Promise<Recommendation[]> {
    return this.recommendations.list(slug, query, caller);
  }

  @Get('panels/:slug/recommendations.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="recommendations.csv"')
  @ApiProduces('text/csv')
  @Returns(z.string(), 200, 'The tracker as CSV (UTF-8 with a byte-order mark)')
  @ApiOperation({ summary: 'The tracker as CSV, with the same filters' })
  csv(
    @Param('slug') slug: string,
    @ValidQuery(closed(RecommendationQuery)) query: z.infer<typeof RecommendationQuery>,
    @CurrentCaller() caller: Caller,
  ): Promise<string> {
    return this.recommendations.csv(slug, query, caller);
  }

  @Post('panels/:slug/recommendations')
  @RequirePermission('recommendation:write')
  @Returns(Recommendation, 201)
  @ApiOperation({ summary: 'Record a recommendation the panel agreed at a meeting (it is public at once)' })
  create(
    @Param('slug') slug: string,
    @ValidBody(closed(CreateRecommendationInput)) input: CreateRecommendationInput,
    @CurrentCaller() caller: Caller,
  ): Promise<Recommendation> {
    return this.recommendations.create(slug, input, caller);
  }

  @Get('recommendations/:id')
  @Returns(RecommendationDetail)
  @ApiOperation({ summary: 'A recommendation with the responses and history the caller may see' })
  detail(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<RecommendationDetail> {
    return this.recommendations.detail(id, caller);
  }

  @Patch('recommendations/:id')
  @RequirePermission('recommendation:write')
  @Returns(Recommendation)
  @ApiOperation({ summary: 'Correct a recommendation (text, theme, citations, due date); with a reason once a response is published' })
  correct(
    @Param('id') id: string,
    @ValidBody(closed(UpdateRecommendationInput)) input: UpdateRecommendationInput,
    @CurrentCaller() caller: Caller,
  ): Promise<Recommendation> {
    return this.recommendations.correct(id, input, caller);
  }

  @Post('recommendations/:id/withdraw')
  @RequirePermission('recommendation:write')
  @Returns(Recommendation)
  @ApiOperation({ summary: 'Withdraw a recommendation recorded by mistake, with the reason (it is kept and counted nowhere)' })
  withdraw(
    @Param('id') id: string,
    @ValidBody(closed(WithdrawRecommendationInput)) input: WithdrawRecommendationInput,
    @CurrentCaller() caller: Caller,
  ): Promise<Recommendation> {
    return this.recommendations.withdraw(id, input, caller);
  }

  @Post('recommendations/:id/close')
  @RequirePermission('recommendation:close')
  @Returns(Recommendation)
  @ApiOperation({ summary: 'Close a recommendation, with the reason' })
  close(
    @Param('id') id: string,
    @ValidBody(closed(CloseRecommendationInput)) input: CloseRecommendationInput,
    @CurrentCaller() caller: Caller,
  ): Promise<Recommendation> {
    return this.recommendations.close(id, input, caller);
  }
}
