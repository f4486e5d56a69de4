// API latency and throughput under concurrent connections: the committee overview (Hisingen 2022's
// committee-year view, which the overview and the indicator page both read) and the other requests a page load
// makes, against /api/health of the same server as the floor. Not part of the test suite.
//
//   npx node bench/api.ts [--seconds 10] [--warmup 3] [--connections 50] [--postgres] [--engine pglite|postgres]
//                         [--log-level warn] [--cpu-prof DIR]
//
// Prints a table per engine and one machine-readable line per endpoint:
//   engine=pglite endpoint=overview connections=50 p50=… p95=… p99=… rps=… ratio_p95=… errors=0

import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import {
  controllerEmail,
  type Engine,
  enginesFrom,
  findHisingen,
  percentile,
  signInPatiently,
  startBenchServer,
} from './bench-server.ts';
import { recordResult } from './results.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    postgres: { type: 'boolean', default: false },
    engine: { type: 'string' },
    'log-level': { type: 'string', default: 'warn' },
    'cpu-prof': { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
const targetRatio = 3;
const targetMs = 25;

interface Figures {
  endpoint: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
  requests: number;
}

/** Every response's time as autocannon saw it, so the percentiles are exact rather than its fixed set. */
async function measure(url: string, cookie: string, duration: number): Promise<Omit<Figures, 'endpoint'>> {
  const times: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon({ url, connections, duration, headers: { cookie } }, (error, finished) =>
      error ? fail(error) : done(finished),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode !== 200) errors += 1;
      times.push(responseTime);
    });
  });
  // autocannon stops without waiting for the requests still in flight; the server works them off before it
  // answers a fresh request (the database serves requests in order), so the next endpoint starts on an idle server.
  await (await fetch(new URL('/api/health', url))).arrayBuffer();
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: result.requests.total / duration,
    errors: errors + result.errors + result.timeouts,
    requests: result.requests.total,
  };
}

async function benchEngine(engine: Engine): Promise<boolean> {
  const profile = values['cpu-prof'];
  const started = await startBenchServer(engine, {
    logLevel: values['log-level'],
    ...(profile && { nodeOptions: `--cpu-prof --cpu-prof-dir=${profile}` }),
  });
  try {
    const base = started.server.url;
    const { client, me } = await signInPatiently(base, controllerEmail);
    const scope = await findHisingen(client, me.municipality.id);
    const cookie = client.cookieHeader();
    const endpoints = [
      { endpoint: 'health', path: '/api/health' },
      { endpoint: 'me', path: '/api/auth/me' },
      { endpoint: 'org-tree', path: `/api/municipalities/${scope.municipalityId}/org-tree` },
      { endpoint: 'overview', path: scope.yearPath },
    ];
    for (const { path } of endpoints) {
      const check = await client.request('GET', path);
      if (!check.ok) throw new Error(`${path} answered ${check.status}`);
      await check.arrayBuffer();
    }
    for (const { path } of endpoints) await measure(`${base}${path}`, cookie, warmup);
    const figures: Figures[] = [];
    for (const { endpoint, path } of endpoints) {
      figures.push({ endpoint, ...(await measure(`${base}${path}`, cookie, seconds)) });
    }
    const floor = figures.find((row) => row.endpoint === 'health');
    const ms = (value: number) => value.toFixed(2);
    console.log(
      `\n${engine}: ${connections} connections, ${seconds} s per endpoint after ${warmup} s warm-up`,
    );
    console.log('endpoint   p50 ms   p95 ms   p99 ms    req/s  ratio p95  errors');
    for (const row of figures) {
      const ratio = floor ? row.p95 / floor.p95 : Number.NaN;
      console.log(
        `${row.endpoint.padEnd(9)} ${ms(row.p50).padStart(7)}  ${ms(row.p95).padStart(7)}  ${ms(row.p99).padStart(7)}  ${row.rps.toFixed(0).padStart(7)}  ${ratio.toFixed(2).padStart(9)}  ${String(row.errors).padStart(6)}`,
      );
    }
    const lines = figures.map((row) => {
      const ratio = floor ? row.p95 / floor.p95 : Number.NaN;
      return `engine=${engine} endpoint=${row.endpoint} connections=${connections} p50=${ms(row.p50)} p95=${ms(row.p95)} p99=${ms(row.p99)} rps=${row.rps.toFixed(0)} ratio_p95=${ratio.toFixed(2)} errors=${row.errors}`;
    });
    for (const line of lines) console.log(line);
    const overview = figures.find((row) => row.endpoint === 'overview');
    const met =
      !!overview &&
      !!floor &&
      overview.errors === 0 &&
      overview.p95 <= targetRatio * floor.p95 &&
      overview.p95 <= targetMs;
    lines.push(
      `engine=${engine} target=overview_p95<=${targetRatio}x_floor_and<=${targetMs}ms met=${met ? 'yes' : 'no'}`,
    );
    console.log(lines.at(-1));
    recordResult('api', engine, [
      `${connections} connections, ${seconds} s per endpoint after ${warmup} s warm-up`,
      ...lines,
    ]);
    return met;
  } finally {
    await started.stop();
  }
}

const cpu = cpus();
console.log(
  `API benchmark · ${new Date().toISOString()} · ${cpu[0]?.model.trim() ?? 'unknown CPU'} · ${cpu.length} cores · Node ${process.version}`,
);
let allMet = true;
for (const engine of enginesFrom(values)) {
  if (!(await benchEngine(engine))) allMet = false;
}
process.exitCode = allMet ? 0 : 1;
