import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PapersService } from './papers.service';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

@ApiTags('papers')
@Controller()
export class PapersController {
  constructor(private readonly papers: PapersService) {}

  @Get('meetings/:id/tracker.docx')
  @ApiProduces(DOCX_TYPE)
  @ApiOkResponse({ description: 'The paper as a Word document', content: { [DOCX_TYPE]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: "The recommendations tracker paper for a meeting's agenda, as a Word document" })
  async docx(@Param('id') id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.papers.tracker(id, 'docx'), { type: DOCX_TYPE, disposition: 'attachment; filename="recommendations-tracker.docx"' });
  }

  @Get('meetings/:id/tracker.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The paper as a PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: "The recommendations tracker paper for a meeting's agenda, as a PDF" })
  async pdf(@Param('id') id: string): Promise<StreamableFile> {
    return new StreamableFile(await this.papers.tracker(id, 'pdf'), {
      type: 'application/pdf',
      disposition: 'attachment; filename="recommendations-tracker.pdf"',
    });
  }
}
