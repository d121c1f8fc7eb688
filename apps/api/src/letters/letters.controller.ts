import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CreateLetterInput, PublishLetterInput, ResponseLetter } from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody } from '../common/validation';
import { CurrentCaller, RequirePermission } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { LettersService } from './letters.service';

@ApiTags('letters')
@Controller()
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  @Get('panels/:slug/letters')
  @Returns(z.array(ResponseLetter))
  list(@Param('slug') slug: string, @CurrentCaller() caller: Caller): Promise<ResponseLetter[]> {
    return this.letters.list(slug, caller);
  }

  @Post('panels/:slug/letters')
  @RequirePermission('letter:write')
  @Returns(ResponseLetter, 201)
  create(@Param('slug') slug: string, @ValidBody(closed(CreateLetterInput)) input: CreateLetterInput, @CurrentCaller() caller: Caller): Promise<ResponseLetter> {
    return this.letters.create(slug, input, caller);
  }

  @Get('letters/:id')
  @Returns(ResponseLetter)
  detail(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<ResponseLetter> {
    return this.letters.detail(id, caller);
  }

  @Post('letters/:id/publish')
  @RequirePermission('letter:write')
  @Returns(ResponseLetter)
  publish(@Param('id') id: string, @ValidBody(closed(PublishLetterInput)) input: PublishLetterInput, @CurrentCaller() caller: Caller): Promise<ResponseLetter> {
    return this.letters.publish(id, input, caller);
  }
}
