import { Module } from '@nestjs/common';
import { PanelsModule } from '../panels/panels.module';
import { ProceduresController } from './procedures.controller';
import { ProceduresRepository } from './procedures.repository';
import { ProceduresService } from './procedures.service';

@Module({
  imports: [PanelsModule],
  controllers: [ProceduresController],
  providers: [ProceduresRepository, ProceduresService],
  exports: [ProceduresService],
})
export class ProceduresModule {}
