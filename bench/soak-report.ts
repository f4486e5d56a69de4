// What the soak records while it runs, the check of the stored state against it, and its printout.
import { percentile } from './bench-server.ts';
import type { EditTarget, YearView } from './soak-edits.ts';

export interface Save {
  user: number;
  target: EditTarget;
  value: string;
  version: number;
}

export interface Ledger {
  /** Every acknowledged save: object, field, stored value and version as the server answered. */
  saves: Save[];
  errors: Map<string, number>;
  /** Milliseconds per operation, and `read` for reading the committee-year view. */
  latencies: Map<string, number[]>;
  /** Objects a save was sent for without an answer: a newer stored version there is not a lost save. */
  unanswered: Set<string>;
}

export interface Check {
  objects: number;
  /** Objects whose last acknowledged save is not what is stored. */
  missing: { object: string; field: string; expected: string; version: number; stored: string }[];
  /** Two acknowledged saves of one object with the same version: one overwrote the other unseen. */
  duplicateVersions: number;
}

/** Each object's last acknowledged save (the highest version) must be what the final view holds. */
export function verify(ledger: Ledger, final: YearView): Check {
  const byObject = new Map<string, Save[]>();
  for (const save of ledger.saves) {
    const list = byObject.get(save.target.object) ?? [];
    list.push(save);
    byObject.set(save.target.object, list);
  }
  const check: Check = { objects: byObject.size, missing: [], duplicateVersions: 0 };
  for (const [object, saves] of byObject) {
    const versions = new Set(saves.map((save) => save.version));
    check.duplicateVersions += saves.length - versions.size;
    const last = saves.reduce((a, b) => (b.version > a.version ? b : a));
    const stored = last.target.read(final);
    const same = stored?.version === last.version && stored.value === last.value;
    const overtaken = !!stored && stored.version > last.version && ledger.unanswered.has(object);
    if (!same && !overtaken) {
      check.missing.push({
        object,
        field: last.target.field,
        expected: last.value,
        version: last.version,
        stored: stored ? `${stored.value} (version ${stored.version})` : 'nothing',
      });
    }
  }
  return check;
}

/** Prints the run's figures and answers its key=value lines. */
export function printReport(
  run: { engine: string; users: number; seconds: number; thinkMs: number; targets: number },
  ledger: Ledger,
  check: Check,
) {
  const { engine } = run;
  const conflicts = ledger.errors.get('409 VERSION_CONFLICT') ?? 0;
  console.log(
    `\n${engine}: ${run.users} users for ${run.seconds} s, think ${run.thinkMs} ms, ${run.targets} editable objects`,
  );
  console.log(
    `${ledger.saves.length} acknowledged saves on ${check.objects} objects (${(ledger.saves.length / run.seconds).toFixed(1)}/s)`,
  );
  console.log('errors by kind:');
  if (ledger.errors.size === 0) console.log('  none');
  for (const [kind, count] of [...ledger.errors].sort((a, b) => b[1] - a[1]))
    console.log(`  ${kind}: ${count}`);
  console.log('operation            n   p50 ms   p95 ms   p99 ms');
  const lines: string[] = [];
  for (const [operation, times] of [...ledger.latencies].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...times].sort((a, b) => a - b);
    const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p).toFixed(1));
    console.log(
      `${operation.padEnd(16)} ${String(sorted.length).padStart(5)}  ${p50?.padStart(7)}  ${p95?.padStart(7)}  ${p99?.padStart(7)}`,
    );
    lines.push(
      `engine=${engine} soak_operation=${operation} n=${sorted.length} p50=${p50} p95=${p95} p99=${p99}`,
    );
  }
  for (const miss of check.missing.slice(0, 20)) {
    console.log(
      `MISSING ${miss.object} ${miss.field}: acknowledged ${JSON.stringify(miss.expected)} version ${miss.version}, stored ${miss.stored}`,
    );
  }
  for (const line of lines) console.log(line);
  const errors = [...ledger.errors.values()].reduce((sum, count) => sum + count, 0) - conflicts;
  const summary = `engine=${engine} soak users=${run.users} seconds=${run.seconds} think_ms=${run.thinkMs} saves=${ledger.saves.length} objects=${check.objects} conflicts=${conflicts} other_errors=${errors} missing=${check.missing.length} duplicate_versions=${check.duplicateVersions}`;
  console.log(summary);
  return [summary, ...lines];
}
