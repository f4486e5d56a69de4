/** How an assessment reads at a glance; never colour alone: each tone has a symbol and the level's word. */
export const tones = ['good', 'partial', 'bad', 'unknown'] as const;
export type Tone = (typeof tones)[number];

export const toneSymbols: Record<Tone, string> = { good: '●', partial: '◐', bad: '○', unknown: '–' };

export interface AssessmentLevel {
  key: string;
  label: string;
  tone: Tone;
}

/** Scales seen in the municipalities' own documents; each municipality keeps its own as data. */
export const defaultAssessmentScales: Record<'goteborg' | 'gavle', AssessmentLevel[]> = {
  goteborg: [
    { key: 'god', label: 'God', tone: 'good' },
    { key: 'viss', label: 'Viss', tone: 'partial' },
    { key: 'ingen', label: 'Ingen', tone: 'bad' },
    { key: 'svarbedomd', label: 'Svårbedömd', tone: 'unknown' },
  ],
  gavle: [
    { key: 'uppnatt', label: 'Uppnått', tone: 'good' },
    { key: 'delvis', label: 'Delvis uppnått', tone: 'partial' },
    { key: 'ej-uppnatt', label: 'Ej uppnått', tone: 'bad' },
  ],
};

/** Why a scale cannot be used, in Swedish, or null: unique keys and labels, at least two levels. */
export function scaleProblem(levels: readonly AssessmentLevel[]): string | null {
  if (levels.length < 2) return 'En bedömningsskala behöver minst två nivåer.';
  const keys = new Set(levels.map((level) => level.key));
  const labels = new Set(levels.map((level) => level.label.trim().toLowerCase()));
  if (keys.size !== levels.length || labels.size !== levels.length)
    return 'Skalans nivåer måste ha olika namn.';
  if (levels.some((level) => !level.label.trim())) return 'Varje nivå behöver ett namn.';
  return null;
}
