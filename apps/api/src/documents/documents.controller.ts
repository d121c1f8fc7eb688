import { Controller, Get, Param, Post, Put, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  CreateDocumentInput,
  DiffEntry,
  DiffQuery,
  VersionQuery,
  DocumentSummary,
  DocumentVersionDetail,
  ImportedVersion,
  ImportVersionInput,
  ProvisionHistory,
  PublishVersionInput,
  RematchInput,
  ResolveInput,
  ResolveResult,
  SetAmendmentsInput,
  VersionAmendments,
  VersionMatches,
  VersionPreview,
} from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody, ValidQuery } from '../common/validation';
import { CurrentCaller, RequirePermission } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { DocumentsService } from './documents.service';
import { PLAN_UPLOAD_SCHEMA, PlanFileInterceptor, UploadProblemsInterceptor, type UploadedPlanFile } from './upload';
import { VersionComparisonService } from './version-comparison.service';
import { VersionImportService } from './version-import.service';
import { VersionMatchesService } from './version-matches.service';
import { MultipartBody, Problems } from '../openapi/openapi.document';

@ApiTags('documents')
@Controller()
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly imports: VersionImportService,
    private readonly comparison: VersionComparisonService,
    private readonly matching: VersionMatchesService,
  ) {}

  @Get('panels/:slug/documents')
  @Returns(z.array(DocumentSummary))
  @ApiOperation({ summary: "A panel's documents (plans, reports, minutes) with the versions the caller may see" })
  list(@CurrentCaller() caller: Caller, @Param('slug') slug: string): Promise<DocumentSummary[]> {
    return this.documents.listForPanel(caller, slug);
  }

  @Post('panels/:slug/documents')
  @RequirePermission('plan:import')
  @Returns(DocumentSummary, 201)
  @ApiOperation({ summary: 'Create a document (a plan or a report) of a panel' })
  @Problems(409)
  create(
    @CurrentCaller() caller: Caller,
    @Param('slug') slug: string,
    @ValidBody(closed(CreateDocumentInput)) input: CreateDocumentInput,
  ): Promise<DocumentSummary> {
    return this.documents.createDocument(caller, slug, input);
  }

  @Post('documents/:id/versions')
  @RequirePermission('plan:import')
  @UseInterceptors(UploadProblemsInterceptor, PlanFileInterceptor)
  @ApiConsumes('application/json', 'multipart/form-data')
  @MultipartBody(PLAN_UPLOAD_SCHEMA)
  @ApiOperation({ summary: 'Import a DRAFT version from pasted text (JSON `text`) or an uploaded .docx, .txt or .md (multipart `file`, at most 10 MB)' })
  @Returns(ImportedVersion, 201)
  @Problems(422)
  importVersion(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @ValidBody(closed(ImportVersionInput)) input: ImportVersionInput,
    @UploadedFile() file: UploadedPlanFile | undefined,
  ): Promise<ImportedVersion> {
    return this.imports.importVersion(caller, id, input, file);
  }

  @Post('documents/:id/versions/preview')
  @RequirePermission('plan:import')
  @UseInterceptors(UploadProblemsInterceptor, PlanFileInterceptor)
  @ApiConsumes('application/json', 'multipart/form-data')
  @MultipartBody(PLAN_UPLOAD_SCHEMA)
  @ApiOperation({ summary: 'What importing this text or file would make of it (outline, identity, warnings), saved nowhere' })
  @Returns(VersionPreview, 200)
  @Problems(422)
  previewVersion(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @ValidBody(closed(ImportVersionInput)) input: ImportVersionInput,
    @UploadedFile() file: UploadedPlanFile | undefined,
  ): Promise<VersionPreview> {
    return this.imports.previewVersion(caller, id, input, file);
  }

  @Get('document-versions/:id')
  @Returns(DocumentVersionDetail)
  @ApiOperation({ summary: 'One version of a document with its provisions in reading order (none with ?provisions=none)' })
  get(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @ValidQuery(closed(VersionQuery)) query: z.infer<typeof VersionQuery>,
  ): Promise<DocumentVersionDetail> {
    return this.documents.getVersion(caller, id, { withProvisions: query.provisions !== 'none' });
  }

  @Get('document-versions/:id/diff')
  @Returns(z.array(DiffEntry))
  @ApiOperation({ summary: 'What changed between two versions, paragraph by paragraph, with the responses that caused each change' })
  diff(@CurrentCaller() caller: Caller, @Param('id') id: string, @ValidQuery(closed(DiffQuery)) query: z.infer<typeof DiffQuery>): Promise<DiffEntry[]> {
    return this.comparison.diff(caller, id, query.base, { onlyChanges: query.only === 'changes' });
  }

  @Post('document-versions/:id/resolve')
  @Returns(ResolveResult, 200)
  @ApiOperation({ summary: 'Find every paragraph citation in a text and the provision of this version each one names' })
  resolve(@CurrentCaller() caller: Caller, @Param('id') id: string, @ValidBody(closed(ResolveInput)) input: ResolveInput): Promise<ResolveResult> {
    return this.comparison.resolve(caller, id, input);
  }

  @Post('document-versions/:id/publish')
  @RequirePermission('plan:publish')
  @Returns(DocumentVersionDetail, 200)
  @ApiOperation({ summary: 'Publish a DRAFT version' })
  publish(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @ValidBody(closed(PublishVersionInput)) input: PublishVersionInput,
  ): Promise<DocumentVersionDetail> {
    return this.documents.publish(caller, id, input);
  }

  @Get('document-versions/:id/amendments')
  @Returns(VersionAmendments)
  @ApiOperation({ summary: 'The links from the changes into this version to the responses that caused them' })
  amendments(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<VersionAmendments> {
    return this.documents.getAmendments(caller, id);
  }

  // Linking a change to the response that caused it is part of drafting the OPCC's answer.
  @Put('document-versions/:id/amendments')
  @RequirePermission('response:draft')
  @Returns(VersionAmendments)
  @ApiOperation({ summary: 'Replace every link from the changes into this version to responses (or editorial notes)' })
  @Problems(422)
  setAmendments(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @ValidBody(closed(SetAmendmentsInput)) input: SetAmendmentsInput,
  ): Promise<VersionAmendments> {
    return this.documents.setAmendments(caller, id, input);
  }

  @Get('document-versions/:id/matches')
  @Returns(VersionMatches)
  @ApiOperation({
    summary: 'How each paragraph follows the version before: unchanged, edited, renumbered, moved, split, merged, new or removed, with the words changed',
  })
  matches(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<VersionMatches> {
    return this.matching.matches(caller, id);
  }

  @Put('document-versions/:id/matches/:provisionKey')
  @RequirePermission('plan:import')
  @Returns(VersionMatches)
  @ApiOperation({ summary: 'Correct a match in a DRAFT version: the paragraph continues this earlier paragraph (its key), or is new (null)' })
  @Problems(422)
  rematch(
    @CurrentCaller() caller: Caller,
    @Param('id') id: string,
    @Param('provisionKey') provisionKey: string,
    @ValidBody(closed(RematchInput)) input: RematchInput,
  ): Promise<VersionMatches> {
    return this.matching.rematch(caller, id, provisionKey, input);
  }

  @Get('provisions/:provisionKey/history')
  @Returns(ProvisionHistory)
  @ApiOperation({ summary: 'One paragraph through every version the caller may see' })
  history(@CurrentCaller() caller: Caller, @Param('provisionKey') provisionKey: string): Promise<ProvisionHistory> {
    return this.comparison.history(caller, provisionKey);
  }
}
