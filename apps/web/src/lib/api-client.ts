// A small fetch wrapper: JSON in and out, the session cookie on every call, the CSRF token on
// writes, RFC 9457 problem details thrown as ApiError. It has no UI side effects: callers decide
// what an error means for the page (an error summary, a sign-in redirect, a not-found page).
import type { z } from 'zod';
import type { FieldError, ProblemDetails } from '@psp/contracts';
import { getCsrfToken } from './session';

type Contracts = typeof import('@psp/contracts');
/** The name of a zod schema exported by @psp/contracts. */
export type SchemaName = { [K in keyof Contracts]: Contracts[K] extends z.ZodType ? K : never }[keyof Contracts];
export type Shape<K extends SchemaName> = z.infer<Contracts[K]>;

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

interface BaseOptions {
  params?: QueryParams;
  signal?: AbortSignal;
}
interface ReadOptions<K extends SchemaName> extends BaseOptions {
  /** Checked against this contract schema in development (and in component tests). */
  schema?: K;
  /** The body is a JSON array of `schema`. */
  many?: boolean;
}
interface WriteOptions<K extends SchemaName> extends ReadOptions<K> {
  body?: unknown;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;
/** The browser's fetch; the server renderer swaps in one that calls the API with the visitor's cookie. */
let fetchApi: FetchFunction = (input, init) => fetch(input, init);

/** Used by the server renderer: API paths are relative, so on the server they need an origin. */
export function setApiFetch(fetchFunction: FetchFunction): void {
  fetchApi = fetchFunction;
}

function withParams(path: string, params?: QueryParams): string {
  if (!params) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

function fallbackProblem(status: number, detail: string): ProblemDetails {
  const titles: Record<number, string> = { 0: 'Could not reach the portal', 401: 'Sign in required', 403: 'Not allowed', 404: 'Not found', 409: 'Conflict' };
  return { type: 'about:blank', title: titles[status] ?? 'Something went wrong', status, detail };
}

function isProblem(value: unknown): value is ProblemDetails {
  return (
    typeof value === 'object' && value !== null && typeof (value as ProblemDetails).status === 'number' && typeof (value as ProblemDetails).title === 'string'
  );
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  }
  return response.text();
}

async function checkShape(name: SchemaName, many: boolean, data: unknown): Promise<void> {
  const contracts = await import('@psp/contracts');
  const schema = contracts[name] as z.ZodType;
  const result = (many ? schema.array() : schema).safeParse(data);
  if (!result.success) {
    throw new Error(`Response does not match the ${name}${many ? '[]' : ''} contract: ${result.error.message}`);
  }
}

/** Fresh for each page load: within it, the same create sent twice (a double click, a retry) shares a key. */
const PAGE_NONCE = globalThis.crypto.randomUUID();

/** FNV-1a, 32 bits: a fingerprint of the request for its key (not a secret; the key is per person on the server). */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The Idempotency-Key of a create: the same path and body in this page load give the same key, so
 * the API answers a repeat with the first answer instead of creating twice.
 */
function idempotencyKey(path: string, body: unknown): string {
  const request = `POST ${path} ${body instanceof FormData ? formFingerprint(body) : JSON.stringify(body ?? null)}`;
  return `${PAGE_NONCE}-${fnv1a(request, 0x811c9dc5)}${fnv1a(request, 0x01000193)}`;
}

/** A form's fields, each file by its name, size and time, so that two different uploads never share a key. */
function formFingerprint(form: FormData): string {
  return JSON.stringify(
    [...form.entries()].map(([name, value]) => [name, typeof value === 'string' ? value : `${value.name}:${value.size}:${value.lastModified}`]),
  );
}

async function request<T>(method: string, path: string, options: WriteOptions<SchemaName> = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  // A FormData body (a file upload) sets its own multipart Content-Type, boundary included.
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (WRITE_METHODS.has(method)) {
    const token = getCsrfToken();
    if (token) headers['X-CSRF-Token'] = token;
  }
  if (method === 'POST') headers['Idempotency-Key'] = idempotencyKey(path, options.body);

  let response: Response;
  try {
    response = await fetchApi(withParams(path, options.params), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : options.body instanceof FormData ? options.body : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(fallbackProblem(0, 'The portal could not be reached. Check your connection and try again.'));
  }

  let body: unknown;
  try {
    body = await readBody(response);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    throw new ApiError(isProblem(body) ? body : fallbackProblem(response.status, `The portal answered ${response.status} ${response.statusText}.`.trim()));
  }
  if (__PSP_DEV__ && options.schema) await checkShape(options.schema, options.many ?? false, body);
  return body as T;
}

/* Overloads type the result from the contract schema named in `schema`. */
function get<K extends SchemaName>(path: string, options: ReadOptions<K> & { schema: K; many: true }): Promise<Shape<K>[]>;
function get<K extends SchemaName>(path: string, options: ReadOptions<K> & { schema: K; many?: false }): Promise<Shape<K>>;
function get<T>(path: string, options?: BaseOptions): Promise<T>;
function get(path: string, options: ReadOptions<SchemaName> = {}): Promise<unknown> {
  return request('GET', path, options);
}

function writer(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE') {
  function write<K extends SchemaName>(path: string, options: WriteOptions<K> & { schema: K; many: true }): Promise<Shape<K>[]>;
  function write<K extends SchemaName>(path: string, options: WriteOptions<K> & { schema: K; many?: false }): Promise<Shape<K>>;
  function write<T = void>(path: string, options?: BaseOptions & { body?: unknown }): Promise<T>;
  function write(path: string, options: WriteOptions<SchemaName> = {}): Promise<unknown> {
    return request(method, path, options);
  }
  return write;
}

export const apiClient = {
  get,
  post: writer('POST'),
  put: writer('PUT'),
  patch: writer('PATCH'),
  delete: writer('DELETE'),
};
