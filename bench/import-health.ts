// How long /api/health can wait while the API imports a large, legitimate document: a ~9.4 MB
// plain-text report of 4,040 dotted-decimal paragraphs (below the import limits), uploaded as the OPCC
// officer into one of the dataset's plans while /api/health is asked every 20 ms. The parse runs
// in a child process, so the health answers should barely notice; the worst one is reported.
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { BENCH_PASSWORD } from './dataset';
import { signIn } from './server';

export interface ImportHealth {
  bytes: number;
  importStatus: number;
  importMs: number;
  healthChecks: number;
  worstHealthMs: number;
  p95HealthMs: number;
}

/** A long report as councils write them: 40 sections of 100 dotted-decimal paragraphs (1.1 … 40.100), ~2,350 characters each. */
function legitimateReport(sections: number, paragraphsPerSection: number, paragraphChars: number): string {
  const sentence =
    'The Commissioner will work with the Chief Constable and partners to reduce harm, support victims and strengthen neighbourhood policing across the force area. ';
  const body = sentence
    .repeat(Math.ceil(paragraphChars / sentence.length))
    .slice(0, paragraphChars)
    .trimEnd()
    .replace(/[^.]$/, '.');
  const parts: string[] = [];
  for (let section = 1; section <= sections; section += 1) {
    parts.push(`${section}.0 SECTION ${section}`);
    for (let paragraph = 1; paragraph <= paragraphsPerSection; paragraph += 1) parts.push(`${section}.${paragraph} ${body}`);
  }
  return parts.join('\n\n');
}

export async function measureImportHealth(baseUrl: string, databaseUrl: string, officerEmail: string): Promise<ImportHealth> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  let documentId: string;
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT d.id FROM "Document" d WHERE d.kind = 'PLAN' ORDER BY d.id LIMIT 1`);
    documentId = rows[0]?.id ?? '';
  } finally {
    await client.end();
  }
  if (!documentId) throw new Error('the dataset has no plan to import into');
  const session = await signIn(baseUrl, officerEmail, BENCH_PASSWORD);
  const text = legitimateReport(40, 100, 2_350);
  const form = new FormData();
  form.set('label', `Bench import ${Date.now()}`);
  form.set('file', new Blob([text], { type: 'text/plain' }), 'bench-plan.txt');

  const latencies: number[] = [];
  let importing = true;
  const watcher = (async () => {
    while (importing) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/health`);
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const started = performance.now();
  const answer = await fetch(`${baseUrl}/api/documents/${documentId}/versions`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
    body: form,
  });
  await answer.arrayBuffer();
  const importMs = performance.now() - started;
  importing = false;
  await watcher;
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    bytes: Buffer.byteLength(text),
    importStatus: answer.status,
    importMs: round(importMs),
    healthChecks: latencies.length,
    worstHealthMs: round(sorted.at(-1) ?? NaN),
    p95HealthMs: round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN),
  };
}
