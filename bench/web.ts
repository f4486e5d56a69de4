// The web app's first load: the JavaScript index.html loads at once (its module script and modulepreloads,
// gzip -9 of the built files) and the time until Hisingen 2022's overview is usable in headless Chromium,
// cold and warm HTTP cache. Build first: `npm run build -w @styr/web`. Not part of the test suite.
//
//   npx node bench/web.ts [--runs 7] [--postgres] [--engine pglite|postgres]
//
// "Usable" is the moment the overview's goal heading and its first indicator table are in the page, taken by a
// MutationObserver in the page, measured from the navigation's start (performance.now() of the new document).

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from '../e2e/browser.ts';
import {
  controllerEmail,
  demoPassword,
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
    runs: { type: 'string', default: '7' },
    postgres: { type: 'boolean', default: false },
    engine: { type: 'string' },
  },
});
const runs = Number(values.runs);
const budgetBytes = 250_000;
const dist = resolve(import.meta.dirname, '../apps/web/dist');

/** The JS files index.html makes the browser fetch before anything is shown, with their gzip -9 sizes. */
function firstLoadScripts(): { file: string; raw: number; gzip: number }[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] as string);
  return [...new Set(sources)].map((source) => {
    const content = readFileSync(join(dist, source.replace(/^\//, '')));
    return { file: source, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
}

// Set before the app's scripts run: the first moment the goal list and an indicator table are in the page.
const observeUsable = () => {
  const win = window as unknown as { __usableAt?: number };
  const usable = () =>
    document.querySelector('#goals-heading') !== null &&
    document.querySelector('section[aria-labelledby="goals-heading"] table') !== null;
  new MutationObserver((_records, observer) => {
    if (win.__usableAt === undefined && usable()) {
      win.__usableAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function timeToUsable(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => (window as unknown as { __usableAt?: number }).__usableAt,
      undefined,
      { timeout: 60_000 },
    );
    const at = Number(await handle.jsonValue());
    // The button is there and enabled: the page answers input, not only shows it.
    await page.getByRole('link', { name: /Skriv planens texter|Läs planens texter/ }).waitFor();
    return at;
  } finally {
    await page.close();
  }
}

async function benchEngine(engine: Engine) {
  const started = await startBenchServer(engine);
  const browser = await launchBrowser();
  try {
    const base = started.server.url;
    const { client, me } = await signInPatiently(base, controllerEmail, demoPassword);
    const scope = await findHisingen(client, me.municipality.id);
    const url = `${base}/namnd/${scope.committeeId}/${scope.year}`;
    // Signed in once; every measured load reuses the session cookie.
    const session = client.cookieHeader().match(/styr_session=([^;]+)/)?.[1];
    if (!session) throw new Error('No session cookie after sign-in');
    const cookies = [{ name: 'styr_session', value: session, url: base }];

    const cold: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < runs + 1; run += 1) {
      // A new context has an empty HTTP cache: every asset is fetched.
      const context = await browser.newContext();
      await context.addCookies(cookies);
      await context.addInitScript(observeUsable);
      const first = await timeToUsable(context, url);
      const second = await timeToUsable(context, url);
      // The first round warms the server and the browser itself and is not counted.
      if (run > 0) {
        cold.push(first);
        warm.push(second);
      }
      await context.close();
    }
    const median = (list: number[]) =>
      percentile(
        [...list].sort((a, b) => a - b),
        50,
      );
    const show = (list: number[]) => list.map((ms) => ms.toFixed(0)).join(' ');
    console.log(
      `\n${engine}: time to the Hisingen 2022 overview being usable, ${runs} runs after one warm-up`,
    );
    console.log(`cold cache: median ${median(cold).toFixed(0)} ms (${show(cold)})`);
    console.log(`warm cache: median ${median(warm).toFixed(0)} ms (${show(warm)})`);
    const lines = [
      firstLoadLine,
      `engine=${engine} web_usable cache=cold runs=${runs} median_ms=${median(cold).toFixed(0)} (${show(cold)})`,
      `engine=${engine} web_usable cache=warm runs=${runs} median_ms=${median(warm).toFixed(0)} (${show(warm)})`,
    ];
    for (const line of lines.slice(1)) console.log(line);
    recordResult('web', engine, lines);
  } finally {
    await browser.close();
    await started.stop();
  }
}

if (!existsSync(join(dist, 'index.html'))) {
  throw new Error('apps/web/dist has no index.html: run `npm run build -w @styr/web` first');
}
const scripts = firstLoadScripts();
const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
console.log('First-load JavaScript (index.html module script and modulepreloads), gzip -9:');
for (const script of scripts) {
  console.log(`  ${script.file}: ${script.raw} bytes, ${script.gzip} gzip`);
}
const firstLoadLine = `web_first_load_js gzip_bytes=${total} files=${scripts.length} budget_bytes=${budgetBytes} met=${total <= budgetBytes ? 'yes' : 'no'}`;
console.log(firstLoadLine);
for (const engine of enginesFrom(values)) await benchEngine(engine);
