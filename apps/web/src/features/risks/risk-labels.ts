import type { Risk, RiskOverview } from '@styr/shared/contracts/risks';
import { type RiskLevel, riskLevelLabels, riskLevelSymbols } from '@styr/shared/domain/risk';
import { formatNumber } from '@styr/shared/format/number';

/** "● Hög 12": never colour alone, the level's word and symbol go with the value. */
export function levelText(level: RiskLevel): string {
  return `${riskLevelSymbols[level]} ${riskLevelLabels[level]}`;
}

export function areaName(overview: RiskOverview, key: string): string {
  return overview.areas.find((area) => area.key === key)?.name ?? key;
}

export function stepLabel(overview: RiskOverview, dimension: 'probability' | 'consequence', value: number) {
  const step = overview.scale[dimension].find((entry) => entry.value === value);
  return step ? `${formatNumber(value)} ${step.label.toLowerCase()}` : formatNumber(value);
}

/** How far a risk has come from its own register: nominated, chosen for the samlad riskbild. */
export function stageText(risk: Risk): string {
  if (risk.selected) return 'I samlad riskbild';
  if (risk.raisedTo) return `Nominerad till ${risk.raisedTo.name}`;
  return 'I enhetens register';
}

/** "+3" or "−2" against last year, or null for a risk without last year's assessment. */
export function changeText(risk: Risk): string | null {
  if (!risk.previous) return null;
  const change = risk.value - risk.previous.value;
  if (change === 0) return 'oförändrad';
  // formatNumber writes a true minus sign; a rise gets its plus sign here.
  return change > 0 ? `+${formatNumber(change)}` : formatNumber(change);
}
