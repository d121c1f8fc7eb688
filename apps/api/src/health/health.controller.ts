import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { Health } from '@psp/contracts';
import { isMigrated } from '@psp/db';
import { DATABASE_URL } from '../common/prisma.service';
import { PrismaService } from '../common/prisma.service';
import { ProblemException, problem } from '../common/problem';
import { Returns } from '../common/validation';
import { Problems } from '../openapi/openapi.document';

@ApiTags('health')
@Controller('health')
export class HealthController {
  /** Migrations only move forward while the process runs, so "migrated" is checked until true. */
  private migrated = false;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  @Get()
  @Returns(Health)
  @ApiOperation({ summary: 'Whether the database is reachable and migrated' })
  @Problems(503)
  async health(): Promise<Health> {
    try {
      await this.prisma.$queryRaw`SELECT 1`;
      this.migrated ||= await isMigrated(this.databaseUrl);
    } catch {
      throw new ProblemException(problem(503, 'The database is not reachable.'));
    }
    if (!this.migrated) throw new ProblemException(problem(503, 'The database is not migrated yet.'));
    return { status: 'ok' };
  }
}
