import { Controller, Get, Param, Post, Put, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  CreateDocumentInput,
  DiffEntry,
  DiffQuery,
  DocumentSummary,
  DocumentVersionDetail,
  ImportVersionInput,
  ProvisionHistory,
  PublishVersionInput,
  ResolveInput,
  ResolveResult,
  SetAmendmentsInput,
  VersionAmendments,
} from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody, ValidQuery } from '../common/validation';
import { CurrentCaller, RequirePermission } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { DocumentsService } from './documents.service';
import { PlanFileInterceptor, UploadProblemsInterceptor, type UploadedPlanFile } from './upload';
import { VersionComparisonService } from './version-comparison.service';
import { VersionImportService } from './version-import.service';

@ApiTags('documents')
@Controller()
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly imports: VersionImportService,
    private readonly comparison: VersionComparisonService,
  ) {}

  @Get('panels/:slug/documents')
  @Returns(z.array(DocumentSummary))
  list(@CurrentCaller() caller: Caller, @Param('slug') slug: string): Promise<DocumentSummary[]> {
    return this.documents.listForPanel(caller, slug);
  }

  @Post('panels/:slug/documents')
  @RequirePermission('plan:import')
  @Returns(DocumentSummary, 201)
  create(@CurrentCaller() caller: Caller, @Param('slug') slug: string, @ValidBody(closed(CreateDocumentInput)) input: CreateDocumentInput): Promise<DocumentSummary> {
    return this.documents.createDocument(caller, slug, input);
  }

  @Post('documents/:id/versions')
  @RequirePermission('plan:import')
  @UseInterceptors(UploadProblemsInterceptor, PlanFileInterceptor)
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiOperation({ summary: 'Import a DRAFT version from pasted text (JSON `text`) or an uploaded .docx, .txt or .md (multipart `file`, at most 10 MB)' })
  @Returns(DocumentVersionDetail, 201)
  importVersion(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @ValidBody(closed(ImportVersionInput)) input: ImportVersionInput,
    @UploadedFile() file: UploadedPlanFile | undefined,
  ): Promise<DocumentVersionDetail> {
    return this.imports.importVersion(caller, id, input, file);
  }

  @Get('document-versions/:id')
  @Returns(DocumentVersionDetail)
  get(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<DocumentVersionDetail> {
    return this.documents.getVersion(caller, id);
  }

  @Get('document-versions/:id/diff')
  @Returns(z.array(DiffEntry))
  diff(@CurrentCaller() caller: Caller, @Param('id') id: string, @ValidQuery(closed(DiffQuery)) query: z.infer<typeof DiffQuery>): Promise<DiffEntry[]> {
    return this.comparison.diff(caller, id, query.base);
  }

  @Post('document-versions/:id/resolve')
  @Returns(ResolveResult, 200)
  resolve(@CurrentCaller() caller: Caller, @Param('id') id: string, @ValidBody(closed(ResolveInput)) input: ResolveInput): Promise<ResolveResult> {
    return this.comparison.resolve(caller, id, input);
  }

  @Post('document-versions/:id/publish')
  @RequirePermission('plan:publish')
  @Returns(DocumentVersionDetail, 200)
  publish(@CurrentCaller() caller: Caller, @Param('id') id: string, @ValidBody(closed(PublishVersionInput)) input: PublishVersionInput): Promise<DocumentVersionDetail> {
    return this.documents.publish(caller, id, input);
  }

  @Get('document-versions/:id/amendments')
  @Returns(VersionAmendments)
  amendments(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<VersionAmendments> {
    return this.documents.getAmendments(caller, id);
  }

  // Linking a change to the response that caused it is part of drafting the OPCC's answer.
  @Put('document-versions/:id/amendments')
  @RequirePermission('response:draft')
  @Returns(VersionAmendments)
  setAmendments(@CurrentCaller() caller: Caller, @Param('id') id: string, @ValidBody(closed(SetAmendmentsInput)) input: SetAmendmentsInput): Promise<VersionAmendments> {
    return this.documents.setAmendments(caller, id, input);
  }

  @Get('provisions/:provisionKey/history')
  @Returns(ProvisionHistory)
  history(@CurrentCaller() caller: Caller, @Param('provisionKey') provisionKey: string): Promise<ProvisionHistory> {
    return this.comparison.history(caller, provisionKey);
  }
}
