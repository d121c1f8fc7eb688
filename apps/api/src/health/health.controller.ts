import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { Health } from '@psp/contracts';
import { isMigrated } from '@psp/db';
import { DATABASE_URL } from '../common/prisma.service';
import { PrismaService } from '../common/prisma.service';
import { ProblemException, problem } from '../common/problem';
import { ReadReplicas } from '../common/read-replicas';
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
    private readonly replicas: ReadReplicas,
  ) {}

  @Get()
  @Returns(Health)
  @ApiOperation({ summary: 'Whether the database is reachable and migrated' })
  @Problems(503)
  async health(): Promise<Health> {
    try {
      // The primary's health, even for a request pinned to a read replica.
      await this.replicas.runOn(null, () => this.prisma.$queryRaw`SELECT 1`);
      this.migrated ||= await isMigrated(this.databaseUrl);
    } catch {
      throw new ProblemException(problem(503, 'The database is not reachable.'));
    }
    if (!this.migrated) throw new ProblemException(problem(503, 'The database is not migrated yet.'));
    // A replica that is down or lagging does not make the portal unhealthy: the primary answers.
    return this.replicas.replicas.length ? { status: 'ok', readReplicas: this.replicas.health() } : { status: 'ok' };
  }
}
