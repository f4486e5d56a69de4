import { describe, expect, it } from 'vitest';
import {
  defaultRiskScale,
  nominationProblem,
  riskChange,
  riskLevel,
  riskMatrix,
  riskValue,
  scaleValueProblem,
  selectionProblem,
} from './risk.ts';

describe('risk value and level', () => {
  it('multiplies probability by consequence', () => {
    expect(riskValue(3, 4)).toBe(12);
    expect(riskValue(1, 1)).toBe(1);
  });

  it('grades a 4×4 value as low up to 4, medium up to 8, high above', () => {
    expect(riskLevel(4, defaultRiskScale)).toBe('low');
    expect(riskLevel(6, defaultRiskScale)).toBe('medium');
    expect(riskLevel(8, defaultRiskScale)).toBe('medium');
    expect(riskLevel(9, defaultRiskScale)).toBe('high');
    expect(riskLevel(16, defaultRiskScale)).toBe('high');
  });

  it('grades against the size of the municipality’s own scale', () => {
    const five = { value: 5, label: 'Mycket' };
    const scale = {
      probability: [...defaultRiskScale.probability, five],
      consequence: [...defaultRiskScale.consequence, five],
    };
    expect(riskLevel(9, scale)).toBe('medium');
    expect(riskLevel(13, scale)).toBe('high');
  });

  it('refuses values outside the scale in Swedish', () => {
    expect(scaleValueProblem(defaultRiskScale, 'probability', 4)).toBeNull();
    expect(scaleValueProblem(defaultRiskScale, 'probability', 5)).toBe(
      'Sannolikheten ska vara ett heltal mellan 1 och 4.',
    );
    expect(scaleValueProblem(defaultRiskScale, 'consequence', 0)).toMatch(/^Konsekvensen/);
  });
});

describe('risk matrix', () => {
  const risks = [
    { id: 'a', probability: 4, consequence: 4 },
    { id: 'b', probability: 4, consequence: 4 },
    { id: 'c', probability: 1, consequence: 3 },
  ];
  const matrix = riskMatrix(defaultRiskScale, risks);

  it('has the scale’s size with the highest probability on top', () => {
    expect(matrix).toHaveLength(4);
    expect(matrix.every((row) => row.length === 4)).toBe(true);
    expect(matrix[0]?.[0]?.probability).toBe(4);
    expect(matrix[3]?.[0]?.consequence).toBe(1);
  });

  it('puts each risk in exactly one cell, so the counts add up', () => {
    const counts = matrix.flat().reduce((sum, cell) => sum + cell.items.length, 0);
    expect(counts).toBe(risks.length);
    expect(matrix[0]?.[3]?.items.map((risk) => risk.id)).toEqual(['a', 'b']);
    expect(matrix[0]?.[3]).toMatchObject({ value: 16, level: 'high' });
    expect(matrix[3]?.[2]).toMatchObject({ value: 3, level: 'low', items: [risks[2]] });
  });
});

describe('nomination and selection', () => {
  it('raises a unit’s and a department’s risk, but not the administration’s', () => {
    expect(nominationProblem('unit')).toBeNull();
    expect(nominationProblem('department')).toBeNull();
    expect(nominationProblem('administration')).toMatch(/ledningen väljer/);
    expect(nominationProblem('committee')).not.toBeNull();
  });

  it('needs a reason to select, and a selection to go to the control plan', () => {
    expect(selectionProblem({ selected: true, reason: 'Hög risk', toControlPlan: true })).toBeNull();
    expect(selectionProblem({ selected: true, reason: '  ', toControlPlan: false })).toMatch(/Ange varför/);
    expect(selectionProblem({ selected: false, reason: null, toControlPlan: true })).toMatch(
      /internkontrollplanen/,
    );
    expect(selectionProblem({ selected: false, reason: null, toControlPlan: false })).toBeNull();
  });
});

describe('change since last year', () => {
  it('is the difference of the risk values, or null without last year', () => {
    expect(riskChange({ probability: 2, consequence: 3 }, { probability: 3, consequence: 3 })).toBe(-3);
    expect(riskChange({ probability: 2, consequence: 3 }, null)).toBeNull();
  });
});
