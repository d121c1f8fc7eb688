import { Global, Module } from '@nestjs/common';
import { OPENAPI_DOCUMENT, OpenApiController } from './openapi.controller';

@Global()
@Module({
  controllers: [OpenApiController],
  providers: [{ provide: OPENAPI_DOCUMENT, useValue: { current: null } }],
  exports: [OPENAPI_DOCUMENT],
})
export class OpenApiModule {}
