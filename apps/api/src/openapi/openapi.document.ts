// The OpenAPI document a client can rely on. Nest's generator describes each route's success and
// inputs from the decorators; what every route shares — the problem+json errors it can answer,
// the session cookie and CSRF header, the server — is added here in one place, from what the
// route declares (its parameters, body, and whether it needs a session), so a new route is
// documented completely without repeating it.
import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiResponse, DocumentBuilder, type OpenAPIObject } from '@nestjs/swagger';
import { ProblemDetails } from '@psp/contracts';
import { jsonSchema } from '../common/validation';

export const SESSION_SCHEME = 'session';
export const CSRF_SCHEME = 'csrf';
const PROBLEM_SCHEMA = 'ProblemDetails';

/** The statuses a route may answer with a problem, described once. */
const PROBLEM_DESCRIPTIONS = {
  400: 'Invalid input: `errors` names each field and what is wrong with it',
  401: 'Not signed in',
  403: 'Signed in but not allowed, or the CSRF token (or origin) of a cookie-authenticated write is missing or wrong',
  404: 'Unknown, or not visible to the caller (an unpublished thing is never revealed)',
  409: 'Conflict: a stale `version`, an illegal status transition or a duplicate',
  413: 'The request body or file is too large',
  415: 'The body is not of a type this route takes',
  422: 'Well-formed but cannot be processed (for example a file with no numbered paragraphs)',
  429: 'Too many requests: wait before trying again',
  503: 'Not ready: the database is unreachable or not migrated yet',
} as const;
export type ProblemStatus = keyof typeof PROBLEM_DESCRIPTIONS;

const problemResponse = (status: ProblemStatus) => ({
  description: PROBLEM_DESCRIPTIONS[status],
  content: { 'application/problem+json': { schema: { $ref: `#/components/schemas/${PROBLEM_SCHEMA}` } } },
});

/** Problem statuses a route answers beyond those derived from its shape (see `completeOpenApi`). */
export const Problems = (...statuses: ProblemStatus[]): MethodDecorator =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, description: PROBLEM_DESCRIPTIONS[status] })));

const MULTIPART_EXTENSION = 'x-multipart-form-data';

/**
 * The multipart form of a body that also comes as JSON (Nest gives every media type the JSON
 * schema); `completeOpenApi` puts it under `multipart/form-data`, so generated clients can upload.
 */
export const MultipartBody = (schema: Record<string, unknown>): MethodDecorator => ApiExtension(MULTIPART_EXTENSION, schema);

export function openApiConfig(sessionCookie: string): Omit<OpenAPIObject, 'paths'> {
  return new DocumentBuilder()
    .setTitle('Panel Scrutiny Portal API')
    .setDescription(
      'How a Police and Crime Panel scrutinises its Police and Crime Commissioner: plans, recommendations, responses, meetings and minutes. Errors are RFC 9457 problem details (application/problem+json). Anonymous callers see published material only.',
    )
    .setVersion('1.0.0')
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .addServer('/', 'This portal (paths start with /api)')
    .addCookieAuth(
      sessionCookie,
      { type: 'apiKey', in: 'cookie', name: sessionCookie, description: 'The session cookie set by POST /api/auth/login' },
      SESSION_SCHEME,
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'X-CSRF-Token',
        description: "The session's CSRF token (from sign-in or GET /api/auth/me), required on every write made with the session cookie",
      },
      CSRF_SCHEME,
    )
    .build();
}

interface Operation {
  [MULTIPART_EXTENSION]?: Record<string, unknown>;
  parameters?: Array<{ in: string; name: string; required?: boolean; description?: string; schema?: Record<string, unknown> }>;
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
  responses: Record<string, { description?: string; content?: unknown }>;
  security?: Record<string, string[]>[];
}

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

function usesSession(operation: Operation): boolean {
  return (operation.security ?? []).some((requirement) => SESSION_SCHEME in requirement);
}

function carriesVersion(operation: Operation): boolean {
  return Object.values(operation.requestBody?.content ?? {}).some((media) => media.schema?.properties !== undefined && 'version' in media.schema.properties);
}

/** The problem statuses that follow from a route's shape. */
function derivedProblems(method: string, operation: Operation): ProblemStatus[] {
  const statuses = new Set<ProblemStatus>();
  const parameters = operation.parameters ?? [];
  if (parameters.length > 0 || operation.requestBody) statuses.add(400);
  if (parameters.some((parameter) => parameter.in === 'path')) statuses.add(404);
  if (operation.requestBody) statuses.add(413);
  if (usesSession(operation)) {
    statuses.add(401);
    statuses.add(403);
  } else if (WRITE_METHODS.has(method)) {
    // A public write made by a signed-in browser still needs its CSRF token.
    statuses.add(403);
  }
  if (carriesVersion(operation)) statuses.add(409);
  return [...statuses];
}

/** Adds errors, security and the problem schema to every operation of Nest's document. */
export function completeOpenApi(document: OpenAPIObject): OpenAPIObject {
  document.components = document.components ?? {};
  document.components.schemas = { ...document.components.schemas, [PROBLEM_SCHEMA]: jsonSchema(ProblemDetails) };
  for (const pathItem of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = pathItem[method] as Operation | undefined;
      if (!operation) continue;
      const multipart = operation[MULTIPART_EXTENSION];
      if (multipart && operation.requestBody?.content) {
        operation.requestBody.content['multipart/form-data'] = { schema: multipart };
        delete operation[MULTIPART_EXTENSION];
      }
      const declared = Object.keys(operation.responses)
        .map(Number)
        .filter((status): status is ProblemStatus => status in PROBLEM_DESCRIPTIONS);
      for (const status of new Set([...derivedProblems(method, operation), ...declared])) {
        operation.responses[String(status)] = problemResponse(status);
      }
      if (method === 'post' && usesSession(operation)) {
        // Every signed-in POST honours an Idempotency-Key (common/idempotency.ts).
        operation.parameters = [
          ...(operation.parameters ?? []),
          {
            in: 'header',
            name: 'Idempotency-Key',
            required: false,
            description: 'Any 8 to 200 visible characters (a UUID): the same key and body within 24 hours get the first answer again and change nothing',
            schema: { type: 'string', minLength: 8, maxLength: 200 },
          },
        ];
        for (const status of [409, 422] as const) operation.responses[String(status)] = problemResponse(status);
      }
      if (usesSession(operation)) {
        // Reads with the cookie alone; writes with the cookie and the CSRF header.
        operation.security = WRITE_METHODS.has(method) ? [{ [SESSION_SCHEME]: [], [CSRF_SCHEME]: [] }] : [{ [SESSION_SCHEME]: [] }];
      } else {
        // Open to the public; a signed-in caller may see more (drafts), and writes with a session need the CSRF header.
        operation.security = WRITE_METHODS.has(method) ? [{}, { [SESSION_SCHEME]: [], [CSRF_SCHEME]: [] }] : [{}, { [SESSION_SCHEME]: [] }];
      }
    }
  }
  return document;
}
