import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { testSeconds } from './test-seconds.ts';

/** The file's measured seconds; a file not listed is short. */
const secondsOf = (spec: TestSpecification) => {
  const path = spec.moduleId.replaceAll('\\', '/');
  const known = Object.entries(testSeconds).find(([file]) => path.endsWith(`/${file}`));
  return known?.[1] ?? 1;
};

/**
 * Runs the longest files first, so that two workers finish together instead of one waiting alone on a long file
 * that started last; and shards by measured time, so that the two halves of the browser journeys, which run side
 * by side, take about as long as each other. A new machine has no timings of its own, hence the measured list.
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const projectOrder = [...new Set(sorted.map((spec) => spec.project.name))];
    return sorted
      .map((spec, index) => ({ spec, index }))
      .sort(
        (a, b) =>
          projectOrder.indexOf(a.spec.project.name) - projectOrder.indexOf(b.spec.project.name) ||
          secondsOf(b.spec) - secondsOf(a.spec) ||
          a.index - b.index,
      )
      .map(({ spec }) => spec);
  }

  /** Each file goes to the shard with the least time so far, longest files first. */
  override async shard(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { index, count } = this.ctx.config.shard as { index: number; count: number };
    const shards = Array.from({ length: count }, () => ({ seconds: 0, files: [] as TestSpecification[] }));
    const byLength = [...files].sort(
      (a, b) => secondsOf(b) - secondsOf(a) || a.moduleId.localeCompare(b.moduleId),
    );
    for (const spec of byLength) {
      const lightest = shards.reduce((best, shard) => (shard.seconds < best.seconds ? shard : best));
      lightest.seconds += secondsOf(spec);
      lightest.files.push(spec);
    }
    return shards[index - 1]?.files ?? [];
  }
}
