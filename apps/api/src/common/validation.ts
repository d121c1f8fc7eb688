// Validation at the edge: request bodies and queries are parsed by the shared zod schemas of
// @psp/contracts, and the same schemas document the routes in OpenAPI.
import { applyDecorators, Body, HttpCode, Injectable, Query, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
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
  return applyDecorators(HttpCode(status), ApiResponse(schema ? { status, description, schema: jsonSchema(schema) } : { status, description }));
}

/**
 * PostgreSQL's text cannot hold NUL (U+0000): a string with one would fail in the database as a
 * 500. Every path parameter, query parameter and body field is checked before anything else sees
 * it (a global pipe), and each such string is a field error of its own.
 */
@Injectable()
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const start = metadata.type === 'param' && metadata.data ? [metadata.data] : [];
    const errors = unstorableStrings(value, start).map((path) => ({ path: joinPath(path), message: 'Must not contain a NUL character' }));
    if (errors.length)
      throw badRequest(
        `The ${metadata.type === 'body' ? 'request body' : metadata.type === 'query' ? 'query' : 'address'} has characters that cannot be stored.`,
        errors,
      );
    return value;
  }
}

function unstorableStrings(value: unknown, path: PropertyKey[], depth = 0): PropertyKey[][] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path] : [];
  // Bodies are at most 1 MB of JSON; the depth bound only keeps a crafted one from recursing far.
  if (depth > 32 || value === null || typeof value !== 'object') return [];
  if (Buffer.isBuffer(value)) return [];
  return Object.entries(value).flatMap(([key, item]) => [
    ...(key.includes('\u0000') ? [[...path, key]] : []),
    ...unstorableStrings(item, [...path, key], depth + 1),
  ]);
}
