// Preloaded (`node -r bench/trace-sql.cjs`) into the API only when the benchmark captures the SQL
// an endpoint issues: appends every statement the `pg` driver sends (Prisma's adapter included),
// with its parameters and timing, as one JSON line to $BENCH_TRACE_SQL. Never used when measuring.
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const file = process.env.BENCH_TRACE_SQL;
if (file) {
  const pg = require(require.resolve('pg', { paths: [path.join(__dirname, '..', 'apps', 'api')] }));
  const original = pg.Client.prototype.query;
  let nextClientId = 0;
  const clientIds = new WeakMap();
  pg.Client.prototype.query = function tracedQuery(config, values) {
    const text = typeof config === 'string' ? config : config && config.text;
    if (typeof text !== 'string') return original.apply(this, arguments);
    const params = (config && config.values) || (Array.isArray(values) ? values : undefined) || [];
    if (!clientIds.has(this)) clientIds.set(this, (nextClientId += 1));
    const client = clientIds.get(this);
    const rowMode = config && config.rowMode;
    const t0 = performance.now();
    const write = () => {
      const line = JSON.stringify({ client, t0, t1: performance.now(), text, values: params, rowMode }, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
      fs.appendFileSync(file, `${line}\n`);
    };
    const result = original.apply(this, arguments);
    if (result && typeof result.then === 'function') result.then(write, write);
    else write();
    return result;
  };
}
