// The OpenAPI document as a client generator sees it: Redocly's recommended ruleset passes with
// no errors, and openapi-typescript's types of it accept the web app's request bodies.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import * as contracts from '@psp/contracts';
import { closed } from '../src/common/closed-schema';
import { jsonSchema } from '../src/common/validation';
import { createTestApp, type TestApp } from './harness';

const root = path.resolve(__dirname, '../../..');
const artifacts = path.join(root, 'test-artifacts', 'openapi');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

let t: TestApp;
let documentFile: string;
beforeAll(async () => {
  t = await createTestApp({ seeded: false });
  const response = await t.anonymous().get('/api/openapi.json');
  expect(response.status).toBe(200);
  mkdirSync(artifacts, { recursive: true });
  documentFile = path.join(artifacts, `openapi-${process.pid}.json`);
  writeFileSync(documentFile, JSON.stringify(response.body, null, 2));
});
afterAll(() => t.close());

it('passes Redocly lint (recommended ruleset) with no errors', () => {
  const lint = spawnSync(bin('redocly'), ['lint', documentFile, '--extends', 'recommended', '--format', 'stylish'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  expect(`${lint.stdout}\n${lint.stderr}`).not.toMatch(/error/i);
  expect(lint.status).toBe(0);
});

/** The contract schema each JSON request body was generated from, found by its JSON Schema. */
function contractNamesBySchema(): Map<string, string> {
  const names = new Map<string, string>();
  for (const [name, value] of Object.entries(contracts)) {
    if (!(value instanceof z.ZodObject)) continue;
    names.set(JSON.stringify(jsonSchema(value, 'input')), name);
    names.set(JSON.stringify(jsonSchema(closed(value), 'input')), name);
  }
  return names;
}

it("generates, with openapi-typescript, types that accept the contract's request bodies the web app sends", () => {
  const document = JSON.parse(readFileSync(documentFile, 'utf8')) as {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>>;
  };
  const schemaFile = path.join(artifacts, `schema-${process.pid}.d.ts`);
  const generate = spawnSync(bin('openapi-typescript'), [documentFile, '--output', schemaFile], { cwd: root, encoding: 'utf8' });
  expect(generate.stderr).not.toMatch(/error/i);
  expect(generate.status).toBe(0);

  const names = contractNamesBySchema();
  const checks: string[] = [];
  const unnamed: string[] = [];
  for (const [route, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const body = operation.requestBody?.content['application/json'];
      if (!body) continue;
      const name = names.get(JSON.stringify(body.schema));
      if (!name) {
        unnamed.push(`${method.toUpperCase()} ${route}`);
        continue;
      }
      checks.push(
        `export const check${checks.length} = (input: z.infer<typeof contracts.${name}>): JsonBody<paths[${JSON.stringify(route)}][${JSON.stringify(method)}]> => input;`,
      );
    }
  }
  // Every JSON body is a schema of @psp/contracts (never a type copied by hand), so the web app's
  // fetchers, typed by the same schemas, send exactly what the document describes.
  expect(unnamed).toEqual([]);
  expect(checks.length).toBeGreaterThan(15);

  const checkFile = path.join(artifacts, `bodies-${process.pid}.ts`);
  const relative = (target: string) => path.relative(artifacts, target).split(path.sep).join('/');
  writeFileSync(
    checkFile,
    [
      `import type { z } from 'zod';`,
      `import type * as contracts from '${relative(path.join(root, 'packages/contracts/src/index'))}';`,
      `import type { paths } from './${path.basename(schemaFile, '.d.ts')}';`,
      `type JsonBody<Operation> = Operation extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;`,
      ...checks,
      '',
    ].join('\n'),
  );
  const typecheck = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/typescript/bin/tsc'),
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      checkFile,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  expect(typecheck.stdout).toBe('');
  expect(typecheck.status).toBe(0);
});
