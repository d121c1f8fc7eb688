import { Controller, Get, HttpCode, Param, Patch, Post, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CreateLetterInput, DiscardLetterInput, PublishLetterInput, ResponseLetter, UpdateLetterInput } from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody } from '../common/validation';
import { CurrentCaller, RequirePermission } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { letterDocx, letterPdf } from './letter-documents';
import { LettersService } from './letters.service';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Who sends a response letter: the office of the panel's Commissioner (the record names no office of its own). */
const LETTER_OFFICE = 'Office of the Police and Crime Commissioner';
/** A file name from the letter's reference: letters and digits only. */
const letterFileName = (letter: { reference: string }) =>
  `response-letter-${
    letter.reference
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'letter'
  }`;
import { Problems } from '../openapi/openapi.document';

@ApiTags('letters')
@Controller()
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  @Get('panels/:slug/letters')
  @Returns(z.array(ResponseLetter))
  @ApiOperation({ summary: "A panel's response letters, newest first (OPCC roles also see drafts)" })
  list(@Param('slug') slug: string, @CurrentCaller() caller: Caller): Promise<ResponseLetter[]> {
    return this.letters.list(slug, caller);
  }

  @Post('panels/:slug/letters')
  @RequirePermission('letter:write')
  @Returns(ResponseLetter, 201)
  @ApiOperation({ summary: 'Bundle responses into a DRAFT response letter' })
  @Problems(409)
  create(
    @Param('slug') slug: string,
    @ValidBody(closed(CreateLetterInput)) input: CreateLetterInput,
    @CurrentCaller() caller: Caller,
  ): Promise<ResponseLetter> {
    return this.letters.create(slug, input, caller);
  }

  @Get('letters/:id')
  @Returns(ResponseLetter)
  @ApiOperation({ summary: 'One response letter with its recommendations and responses' })
  detail(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<ResponseLetter> {
    return this.letters.detail(id, caller);
  }

  @Get('letters/:id/letter.docx')
  @ApiProduces(DOCX_TYPE)
  @ApiOkResponse({ description: 'The letter as a Word document', content: { [DOCX_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'The response letter as a Word document, laid out as sent' })
  async docx(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<StreamableFile> {
    const letter = await this.letters.detail(id, caller);
    return new StreamableFile(await letterDocx(letter, LETTER_OFFICE), {
      type: DOCX_TYPE,
      disposition: `attachment; filename="${letterFileName(letter)}.docx"`,
    });
  }

  @Get('letters/:id/letter.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The letter as a PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'The response letter as a PDF, laid out as sent' })
  async pdf(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<StreamableFile> {
    const letter = await this.letters.detail(id, caller);
    return new StreamableFile(await letterPdf(letter, LETTER_OFFICE), {
      type: 'application/pdf',
      disposition: `attachment; filename="${letterFileName(letter)}.pdf"`,
    });
  }

  @Patch('letters/:id')
  @RequirePermission('letter:write')
  @Returns(ResponseLetter)
  @ApiOperation({ summary: 'Correct a DRAFT letter: its wording and which responses it carries' })
  @Problems(409)
  update(@Param('id') id: string, @ValidBody(closed(UpdateLetterInput)) input: UpdateLetterInput, @CurrentCaller() caller: Caller): Promise<ResponseLetter> {
    return this.letters.update(id, input, caller);
  }

  @Post('letters/:id/discard')
  @HttpCode(204)
  @RequirePermission('letter:write')
  @ApiOperation({ summary: 'Delete a DRAFT letter (never published); its responses can go into another letter' })
  @Problems(409)
  discard(@Param('id') id: string, @ValidBody(closed(DiscardLetterInput)) input: DiscardLetterInput, @CurrentCaller() caller: Caller): Promise<void> {
    return this.letters.discard(id, input, caller);
  }

  @Post('letters/:id/publish')
  @RequirePermission('letter:write')
  @Returns(ResponseLetter)
  @ApiOperation({ summary: 'Publish a letter and, at the same moment, every APPROVED response in it' })
  publish(@Param('id') id: string, @ValidBody(closed(PublishLetterInput)) input: PublishLetterInput, @CurrentCaller() caller: Caller): Promise<ResponseLetter> {
    return this.letters.publish(id, input, caller);
  }
}
