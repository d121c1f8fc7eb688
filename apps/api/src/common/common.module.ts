import { Global, Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
import { PrismaService } from './prisma.service';
import { ReadReplicas } from './read-replicas';

@Global()
@Module({
  providers: [ReadReplicas, PrismaService, AuditRepository],
  exports: [ReadReplicas, PrismaService, AuditRepository],
})
export class CommonModule {}
