import type { Problem } from './problem.ts';

/** How an assessment reads at a glance; never colour alone: each tone has a symbol and the level's word. */
export const tones = ['good', 'partial', 'bad', 'unknown'] as const;
export type Tone = (typeof tones)[number];

export const toneSymbols: Record<Tone, string> = { good: '●', partial: '◐', bad: '○', unknown: '–' };

export interface AssessmentLevel {
  key: string;
  label: string;
  tone: Tone;
}

/** A scale as an adopted report keeps it: its levels, and whether an assessment may be in words only. */
export interface ScaleSnapshot {
  key: string;
  name: string;
  /** False when a goal may be assessed in words only, with no level. */
  levelRequired: boolean;
  levels: AssessmentLevel[];
}

/** One of the municipality's named scales, and the follow-up points (report kinds) that use it. */
export interface AssessmentScale extends ScaleSnapshot {
  followUpPoints: string[];
}

/** Göteborg's scale: only the default of a municipality that has not given its own. */
export const defaultAssessmentScale: AssessmentScale = {
  key: 'maluppfyllelse',
  name: 'Måluppfyllelse',
  levelRequired: true,
  followUpPoints: [],
  levels: [
    { key: 'god', label: 'God', tone: 'good' },
    { key: 'viss', label: 'Viss', tone: 'partial' },
    { key: 'ingen', label: 'Ingen', tone: 'bad' },
    { key: 'svarbedomd', label: 'Svårbedömd', tone: 'unknown' },
  ],
};

/** The scale a follow-up point's report uses: the one that names the point, else the first (the default). */
export function scaleForFollowUp<T extends AssessmentScale>(scales: readonly T[], point: string): T | null {
  return scales.find((scale) => scale.followUpPoints.includes(point)) ?? scales[0] ?? null;
}

export const snapshotOf = ({ key, name, levelRequired, levels }: ScaleSnapshot): ScaleSnapshot => ({
  key,
  name,
  levelRequired,
  levels: levels.map(({ key: level, label, tone }) => ({ key: level, label, tone })),
});

/**
 * Why a scale cannot be used, in Swedish, or null: unique keys and labels, and at least two levels when a level
 * is required (a scale whose level is optional may have none: assessment in words only).
 */
export function scaleProblem(scale: Pick<ScaleSnapshot, 'levelRequired' | 'levels'>): string | null {
  const { levels } = scale;
  if (scale.levelRequired && levels.length < 2) return 'En bedömningsskala behöver minst två nivåer.';
  const keys = new Set(levels.map((level) => level.key));
  const labels = new Set(levels.map((level) => level.label.trim().toLowerCase()));
  if (keys.size !== levels.length || labels.size !== levels.length)
    return 'Skalans nivåer måste ha olika namn.';
  if (levels.some((level) => !level.label.trim())) return 'Varje nivå behöver ett namn.';
  return null;
}

/**
 * Everything wrong with a municipality's set of scales, with paths under `path`: at least one scale, unique
 * keys, each scale usable, and each follow-up point named by at most one scale and known to the municipality.
 */
export function scalesProblems(
  scales: readonly AssessmentScale[],
  pointKeys: ReadonlySet<string>,
  path: string,
): Problem[] {
  if (scales.length === 0) return [{ path, message: 'Minst en bedömningsskala behövs' }];
  const problems: Problem[] = [];
  const keys = new Set<string>();
  const usedBy = new Map<string, string>();
  scales.forEach((scale, index) => {
    const at = `${path}[${index}]`;
    if (keys.has(scale.key))
      problems.push({ path: `${at}.key`, message: `Skalan ”${scale.key}” finns redan i listan` });
    keys.add(scale.key);
    const problem = scaleProblem(scale);
    if (problem) problems.push({ path: `${at}.levels`, message: problem });
    scale.followUpPoints.forEach((point, position) => {
      const pointPath = `${at}.followUpPoints[${position}]`;
      if (!pointKeys.has(point))
        problems.push({ path: pointPath, message: `Uppföljningstillfället ”${point}” finns inte` });
      const other = usedBy.get(point);
      if (other !== undefined)
        problems.push({ path: pointPath, message: `”${point}” bedöms redan med skalan ”${other}”` });
      usedBy.set(point, scale.key);
    });
  });
  return problems;
}

/**
 * Why an assessment does not fit its report's scale, in Swedish, or null: the level must be one of the scale's,
 * or absent where the scale allows words only; an assessment in words only needs its analysis.
 */
export function assessmentProblem(
  scale: ScaleSnapshot | null,
  level: string | null,
  analysis: string | null,
): string | null {
  if (level === null) {
    if (!scale || scale.levelRequired) return 'Välj en nivå i bedömningsskalan.';
    if (!analysis?.trim()) return 'En bedömning utan nivå behöver en analys i ord.';
    return null;
  }
  if (!scale?.levels.some((entry) => entry.key === level))
    return `”${level}” finns inte i bedömningsskalan${scale ? ` ${scale.name}` : ''}.`;
  return null;
}

/**
 * Where a list of scales first differs from another, as a path below the list ("[1].levels[0].label"; "" when
 * they differ in length), or null when they are equal.
 */
export function scalesDifference(
  given: readonly AssessmentScale[],
  stored: readonly AssessmentScale[],
): string | null {
  if (given.length !== stored.length) return '';
  for (const [index, scale] of given.entries()) {
    const other = stored[index] as AssessmentScale;
    for (const field of ['key', 'name', 'levelRequired'] as const)
      if (scale[field] !== other[field]) return `[${index}].${field}`;
    if (scale.followUpPoints.join('\n') !== other.followUpPoints.join('\n'))
      return `[${index}].followUpPoints`;
    if (scale.levels.length !== other.levels.length) return `[${index}].levels`;
    for (const [position, level] of scale.levels.entries()) {
      const otherLevel = other.levels[position] as AssessmentLevel;
      for (const field of ['key', 'label', 'tone'] as const)
        if (level[field] !== otherLevel[field]) return `[${index}].levels[${position}].${field}`;
    }
  }
  return null;
}
