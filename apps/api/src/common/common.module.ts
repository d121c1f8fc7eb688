import { Global, Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
import { IdempotencyRepository } from './idempotency';
import { PrismaService } from './prisma.service';
import { ReadReplicas } from './read-replicas';

@Global()
@Module({
  providers: [ReadReplicas, PrismaService, AuditRepository, IdempotencyRepository],
  exports: [ReadReplicas, PrismaService, AuditRepository, IdempotencyRepository],
})
export class CommonModule {}
