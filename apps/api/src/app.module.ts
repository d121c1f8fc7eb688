import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { AdminModule } from './admin/admin.module';
import { AuthModule } from './auth/auth.module';
import { CommitmentsModule } from './commitments/commitments.module';
import { CommonModule } from './common/common.module';
import { HttpCache, HttpCacheInterceptor } from './common/http-cache';
import { IdempotencyInterceptor } from './common/idempotency';
import { DATABASE_URL } from './common/prisma.service';
import { DocumentsModule } from './documents/documents.module';
import { ProblemDetailsFilter } from './common/problem.filter';
import { StorableTextPipe } from './common/validation';
import { APP_CONFIG, type AppConfig } from './config';
import { HealthModule } from './health/health.module';
import { ImplementationModule } from './implementation/implementation.module';
import { LettersModule } from './letters/letters.module';
import { MeetingsModule } from './meetings/meetings.module';
import { OpenApiModule } from './openapi/openapi.module';
import { PanelsModule } from './panels/panels.module';
import { PapersModule } from './papers/papers.module';
import { FeedsModule } from './feeds/feeds.module';
import { MembersModule } from './members/members.module';
import { WorkspaceModule } from './workspace/workspace.module';
import { ProceduresModule } from './procedures/procedures.module';
import { AlertsModule } from './alerts/alerts.module';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { ResponsesModule } from './responses/responses.module';
import { SearchModule } from './search/search.module';

/** Feature modules, one per concept. */
const FEATURES = [
  HealthModule,
  AuthModule,
  OpenApiModule,
  DocumentsModule,
  SearchModule,
  AdminModule,
  PanelsModule,
  MeetingsModule,
  RecommendationsModule,
  ResponsesModule,
  CommitmentsModule,
  ImplementationModule,
  LettersModule,
  PapersModule,
  FeedsModule,
  MembersModule,
  WorkspaceModule,
  ProceduresModule,
  AlertsModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [CommonModule, ...FEATURES],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_URL, useValue: databaseUrl },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useClass: StorableTextPipe },
        HttpCache,
        { provide: APP_INTERCEPTOR, useClass: HttpCacheInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
      exports: [APP_CONFIG, DATABASE_URL, HttpCache],
    };
  }
}
