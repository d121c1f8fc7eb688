import { Module } from '@nestjs/common';
import { PanelsModule } from '../panels/panels.module';
import { DocumentsController } from './documents.controller';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';
import { UploadProblemsInterceptor } from './upload';
import { VersionComparisonService } from './version-comparison.service';
import { VersionDiffMemo } from './version-diff.memo';
import { VersionImportService } from './version-import.service';
import { VersionMatchesService } from './version-matches.service';

@Module({
  imports: [PanelsModule],
  controllers: [DocumentsController],
  providers: [
    DocumentsRepository,
    DocumentsService,
    VersionImportService,
    VersionComparisonService,
    VersionMatchesService,
    VersionDiffMemo,
    UploadProblemsInterceptor,
  ],
})
export class DocumentsModule {}
