import { Controller, Get, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';

export const OPENAPI_DOCUMENT = Symbol('OPENAPI_DOCUMENT');

/** Serves the OpenAPI document generated from the controllers and their zod contracts at boot. */
@ApiExcludeController()
@Controller()
export class OpenApiController {
  constructor(@Inject(OPENAPI_DOCUMENT) private readonly document: { current: OpenAPIObject | null }) {}

  @Get('openapi.json')
  openapi(): OpenAPIObject | null {
    return this.document.current;
  }
}
