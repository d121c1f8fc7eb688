import { stubFetch, problem } from '@/testing/fetch-stub';
import { apiClient, ApiError, isApiError } from './api-client';
import { clearCsrfToken, setCsrfToken } from './session';

describe('apiClient', () => {
  it('sends the CSRF token on every write, and never on a read', async () => {
    const http = stubFetch()
      .on('GET', '/api/panels', { body: [] })
      .on('POST', '/api/things', { status: 201, body: {} })
      .on('PATCH', '/api/things/1', { body: {} })
      .on('PUT', '/api/things/1', { body: {} })
      .on('DELETE', '/api/things/1', { status: 204 });
    setCsrfToken('token-123');

    await apiClient.get('/api/panels');
    await apiClient.post('/api/things', { body: { a: 1 } });
    await apiClient.patch('/api/things/1', { body: { a: 2 } });
    await apiClient.put('/api/things/1', { body: { a: 3 } });
    await apiClient.delete('/api/things/1');

    const [read, ...writes] = http.requests;
    expect(read?.headers['x-csrf-token']).toBeUndefined();
    expect(writes.map((request) => [request.method, request.headers['x-csrf-token']])).toEqual([
      ['POST', 'token-123'],
      ['PATCH', 'token-123'],
      ['PUT', 'token-123'],
      ['DELETE', 'token-123'],
    ]);
    expect(http.requests.length).toBeGreaterThan(0);
    expect(http.requests.every((request) => request.credentials === 'same-origin')).toBe(true);
    expect(writes[0]?.headers['content-type']).toBe('application/json');
    expect(writes[0]?.body).toEqual({ a: 1 });
  });

  it('sends an Idempotency-Key on every create: the same one for the same create, another for another', async () => {
    const http = stubFetch().on('POST', '/api/things', { status: 201, body: {} }).on('PATCH', '/api/things/1', { body: {} });
    await apiClient.post('/api/things', { body: { title: 'A' } });
    await apiClient.post('/api/things', { body: { title: 'A' } });
    await apiClient.post('/api/things', { body: { title: 'B' } });
    await apiClient.patch('/api/things/1', { body: { title: 'C' } });
    const keys = http.requests.map((request) => request.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[\x21-\x7e]{8,200}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(keys[3]).toBeUndefined();
  });

  it('keeps the token across a reload of the tab (sessionStorage), and forgets it on sign-out', async () => {
    const http = stubFetch().on('POST', '/api/things', { status: 201, body: {} });
    setCsrfToken('kept');
    jest.isolateModules(() => {
      // A fresh copy of the module, as after a reload: the token comes back from sessionStorage.
      const { getCsrfToken } = jest.requireActual<typeof import('./session')>('./session');
      expect(getCsrfToken()).toBe('kept');
    });
    clearCsrfToken();
    await apiClient.post('/api/things', { body: {} });
    expect(http.requests[0]?.headers['x-csrf-token']).toBeUndefined();
  });

  it('throws problem details as an ApiError, field errors included', async () => {
    stubFetch().on('POST', '/api/things', problem(400, 'The request is not valid.', [{ path: 'title', message: 'Enter a title' }]));
    const error = await apiClient.post('/api/things', { body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(isApiError(error, 400)).toBe(true);
    expect((error as ApiError).fieldErrors).toEqual([{ path: 'title', message: 'Enter a title' }]);
    expect((error as ApiError).message).toBe('The request is not valid.');
  });

  it('turns a failure without problem details, or no network at all, into an ApiError too', async () => {
    globalThis.fetch = jest.fn(async () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } })) as typeof fetch;
    await expect(apiClient.get('/api/panels')).rejects.toMatchObject({ status: 502 });
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(apiClient.get('/api/panels')).rejects.toMatchObject({ status: 0, problem: { title: 'Could not reach the portal' } });
  });

  it('checks replies against the contract in development', async () => {
    stubFetch().on('GET', '/api/panels', { body: [{ slug: 'x' }] });
    await expect(apiClient.get('/api/panels', { schema: 'Panel', many: true })).rejects.toThrow(/Panel\[\] contract/);
  });

  it('adds query parameters, leaving out empty ones', async () => {
    const http = stubFetch().on('GET', '/api/search', { body: { hits: [] } });
    await apiClient.get('/api/search', { params: { q: 'rural crime', panel: undefined, limit: '' } });
    expect(http.requests[0]?.url.search).toBe('?q=rural+crime');
  });
});
