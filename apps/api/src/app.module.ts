import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuthModule } from './auth/auth.module';
import { CommonModule } from './common/common.module';
import { DATABASE_URL } from './common/prisma.service';
import { ProblemDetailsFilter } from './common/problem.filter';
import { APP_CONFIG, type AppConfig } from './config';
import { HealthModule } from './health/health.module';
import { OpenApiModule } from './openapi/openapi.module';

/** Feature modules, one per concept. */
const FEATURES = [HealthModule, AuthModule, OpenApiModule];

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
      ],
      exports: [APP_CONFIG, DATABASE_URL],
    };
  }
}
