import { Controller, Get } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import type { z } from 'zod';
import { SearchQuery, SearchResult } from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidQuery } from '../common/validation';
import { CurrentCaller } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @Returns(SearchResult)
  // Typed through z.infer: a parameter typed with the schema's own name would hand Swagger the schema object as its class.
  @ApiOperation({ summary: 'Search paragraphs, recommendations, responses and minutes the caller may see' })
  find(@CurrentCaller() caller: Caller, @ValidQuery(closed(SearchQuery)) query: z.infer<typeof SearchQuery>): Promise<SearchResult> {
    return this.search.find(caller, query);
  }
}
