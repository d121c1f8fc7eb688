// Several API processes behind a real load balancer (HAProxy on loopback), measured against one:
// the same anonymous, cacheable reads through one frontend with one process behind it and
// another with two, so both runs pay the balancer's hop. Each process keeps its own HTTP cache,
// validated against the same database snapshot, so the hit ratio across processes is measured
// too. Processes share the session secret, as replicas behind a balancer must.
import { startHaproxy } from './haproxy';
import { httpLoad, sampleCache, settle, type HttpRequest, type Stats } from './load';
import { sessionSecret, startApi, type ServerMode } from './server';

export interface ScaleOutRun {
  processes: number;
  stats: Stats;
  /** Share of sampled plain requests answered from a process's cache. */
  cacheHitRatio: number | null;
}

export interface ScaleOutOptions {
  databaseUrl: string;
  mode: ServerMode;
  urls: string[];
  connections: number;
  durationS: number;
  warmupS: number;
  sample: boolean;
  log: (line: string) => void;
}

export async function measureScaleOut(options: ScaleOutOptions): Promise<ScaleOutRun[]> {
  const secret = sessionSecret();
  const first = await startApi({ databaseUrl: options.databaseUrl, mode: options.mode, sessionSecret: secret });
  const second = await startApi({ databaseUrl: options.databaseUrl, mode: options.mode, sessionSecret: secret, env: { MIGRATE_ON_START: '0' } });
  const balancer = await startHaproxy({ one: [first.port], two: [first.port, second.port] }).catch(async (error: unknown) => {
    await Promise.all([first.stop(), second.stop()]);
    throw error;
  });
  try {
    const runs: ScaleOutRun[] = [];
    for (const [name, processes] of [
      ['one', 1],
      ['two', 2],
    ] as const) {
      const baseUrl = balancer.urls[name];
      if (!baseUrl) throw new Error(`no frontend ${name}`);
      let i = 0;
      const next = (): HttpRequest => ({ path: options.urls[i++ % options.urls.length] ?? '/api/health' });
      await httpLoad({ baseUrl, connections: options.connections, durationS: options.warmupS, next });
      await settle(options.databaseUrl);
      const sampler = options.sample ? sampleCache(baseUrl, options.urls, options.durationS) : null;
      const stats = await httpLoad({ baseUrl, connections: options.connections, durationS: options.durationS, next });
      const cacheHitRatio = sampler ? await sampler : null;
      await settle(options.databaseUrl);
      runs.push({ processes, stats, cacheHitRatio });
      options.log(
        `  ${`${processes} process${processes > 1 ? 'es' : ''} behind HAProxy`.padEnd(27)} ${String(stats.rps).padStart(6)} req/s p50 ${stats.p50} p95 ${stats.p95} ms` +
          `${cacheHitRatio === null ? '' : `, cache hits ${Math.round(cacheHitRatio * 100)} %`}${stats.unexpected || stats.errors ? `  ERRORS ${JSON.stringify(stats.statuses)} ${stats.errors}` : ''}`,
      );
    }
    return runs;
  } finally {
    await balancer.stop();
    await Promise.all([first.stop(), second.stop()]);
  }
}
