import { largest } from './arrays.ts';

/** The document key of the internal control plan among the year's plan documents. */
export const controlPlanDocument = 'internkontrollplan';

/** A point on one of the municipality's risk scales (sannolikhet or konsekvens), 1 being the lowest. */
export interface ScaleStep {
  value: number;
  label: string;
}

export interface RiskScale {
  probability: ScaleStep[];
  consequence: ScaleStep[];
}

export interface RiskArea {
  key: string;
  name: string;
}

/** The four risk areas that Göteborg's committees use; a municipality keeps its own list as data. */
export const defaultRiskAreas: RiskArea[] = [
  { key: 'grunduppdrag', name: 'Risker som kan innebära att verksamheten inte klarar sitt grunduppdrag' },
  { key: 'lagar', name: 'Risker som kan innebära att lagstiftning och andra styrande dokument inte följs' },
  {
    key: 'processer',
    name: 'Risker som kan innebära att processer inte fungerar effektivt och på avsett sätt',
  },
  { key: 'oegentligheter', name: 'Risker för oegentligheter och annat oetiskt beteende' },
];

/** The common 1–4 scales, each step with its Swedish word. */
export const defaultRiskScale: RiskScale = {
  probability: [
    { value: 1, label: 'Osannolik' },
    { value: 2, label: 'Mindre sannolik' },
    { value: 3, label: 'Möjlig' },
    { value: 4, label: 'Sannolik' },
  ],
  consequence: [
    { value: 1, label: 'Försumbar' },
    { value: 2, label: 'Lindrig' },
    { value: 3, label: 'Kännbar' },
    { value: 4, label: 'Allvarlig' },
  ],
};

export const riskSources = ['own', 'audit', 'incident'] as const;
export type RiskSource = (typeof riskSources)[number];
export const riskSourceLabels: Record<RiskSource, string> = {
  own: 'Egen riskanalys',
  audit: 'Revisionens iakttagelse',
  incident: 'Händelse',
};

export const riskActionStatuses = ['planned', 'ongoing', 'done'] as const;
export type RiskActionStatus = (typeof riskActionStatuses)[number];
export const riskActionStatusLabels: Record<RiskActionStatus, string> = {
  planned: 'Planerad',
  ongoing: 'Pågående',
  done: 'Genomförd',
};

export const riskLevels = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];
export const riskLevelLabels: Record<RiskLevel, string> = { low: 'Låg', medium: 'Medel', high: 'Hög' };
/** Never colour alone: each level has a symbol beside its word. */
export const riskLevelSymbols: Record<RiskLevel, string> = { low: '○', medium: '◐', high: '●' };

const maxOf = (steps: readonly ScaleStep[]) =>
  largest(
    steps.map((step) => step.value),
    Number.NEGATIVE_INFINITY,
  );

/** Why a value is not on its scale, in Swedish, or null. */
export function scaleValueProblem(
  scale: RiskScale,
  dimension: keyof RiskScale,
  value: number,
): string | null {
  if (scale[dimension].some((step) => step.value === value)) return null;
  const word = dimension === 'probability' ? 'Sannolikheten' : 'Konsekvensen';
  return `${word} ska vara ett heltal mellan 1 och ${maxOf(scale[dimension])}.`;
}

/** Risk value = sannolikhet × konsekvens, as in the references' 4×4 matrix. */
export function riskValue(probability: number, consequence: number): number {
  return probability * consequence;
}

/**
 * The level of a risk value relative to the largest value the scales allow:
 * up to a quarter is low, up to half medium, above that high. On 4×4 that is
 * 1–4 low, 5–8 medium, 9–16 high.
 */
export function riskLevel(value: number, scale: RiskScale): RiskLevel {
  const share = value / (maxOf(scale.probability) * maxOf(scale.consequence));
  if (share <= 0.25) return 'low';
  if (share <= 0.5) return 'medium';
  return 'high';
}

export interface MatrixCell<T> {
  probability: number;
  consequence: number;
  value: number;
  level: RiskLevel;
  items: T[];
}

/**
 * The risk matrix: one row per probability, highest first (as drawn), one
 * cell per consequence, lowest first; each cell holds the risks assessed there.
 */
export function riskMatrix<T extends { probability: number; consequence: number }>(
  scale: RiskScale,
  risks: readonly T[],
): MatrixCell<T>[][] {
  const probabilities = [...scale.probability].sort((a, b) => b.value - a.value);
  const consequences = [...scale.consequence].sort((a, b) => a.value - b.value);
  return probabilities.map((p) =>
    consequences.map((c) => {
      const value = riskValue(p.value, c.value);
      return {
        probability: p.value,
        consequence: c.value,
        value,
        level: riskLevel(value, scale),
        items: risks.filter((risk) => risk.probability === p.value && risk.consequence === c.value),
      };
    }),
  );
}

export type NodeKind = 'committee' | 'administration' | 'department' | 'unit';

/**
 * Risks are raised one step at a time: a unit's to its department, a
 * department's to the administration. The administration's risks are
 * chosen for the committee's samlad riskbild, not nominated further.
 */
export function nominationProblem(currentLevel: NodeKind): string | null {
  if (currentLevel === 'unit' || currentLevel === 'department') return null;
  if (currentLevel === 'administration')
    return 'Förvaltningens risker nomineras inte vidare; ledningen väljer dem till den samlade riskbilden.';
  return 'Nämndens risker kan inte nomineras.';
}

/** A risk is taken into the samlad riskbild with a reason; only a chosen risk can go to the control plan. */
export function selectionProblem(selection: {
  selected: boolean;
  reason: string | null | undefined;
  toControlPlan: boolean;
}): string | null {
  if (selection.selected && !selection.reason?.trim())
    return 'Ange varför risken tas med i den samlade riskbilden.';
  if (!selection.selected && selection.toControlPlan)
    return 'Bara en risk i den samlade riskbilden kan gå till internkontrollplanen.';
  return null;
}

/** How a re-assessed risk moved since last year: positive when the value rose. */
export function riskChange(
  current: { probability: number; consequence: number },
  previous: { probability: number; consequence: number } | null,
): number | null {
  if (!previous) return null;
  return (
    riskValue(current.probability, current.consequence) -
    riskValue(previous.probability, previous.consequence)
  );
}
