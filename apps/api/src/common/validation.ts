// Validation at the edge: request bodies and queries are parsed by the shared zod schemas of
// @psp/contracts, and the same schemas document the routes in OpenAPI.
import { applyDecorators, Body, HttpCode, PipeTransform, Query } from '@nestjs/common';
import { ApiBody, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { z, ZodError, type ZodType } from 'zod';
import type { FieldError } from '@psp/contracts';
import { badRequest } from './problem';

const joinPath = (path: PropertyKey[]) => (path.length ? path.map(String).join('.') : '(body)');

export function zodFieldErrors(error: ZodError): FieldError[] {
  return error.issues.flatMap((issue) =>
    // zod reports every unknown field of an object in one issue; a client fixes them one by one.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: joinPath([...issue.path, key]), message: `Unknown field "${key}"` }))
      : [{ path: joinPath(issue.path), message: issue.message }],
  );
}

export class ZodValidationPipe<T extends ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(
    private readonly schema: T,
    private readonly what: string,
  ) {}

  transform(value: unknown): z.infer<T> {
    const result = this.schema.safeParse(value ?? {});
    if (!result.success) throw badRequest(`The ${this.what} has invalid fields.`, zodFieldErrors(result.error));
    return result.data;
  }
}

type OpenApiSchema = Record<string, unknown>;

export function jsonSchema(schema: ZodType, io: 'input' | 'output' = 'output'): OpenApiSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as OpenApiSchema;
  return rest;
}

/** Validated JSON body, documented in OpenAPI. */
export function ValidBody(schema: ZodType): ParameterDecorator {
  return (target, propertyKey, index) => {
    Body(new ZodValidationPipe(schema, 'request body'))(target, propertyKey, index);
    if (propertyKey !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(target, propertyKey);
      if (descriptor) ApiBody({ schema: jsonSchema(schema, 'input') })(target, propertyKey, descriptor);
    }
  };
}

/** Validated query string, each field documented as a query parameter. */
export function ValidQuery(schema: ZodType): ParameterDecorator {
  return (target, propertyKey, index) => {
    Query(new ZodValidationPipe(schema, 'query'))(target, propertyKey, index);
    if (propertyKey === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, propertyKey);
    const properties = (jsonSchema(schema, 'input').properties ?? {}) as Record<string, OpenApiSchema>;
    const required = new Set((jsonSchema(schema, 'input').required as string[] | undefined) ?? []);
    if (!descriptor) return;
    for (const [name, property] of Object.entries(properties)) {
      ApiQuery({ name, required: required.has(name), schema: property })(target, propertyKey, descriptor);
    }
  };
}

/** The success response: its status code and schema in OpenAPI. */
export function Returns(schema: ZodType | null, status = 200, description = 'Success'): MethodDecorator {
  return applyDecorators(
    HttpCode(status),
    ApiResponse(schema ? { status, description, schema: jsonSchema(schema) } : { status, description }),
  );
}
