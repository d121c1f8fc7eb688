// Every route of the OpenAPI document, called with what PostgreSQL cannot store or hold: a NUL in
// every path parameter, query parameter and string field, integers past int4, dates in the years
// 0000 and 9999 — as the public and as every role (with a valid session and CSRF token, so
// validation is reached). No answer is a 500, and a refusal names the field.
import type { ProblemDetails } from '@psp/contracts';
import type { Response as HttpResponse } from 'supertest';
import { call, expectStatus, findRecord, openDatabase, signInTeam, type Method, type Team } from './fixtures';
import { createTestApp, type SignedIn, type TestApp } from './harness';

interface Schema {
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
}
interface Operation {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

const NUL = 'a\u0000b';

/** A value of the schema's shape built from one kind of poison. */
function poisoned(schema: Schema | undefined, poison: 'nul' | 'int' | 'date'): unknown {
  if (!schema) return NUL;
  const variant = schema.anyOf?.find((s) => s.type !== 'null') ?? schema;
  switch (variant.type) {
    case 'object':
      return Object.fromEntries(Object.entries(variant.properties ?? {}).map(([key, property]) => [key, poisoned(property, poison)]));
    case 'array':
      return [poisoned(variant.items, poison)];
    case 'integer':
    case 'number':
      return poison === 'int' ? 2_147_483_648 : 1;
    case 'boolean':
      return true;
    default:
      if (variant.format === 'date-time') return poison === 'date' ? '0000-01-01T00:00:00Z' : poison === 'nul' ? NUL : '9999-12-31T00:00:00Z';
      return poison === 'nul' ? NUL : 'x';
  }
}

describe('hostile input on every route', () => {
  let t: TestApp;
  let team: Team;
  let sampleIds: Record<string, string>;
  let operations: Array<{ method: Method; template: string; operation: Operation }>;

  beforeAll(async () => {
    t = await createTestApp();
    team = await signInTeam(t);
    const prisma = openDatabase(t);
    const record = await findRecord(prisma);
    await prisma.$disconnect();
    // Real ids where a route needs one, so the poison in the other fields is what gets checked.
    sampleIds = { slug: 'leicestershire', id: record.seededRecommendationId, provisionKey: 'no-such-key' };
    const document = expectStatus<{ paths: Record<string, Record<string, Operation>> }>(await t.anonymous().get('/api/openapi.json'), 200);
    operations = Object.entries(document.paths).flatMap(([template, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({ method: method.toUpperCase() as Method, template, operation })),
    );
    expect(operations.length).toBeGreaterThan(30);
  });
  afterAll(() => t.close());

  const callers = (): Array<SignedIn | null> => [null, team.CLERK, team.OPCC_OFFICER, team.OPCC_APPROVER, team.ADMIN];
  const fill = (template: string, value: (name: string) => string) => template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(value(name)));

  async function expectNo500(label: string, response: HttpResponse, failures: string[]) {
    if (response.status >= 500) failures.push(`${label}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
  }

  it('answers a NUL in every path parameter without a 500, and 400 naming it where the route is reached', async () => {
    const failures: string[] = [];
    let refused = 0;
    for (const { method, template, operation } of operations) {
      const pathParams = (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      for (const name of pathParams) {
        for (const who of callers()) {
          const path = fill(template, (param) => (param === name ? NUL : (sampleIds[param] ?? 'x')));
          const response = await call(t, who, method, path, method === 'GET' ? undefined : {});
          await expectNo500(`${method} ${path}`, response, failures);
          if (response.status === 400 && (response.body as ProblemDetails).errors?.some((e) => e.path === name)) refused += 1;
        }
      }
    }
    expect(failures).toEqual([]);
    expect(refused).toBeGreaterThan(10);
  });

  it('answers a NUL in every query parameter and poisoned bodies without a 500', async () => {
    const failures: string[] = [];
    let bodies = 0;
    for (const { method, template, operation } of operations) {
      const path = fill(template, (param) => sampleIds[param] ?? 'x');
      for (const query of (operation.parameters ?? []).filter((p) => p.in === 'query')) {
        for (const who of callers()) await expectNo500(`${method} ${path}?${query.name}`, await call(t, who, method, `${path}?${query.name}=a%00b`), failures);
      }
      const schema = operation.requestBody?.content['application/json']?.schema;
      if (!schema) continue;
      for (const poison of ['nul', 'int', 'date'] as const) {
        for (const who of callers()) {
          bodies += 1;
          await expectNo500(`${method} ${path} (${poison})`, await call(t, who, method, path, poisoned(schema, poison)), failures);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(bodies).toBeGreaterThan(100);
  });

  it('names the field: a NUL, a version past int4, a meeting in the year 0000', async () => {
    const search = expectStatus<ProblemDetails>(await t.anonymous().get('/api/search?q=a%00b'), 400);
    expect(search.errors).toEqual([{ path: 'q', message: 'Must not contain a NUL character' }]);
    const meeting = expectStatus<ProblemDetails>(
      await call(t, team.CLERK, 'POST', '/api/panels/leicestershire/meetings', { title: 'Year zero', startsAt: '0000-01-01T10:00:00Z' }),
      400,
    );
    expect(meeting.errors).toEqual([{ path: 'startsAt', message: expect.stringContaining('between the years 1900 and 2200') }]);
    const close = expectStatus<ProblemDetails>(
      await call(t, team.CLERK, 'POST', `/api/recommendations/${sampleIds.id}/close`, { reason: 'x', version: 2_147_483_648 }),
      400,
    );
    expect(close.errors?.map((e) => e.path)).toEqual(['version']);
    const body = expectStatus<ProblemDetails>(
      await call(t, team.CLERK, 'POST', '/api/panels/leicestershire/meetings', { title: NUL, startsAt: '2030-01-01T10:00:00Z' }),
      400,
    );
    expect(body.errors).toEqual([{ path: 'title', message: 'Must not contain a NUL character' }]);
  });
});
