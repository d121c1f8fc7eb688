// `npm run bench:soak`: mixed read/write load on the API (a child process) while it is killed
// with SIGKILL and restarted twice. With SOAK_PROCESSES=2 (`npm run bench:soak:scale`) two API
// processes serve behind HAProxy and each is killed once in turn: the other must keep serving. Every write the API acknowledged (2xx with its id) must be in
// the database exactly once, with exactly one audit event for its creation; the API must answer
// /api/health within RESTART_LIMIT_S of each restart. Exits non-zero on any loss or duplicate.
// Bounded: about two minutes of load (SOAK_SECONDS), loopback only, on its own small database.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { withDatabase } from '../prisma/src/database-url';
import { BENCH_PASSWORD, BENCH_USERS } from './dataset';
import { resolveBenchDatabase, seconds, type BenchConfig } from './db';
import { generate } from './generate';
import { startHaproxy } from './haproxy';
import { buildApi, sessionSecret, signIn, startApi, type ApiServer, type ServerMode, type Session } from './server';
import { SEARCH_TERMS } from './words';

const SOAK_S = Number(process.env.SOAK_SECONDS ?? 100);
const KILL_AT_S = [SOAK_S * 0.3, SOAK_S * 0.65];
const RESTART_LIMIT_S = Number(process.env.SOAK_RESTART_LIMIT ?? 30);
const PROCESSES = Number(process.env.SOAK_PROCESSES ?? 1);
const WRITERS = 6;
const READERS = 6;

interface Ack {
  kind: 'recommendation' | 'response' | 'publish';
  id: string;
  token: string;
}

interface Counters {
  attempted: number;
  acknowledged: number;
  failed: number;
  connectionErrors: number;
  reads: number;
  readFailures: number;
  /** Refusals by status and problem title: what the API said no to, and why. */
  refusals: Record<string, number>;
}

const email = (role: string) => BENCH_USERS.find((u) => u.role === role)?.email ?? '';

