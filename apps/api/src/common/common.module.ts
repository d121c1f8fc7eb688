import { Global, Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
import { PrismaService } from './prisma.service';

@Global()
@Module({
  providers: [PrismaService, AuditRepository],
  exports: [PrismaService, AuditRepository],
})
export class CommonModule {}
