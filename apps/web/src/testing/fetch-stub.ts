// A tiny fetch stub for component tests: HTTP is faked at the fetch boundary, so the real
// api-client, queries and components run unchanged. Routes are matched by method and path.
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  credentials: RequestCredentials | undefined;
  body: unknown;
}

export interface StubReply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (request: RecordedRequest) => StubReply | Promise<StubReply>;

export interface FetchStub {
  requests: RecordedRequest[];
  /** Adds or replaces the reply for METHOD path (exact path, or a RegExp on the path). */
  on(method: string, path: string | RegExp, reply: StubReply | Handler): FetchStub;
  calls(method: string, path: string | RegExp): RecordedRequest[];
}

export function stubFetch(): FetchStub {
  const routes: { method: string; path: string | RegExp; handler: Handler }[] = [];
  const requests: RecordedRequest[] = [];
  const matches = (request: RecordedRequest, method: string, path: string | RegExp) =>
    request.method === method && (typeof path === 'string' ? request.url.pathname === path : path.test(request.url.pathname));

  const fetchImpl = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => {
      headers[key] = value;
    });
    const request: RecordedRequest = {
      method: (init.method ?? 'GET').toUpperCase(),
      url,
      headers,
      credentials: init.credentials,
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    requests.push(request);
    // The newest route wins, so a test can change an answer part-way through.
    const route = [...routes].reverse().find((r) => matches(request, r.method, r.path));
    const reply: StubReply = route
      ? await route.handler(request)
      : { status: 404, body: { type: 'about:blank', title: 'Not found', status: 404, detail: `No stub for ${request.method} ${url.pathname}` } };
    const status = reply.status ?? 200;
    const isProblem = status >= 400;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status,
      headers: { 'content-type': isProblem ? 'application/problem+json' : 'application/json', ...reply.headers },
    });
  };

  const stub: FetchStub = {
    requests,
    on(method, path, reply) {
      routes.push({ method: method.toUpperCase(), path, handler: typeof reply === 'function' ? reply : () => reply });
      return stub;
    },
    calls(method, path) {
      return requests.filter((request) => matches(request, method.toUpperCase(), path));
    },
  };
  globalThis.fetch = jest.fn(fetchImpl) as typeof fetch;
  return stub;
}

export function problem(status: number, detail: string, errors?: { path: string; message: string }[]) {
  const titles: Record<number, string> = { 400: 'Invalid request', 401: 'Sign in required', 403: 'Not allowed', 404: 'Not found', 409: 'Conflict' };
  return { status, body: { type: `/problems/${status}`, title: titles[status] ?? 'Error', status, detail, ...(errors ? { errors } : {}) } };
}