async function main(): Promise<void> {
  const startedAll = performance.now();
  const base = await resolveBenchDatabase();
  const url = withDatabase(base.url, 'psp_bench_soak');
  const runId = randomBytes(3).toString('hex');
  const log = (line: string) => console.log(`[${((performance.now() - startedAll) / 1000).toFixed(1).padStart(5)} s] ${line}`);
  let failed = false;
  try {
    const config: BenchConfig = { seed: 7, panels: 2, years: 1, lastYear: 2026 };
    const generated = await generate(url, config, () => undefined);
    log(`soak database ready (${config.panels} panels × ${config.years} year, ${seconds(generated.ms)})`);
    const mode: ServerMode = buildApi((line) => log(line));

    const setup = new Client({ connectionString: url });
    await setup.connect();
    const panels = (
      await setup.query<{ slug: string; meetingId: string; versionId: string }>(`
        SELECT p.slug,
               (SELECT m.id FROM "Meeting" m WHERE m."panelId" = p.id ORDER BY m."startsAt" DESC LIMIT 1) AS "meetingId",
               (SELECT v.id FROM "DocumentVersion" v JOIN "Document" d ON d.id = v."documentId"
                 WHERE d."panelId" = p.id AND d.kind = 'PLAN' AND v.status = 'PUBLISHED' ORDER BY v."publishedAt" DESC LIMIT 1) AS "versionId"
        FROM "Panel" p ORDER BY p.slug`)
    ).rows;
    const seededRecs = (await setup.query<{ id: string }>('SELECT id FROM "Recommendation" ORDER BY id')).rows.map((r) => r.id);
    await setup.end();

    const secret = sessionSecret();
    const firstPort = 33_000 + Math.floor(Math.random() * 1000);
    const ports = Array.from({ length: PROCESSES }, (_, i) => firstPort + i * 7);
    const servers: ApiServer[] = [];
    for (const port of ports)
      servers.push(await startApi({ databaseUrl: url, mode, port, sessionSecret: secret, ...(servers.length ? { env: { MIGRATE_ON_START: '0' } } : {}) }));
    // Several processes are reached through a real load balancer; one is reached directly.
    const balancer = PROCESSES > 1 ? await startHaproxy({ all: ports }) : null;
    const baseUrl = balancer?.urls.all ?? servers[0]?.url ?? '';
    log(`API up: ${servers.map((server) => `${server.url} in ${server.readyMs} ms`).join(', ')}${balancer ? `, behind HAProxy on ${baseUrl}` : ''}`);
    const sessions: Record<'clerk' | 'officer' | 'approver', Session> = {
      clerk: await signIn(baseUrl, email('CLERK'), BENCH_PASSWORD),
      officer: await signIn(baseUrl, email('OPCC_OFFICER'), BENCH_PASSWORD),
      approver: await signIn(baseUrl, email('OPCC_APPROVER'), BENCH_PASSWORD),
    };
    /** While a process is down: requests answered 2xx (by the others, when there are others). */
    let down = false;
    let servedWhileDown = 0;

    const acks: Ack[] = [];
    const tokens: string[] = [];
    const counters: Counters = { attempted: 0, acknowledged: 0, failed: 0, connectionErrors: 0, reads: 0, readFailures: 0, refusals: {} };
    const myRecs: string[] = [];
    const drafts: { id: string; version: number }[] = [];
    let serial = 0;
    const until = performance.now() + SOAK_S * 1000;

    const send = async (
      who: Session | null,
      method: string,
      path: string,
      body?: unknown,
    ): Promise<{ status: number; json: Record<string, unknown> | null }> => {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(who ? { cookie: who.cookie, ...(method !== 'GET' ? { 'x-csrf-token': who.csrfToken } : {}) } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(15_000),
      });
      const text = await response.text();
      if (down && response.status >= 200 && response.status < 300) servedWhileDown += 1;
      let json: Record<string, unknown> | null = null;
      try {
        json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
      } catch {
        json = null;
      }
      return { status: response.status, json };
    };

    /** One write; true when acknowledged. Connection errors are expected while the API is down. */
    /** `record`: false for the intermediate transitions (submit, approve), which are not checked. */
    const write = async (
      kind: Ack['kind'],
      token: string,
      who: Session,
      path: string,
      body: unknown,
      record = true,
    ): Promise<Record<string, unknown> | null> => {
      counters.attempted += 1;
      try {
        const { status, json } = await send(who, 'POST', path, body);
        if (status >= 200 && status < 300 && json && typeof json.id === 'string') {
          if (record) {
            counters.acknowledged += 1;
            acks.push({ kind, id: json.id, token });
          }
          return json;
        }
        counters.failed += 1;
        const reason = `${kind} ${status} ${String(json?.detail ?? json?.title ?? '')}`.slice(0, 160);
        counters.refusals[reason] = (counters.refusals[reason] ?? 0) + 1;
        if (status !== 409 && counters.failed <= 5) log(`write ${kind} answered ${status}: ${JSON.stringify(json).slice(0, 300)}`);
      } catch {
        counters.connectionErrors += 1;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    };

    const writer = async (n: number) => {
      while (performance.now() < until) {
        serial += 1;
        const token = `soak-${runId}-${n}-${serial}`;
        const choice = serial % 3;
        if (choice === 0 || (myRecs.length === 0 && seededRecs.length === 0)) {
          const panel = panels[serial % panels.length];
          if (!panel) continue;
          tokens.push(token);
          const created = await write('recommendation', token, sessions.clerk, `/api/panels/${panel.slug}/recommendations`, {
            meetingId: panel.meetingId,
            citedVersionId: panel.versionId,
            text: `That the Commissioner report on rural crime and road safety to the Panel [${token}].`,
          });
          if (created) myRecs.push(created.id as string);
        } else if (choice === 1 || drafts.length === 0) {
          const pool = myRecs.length && serial % 2 ? myRecs : seededRecs;
          const recommendationId = pool[serial % pool.length];
          if (!recommendationId) continue;
          tokens.push(token);
          const created = await write('response', token, sessions.officer, `/api/recommendations/${recommendationId}/responses`, {
            outcome: 'ACCEPTED',
            text: `The Commissioner accepts this recommendation and will report quarterly [${token}].`,
          });
          if (created) drafts.push({ id: created.id as string, version: Number(created.version ?? 1) });
        } else {
          const draft = drafts.shift();
          if (!draft) continue;
          // submit, approve, publish: the publication is the acknowledged write checked afterwards
          const submitted = await write(
            'response',
            '',
            sessions.officer,
            `/api/responses/${draft.id}/transitions`,
            { to: 'IN_REVIEW', version: draft.version },
            false,
          );
          if (!submitted) continue;
          const approved = await write(
            'response',
            '',
            sessions.approver,
            `/api/responses/${draft.id}/transitions`,
            { to: 'APPROVED', version: Number(submitted.version) },
            false,
          );
          if (!approved) continue;
          const published = await write('publish', '', sessions.approver, `/api/responses/${draft.id}/transitions`, {
            to: 'PUBLISHED',
            version: Number(approved.version),
          });
          if (published && published.status !== 'PUBLISHED') log(`publish of ${draft.id} answered status ${String(published.status)}`);
        }
      }
    };

    const reader = async (n: number) => {
      let i = n;
      while (performance.now() < until) {
        i += 1;
        const panel = panels[i % panels.length];
        const paths = [
          `/api/panels/${panel?.slug}/recommendations?status=AWAITING_RESPONSE&limit=50`,
          `/api/recommendations/${seededRecs[i % Math.max(1, seededRecs.length)]}`,
          `/api/search?q=${encodeURIComponent(SEARCH_TERMS[i % SEARCH_TERMS.length] ?? 'victims')}`,
        ];
        try {
          const { status } = await send(null, 'GET', paths[i % paths.length] ?? '/api/health');
          counters.reads += 1;
          if (status !== 200) counters.readFailures += 1;
        } catch {
          counters.readFailures += 1;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    };

    // the killer: SIGKILL at the planned moments (each process in turn), restart at once on the same port
    const restarts: { killedAtS: number; process: number; healthyAfterMs: number; servedWhileDown: number }[] = [];
    const killer = async () => {
      for (const [i, at] of KILL_AT_S.entries()) {
        const wait = startedLoad + at * 1000 - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const victim = i % servers.length;
        const server = servers[victim];
        const port = ports[victim];
        if (!server || port === undefined) continue;
        log(`SIGKILL API process ${victim + 1} of ${servers.length} (pid ${server.child.pid})`);
        servedWhileDown = 0;
        down = true;
        await server.kill9();
        const restarted = performance.now();
        servers[victim] = await startApi({ databaseUrl: url, mode, port, sessionSecret: secret });
        down = false;
        const healthyAfterMs = Math.round(performance.now() - restarted);
        restarts.push({ killedAtS: Math.round(at), process: victim + 1, healthyAfterMs, servedWhileDown });
        log(`restarted: /api/health answered 200 after ${healthyAfterMs} ms; ${servedWhileDown} requests answered meanwhile`);
      }
    };

    const startedLoad = performance.now();
    log(
      `load: ${WRITERS} writers (clerk creates recommendations; officer drafts; approver publishes) and ${READERS} anonymous readers for ${SOAK_S} s, SIGKILL at ${KILL_AT_S.map((s) => `${Math.round(s)} s`).join(' and ')}`,
    );
    await Promise.all([...Array.from({ length: WRITERS }, (_, i) => writer(i)), ...Array.from({ length: READERS }, (_, i) => reader(i)), killer()]);
    log(
      `load done: ${counters.attempted} writes attempted, ${acks.length} acknowledged, ${counters.failed} refused, ${counters.connectionErrors} connection errors; ${counters.reads} reads (${counters.readFailures} failed)`,
    );
    await balancer?.stop();
    await Promise.all(servers.map((server) => server.stop()));

    // verification, straight from the database
    const check = new Client({ connectionString: url });
    await check.connect();
    const problems: string[] = [];
    try {
      const byKind = (kind: Ack['kind']) => acks.filter((a) => a.kind === kind);
      const recIds = byKind('recommendation').map((a) => a.id);
      const respIds = byKind('response').map((a) => a.id);
      const pubIds = byKind('publish').map((a) => a.id);
      const present = async (table: string, ids: string[]) =>
        new Set((await check.query<{ id: string }>(`SELECT id FROM "${table}" WHERE id = ANY($1)`, [ids])).rows.map((r) => r.id));
      const recs = await present('Recommendation', recIds);
      const resps = await present('Response', respIds);
      for (const id of recIds) if (!recs.has(id)) problems.push(`acknowledged recommendation ${id} is missing`);
      for (const id of respIds) if (!resps.has(id)) problems.push(`acknowledged response ${id} is missing`);
      const published = new Set(
        (await check.query<{ id: string }>(`SELECT id FROM "Response" WHERE id = ANY($1) AND status = 'PUBLISHED'`, [pubIds])).rows.map((r) => r.id),
      );
      for (const id of pubIds) if (!published.has(id)) problems.push(`acknowledged publication of ${id} is missing`);

      // none twice: each token at most once in the table it was written to (acknowledged or not)
      const dupes = await check.query<{ token: string; n: number }>(
        `SELECT t.token, count(*)::int AS n FROM unnest($1::text[]) AS t(token)
         JOIN (SELECT text FROM "Recommendation" UNION ALL SELECT text FROM "Response") x ON strpos(x.text, '[' || t.token || ']') > 0
         GROUP BY t.token HAVING count(*) > 1`,
        [tokens],
      );
      for (const row of dupes.rows) problems.push(`token ${row.token} is stored ${row.n} times`);
      const textMatches = await check.query<{ id: string; ok: boolean }>(
        `SELECT a.id, (coalesce(r.text, s.text) LIKE '%[' || a.token || ']%') AS ok
         FROM unnest($1::text[], $2::text[]) AS a(id, token)
         LEFT JOIN "Recommendation" r ON r.id = a.id LEFT JOIN "Response" s ON s.id = a.id`,
        [[...recIds, ...respIds], [...byKind('recommendation'), ...byKind('response')].map((a) => a.token)],
      );
      for (const row of textMatches.rows) if (!row.ok) problems.push(`${row.id} does not hold the text that was acknowledged`);

      // audit: exactly one creation event per acknowledged write, one publication event per publication
      const auditCounts = async (action: string, ids: string[]) =>
        new Map(
          (
            await check.query<{ id: string; n: number }>(
              `SELECT "entityId" AS id, count(*)::int AS n FROM "AuditEvent" WHERE action = $1 AND "entityId" = ANY($2) GROUP BY 1`,
              [action, ids],
            )
          ).rows.map((r) => [r.id, r.n]),
        );
      for (const [action, ids] of [
        ['recommendation.created', recIds],
        ['response.created', respIds],
        ['response.published', pubIds],
      ] as const) {
        const counts = await auditCounts(action, ids);
        for (const id of ids) if ((counts.get(id) ?? 0) !== 1) problems.push(`${action} for ${id}: ${counts.get(id) ?? 0} audit events, expected 1`);
      }
      // the response summary the tracker's status derives from agrees with the responses themselves
      const summaries = await check.query<{ id: string }>(
        `SELECT r.id FROM "Recommendation" r
         WHERE (r."firstPublishedResponseAt", r."latestOutcome") IS DISTINCT FROM (
           (SELECT min(coalesce(s."publishedAt", s."createdAt")) FROM "Response" s WHERE s."recommendationId" = r.id AND s.status = 'PUBLISHED'),
           (SELECT s.outcome FROM "Response" s WHERE s."recommendationId" = r.id AND s.status = 'PUBLISHED'
             ORDER BY s."publishedAt" DESC NULLS LAST, s."createdAt" DESC, s.id DESC LIMIT 1))`,
      );
      for (const row of summaries.rows) problems.push(`recommendation ${row.id}: response summary disagrees with its published responses`);
      for (const restart of restarts)
        if (restart.healthyAfterMs > RESTART_LIMIT_S * 1000) problems.push(`the API took ${restart.healthyAfterMs} ms to answer /api/health after a restart`);
      if (restarts.length !== KILL_AT_S.length) problems.push(`only ${restarts.length} of ${KILL_AT_S.length} restarts happened`);
      if (acks.length === 0) problems.push('no write was acknowledged at all');
      if (PROCESSES > 1)
        for (const restart of restarts) if (restart.servedWhileDown === 0) problems.push(`no request was answered while process ${restart.process} was down`);

      const summary = {
        soak: {
          seconds: SOAK_S,
          server: mode,
          processes: PROCESSES,
          acknowledged: { recommendations: recIds.length, responses: respIds.length, publications: pubIds.length },
          attempted: counters.attempted,
          refused: counters.failed,
          refusals: counters.refusals,
          connectionErrors: counters.connectionErrors,
          reads: counters.reads,
          readFailures: counters.readFailures,
          restarts,
          restartLimitS: RESTART_LIMIT_S,
          lost: problems.filter((p) => p.includes('missing')).length,
          duplicates: dupes.rows.length,
          problems: problems.slice(0, 20),
          ok: problems.length === 0,
        },
      };
      log(
        problems.length
          ? `FAILED: ${problems.length} problem(s):\n  ${problems.slice(0, 20).join('\n  ')}`
          : `verified: all ${acks.length} acknowledged writes are in the database once (${recIds.length} recommendations, ${respIds.length} responses, ${pubIds.length} publications), each with exactly one audit event, every response summary in step; restarts healthy after ${restarts.map((r) => `${r.healthyAfterMs} ms`).join(' and ')}`,
      );
      console.log(JSON.stringify(summary));
      failed = problems.length > 0;
    } finally {
      await check.end();
    }
  } finally {
    await base.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
