import { describe, expect, it } from 'vitest';
import { type CommitteeYear, committeeYearSchema } from '../contracts/interchange.ts';
import { defaultRiskAreas, defaultRiskScale } from './risk.ts';
import { riskInterchangeProblems } from './risk-interchange.ts';

const settings = { areaKeys: new Set(defaultRiskAreas.map((area) => area.key)), scale: defaultRiskScale };

function documentWith(risks: unknown[]): CommitteeYear {
  return committeeYearSchema.parse({
    format: 'styr/committee-year',
    formatVersion: 1,
    municipality: { name: 'Provkommun' },
    committee: { name: 'Nämnden', validFrom: '2021-01-01' },
    year: 2023,
    units: [{ key: 'enhet', kind: 'unit', name: 'Enheten', validFrom: '2021-01-01' }],
    goals: [{ key: 'mal', kind: 'committee', title: 'Målet' }],
    risks,
  });
}

const risk = { key: 'r1', area: 'lagar', title: 'Risk', probability: 2, consequence: 3 };

describe('risks in an imported file', () => {
  it('accepts a risk on the municipality’s lists with references inside the file', () => {
    const document = documentWith([{ ...risk, node: 'enhet', goals: ['mal'], raisedTo: null }]);
    expect(riskInterchangeProblems(document, settings)).toEqual([]);
  });

  it('reports every problem with its path', () => {
    const document = documentWith([
      { ...risk, area: 'okant', node: 'saknas', previous: { probability: 6, consequence: 1 } },
      {
        ...risk,
        selected: true,
        toControlPlan: true,
        controls: [
          { key: 'k', what: 'A' },
          { key: 'k', what: 'B' },
        ],
      },
      { ...risk, key: 'r3', toControlPlan: true },
    ]);
    expect(riskInterchangeProblems(document, settings)).toEqual([
      { path: 'risks[0].node', message: 'Enheten "saknas" finns inte i filen' },
      { path: 'risks[0].area', message: 'Riskområdet "okant" finns inte i kommunens lista' },
      { path: 'risks[0].previous.probability', message: 'Sannolikheten ska vara ett heltal mellan 1 och 4.' },
      { path: 'risks[1].key', message: 'Nyckeln "r1" finns redan i risks' },
      { path: 'risks[1].selectionReason', message: 'Ange varför risken tas med i den samlade riskbilden.' },
      { path: 'risks[1].controls[1].key', message: 'Nyckeln "k" finns redan' },
      {
        path: 'risks[2].toControlPlan',
        message: 'Bara en risk i den samlade riskbilden kan gå till internkontrollplanen.',
      },
    ]);
  });
});
