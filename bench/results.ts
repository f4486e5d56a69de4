// Each benchmark writes its latest figures into its own marked block of bench/RESULTS.md, with the date,
// the machine and the engine, so the file always holds the last full run beside the analysis around it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { machineLine } from './engines.ts';

const file = join(import.meta.dirname, 'RESULTS.md');

export function recordResult(bench: string, engine: string, lines: readonly string[]): void {
  const id = `${bench}:${engine}`;
  const start = `<!-- results ${id} -->`;
  const end = `<!-- /results ${id} -->`;
  const block = [
    start,
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machineLine()}, engine ${engine}:`,
    '',
    '```',
    ...lines,
    '```',
    end,
  ].join('\n');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
  console.log(`(written to bench/RESULTS.md, block ${id})`);
}
