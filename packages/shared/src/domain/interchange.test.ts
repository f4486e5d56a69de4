import { describe, expect, it } from 'vitest';
import { type CommitteeYearInput, committeeYearSchema } from '../contracts/interchange.ts';
import { defaultAssessmentScale } from './assessment.ts';
import { defaultIndicatorUnits } from './indicator-units.ts';
import { interchangeProblems, scalesInDocument } from './interchange.ts';

const settings = {
  followUpKeys: new Set(['april', 'arsrapport']),
  scales: [{ ...defaultAssessmentScale, levels: defaultAssessmentScale.levels.slice(0, 2) }],
  units: defaultIndicatorUnits,
  definitionKeys: new Set(['n00945']),
};
const words = {
  key: 'ord',
  name: 'I ord',
  levelRequired: false,
  followUpPoints: ['april'],
  levels: [
    { key: 'uppfyllt', label: 'Uppfyllt', tone: 'good' as const },
    { key: 'ej', label: 'Ej uppfyllt', tone: 'bad' as const },
  ],
};

function document(overrides: Partial<CommitteeYearInput> = {}) {
  return committeeYearSchema.parse({
    format: 'styr/committee-year',
    formatVersion: 1,
    municipality: { name: 'Göteborgs Stad' },
    committee: { name: 'Socialnämnden Hisingen', validFrom: '2021-01-01' },
    year: 2022,
    goalAreas: [{ key: 'tidiga', name: 'Tidiga insatser' }],
    goals: [
      {
        key: 'bidrag',
        kind: 'kfCommittee',
        title: 'Bidragsberoendet ska halveras',
        goalArea: 'tidiga',
        indicators: ['kostnad'],
      },
    ],
    indicators: [
      {
        key: 'kostnad',
        name: 'Snittkostnad per hushåll',
        unit: 'tkr',
        decimals: 2,
        direction: 'lower',
        values: [{ year: 2022, value: 9.42 }],
        targets: [{ year: 2022, target: { kind: 'numeric', value: 8.9 } }],
      },
    ],
    assignments: [
      {
        key: 'u1',
        title: 'Uppdrag',
        source: 'budget',
        yearGiven: 2022,
        reports: [{ followUp: 'arsrapport', status: 'ongoing' }],
      },
    ],
    assessments: [{ goal: 'bidrag', followUp: 'arsrapport', level: 'viss' }],
    ...overrides,
  });
}

const paths = (overrides: Partial<CommitteeYearInput>) =>
  interchangeProblems(document(overrides), settings).map((p) => p.path);

describe('interchangeProblems', () => {
  it('finds nothing wrong in a consistent document', () => {
    expect(interchangeProblems(document(), settings)).toEqual([]);
  });

  it('names a goal that points to a goal area not in the file', () => {
    const problems = interchangeProblems(
      document({
        goals: [{ key: 'g', kind: 'committee', title: 'Mål', goalArea: 'saknas' }],
        assessments: [],
      }),
      settings,
    );
    expect(problems).toEqual([
      { path: 'goals[0].goalArea', message: 'Målområdet "saknas" finns inte i filen' },
    ]);
  });

  it('accepts a goal beneath another and a goal with no area, and names an unknown parent, a cycle and repeated goal links', () => {
    const goal = (key: string, parent: string | null) => ({
      key,
      kind: 'committee' as const,
      title: key,
      parent,
    });
    expect(
      interchangeProblems(
        document({ goals: [goal('barn', 'kf'), goal('kf', null)], assessments: [] }),
        settings,
      ),
    ).toEqual([]);
    const problems = interchangeProblems(
      document({
        goals: [goal('a', 'b'), goal('b', 'a'), goal('c', 'saknas'), goal('d', 'd')],
        assignments: [
          { key: 'u1', title: 'Uppdrag', source: 'budget', yearGiven: 2022, goals: ['a', 'a', 'x'] },
        ],
        assessments: [],
      }),
      settings,
    );
    expect(problems).toEqual([
      {
        path: 'goals[0].parent',
        message: 'Målet "a" ligger genom sina överordnade mål under sig självt; målen bildar en cirkel',
      },
      {
        path: 'goals[1].parent',
        message: 'Målet "b" ligger genom sina överordnade mål under sig självt; målen bildar en cirkel',
      },
      { path: 'goals[2].parent', message: 'Målet "saknas" finns inte i filen' },
      { path: 'goals[3].parent', message: 'Ett mål kan inte ligga under sig självt' },
      { path: 'assignments[0].goals[1]', message: 'Målet "a" står redan i listan' },
      { path: 'assignments[0].goals[2]', message: 'Målet "x" finns inte i filen' },
    ]);
  });

  it('names a unit that ends before it starts, which the organisation table refuses', () => {
    expect(
      paths({
        units: [{ key: 'u', kind: 'unit', name: 'Enhet', validFrom: '2022-01-01', validTo: '2021-12-31' }],
      }),
    ).toEqual(['units[0].validTo']);
  });

  it('names repeated keys, unknown indicators, follow-ups and levels', () => {
    expect(
      paths({
        goalAreas: [
          { key: 'a', name: 'A' },
          { key: 'a', name: 'B' },
        ],
        goals: [{ key: 'g', kind: 'committee', title: 'Mål', indicators: ['okand'] }],
        assessments: [{ goal: 'g', followUp: 'maj', level: 'utmarkt' }],
      }),
    ).toEqual([
      'goalAreas[1].key',
      'goals[0].indicators[0]',
      'assessments[0].followUp',
      'assessments[0].level',
    ]);
  });

  it('checks each assessment against its follow-up’s scale, or the scale its adopted report kept', () => {
    const scales = { ...settings, scales: [...settings.scales, words] };
    const assessed = (followUp: string, level: string | null, analysis: string | null = null) => ({
      goal: 'bidrag',
      followUp,
      level,
      analysis,
    });
    const check = (overrides: Partial<CommitteeYearInput>) =>
      interchangeProblems(document(overrides), scales).map((problem) => problem.message);
    expect(check({ assessments: [assessed('april', 'uppfyllt'), assessed('arsrapport', 'god')] })).toEqual(
      [],
    );
    expect(check({ assessments: [assessed('april', null, '<p>I ord.</p>')] })).toEqual([]);
    expect(check({ assessments: [assessed('april', 'god')] })).toEqual([
      '”god” finns inte i bedömningsskalan I ord.',
    ]);
    expect(check({ assessments: [assessed('arsrapport', null, '<p>I ord.</p>')] })).toEqual([
      'Välj en nivå i bedömningsskalan.',
    ]);
    const adopted = {
      document: 'arsrapport',
      status: 'adopted' as const,
      decision: { date: '2023-02-20', paragraph: '§ 12' },
      assessmentScale: { key: 'gammal', name: 'Gammal', levelRequired: true, levels: words.levels },
    };
    expect(check({ documents: [adopted], assessments: [assessed('arsrapport', 'ej')] })).toEqual([]);
  });

  it('reads the older single scale as the only one, and refuses both shapes at once', () => {
    const older = document({
      municipality: { name: 'Göteborgs Stad', assessmentScale: defaultAssessmentScale.levels },
    });
    expect(scalesInDocument(older)).toEqual([{ ...defaultAssessmentScale, followUpPoints: [] }]);
    expect(
      paths({
        municipality: {
          name: 'Göteborgs Stad',
          assessmentScale: defaultAssessmentScale.levels,
          assessmentScales: [{ ...words, followUpPoints: ['maj'] }],
        },
        assessments: [],
      }),
    ).toEqual(['municipality.assessmentScale', 'municipality.assessmentScales[0].followUpPoints[0]']);
  });

  it('refuses a relative target whose base year is not before the target year', () => {
    const indicator = {
      key: 'k',
      name: 'Andel',
      unit: '%' as const,
      decimals: 1,
      direction: 'higher' as const,
      targets: [
        { year: 2022, target: { kind: 'relative' as const, relation: 'higher' as const, baseYear: 2022 } },
      ],
    };
    expect(paths({ indicators: [indicator], goals: [], assessments: [] })).toEqual([
      'indicators[0].targets[0].target.baseYear',
    ]);
  });

  it('keeps ja/nej values to ja, delvis and nej, and their targets to ja or nej', () => {
    const indicator = {
      key: 'k',
      name: 'Finns rutin',
      unit: 'ja/nej' as const,
      decimals: 0,
      direction: 'higher' as const,
      values: [{ year: 2022, value: 2 }],
      targets: [{ year: 2022, target: { kind: 'numeric' as const, value: 1 } }],
    };
    expect(paths({ indicators: [indicator], goals: [], assessments: [] })).toEqual([
      'indicators[0].values[0].value',
      'indicators[0].targets[0].target.kind',
    ]);
  });

  it('finds two values for the same period and an adopted document without its decision', () => {
    const indicator = {
      key: 'k',
      name: 'Antal',
      unit: 'antal' as const,
      decimals: 0,
      direction: 'higher' as const,
      values: [
        { year: 2022, value: 1 },
        { year: 2022, value: null },
      ],
    };
    expect(
      paths({
        indicators: [indicator],
        goals: [],
        assessments: [],
        documents: [{ document: 'plan', status: 'adopted' }],
      }),
    ).toEqual(['indicators[0].values[1]', 'documents[0].decision']);
  });
});

describe('committeeYearSchema', () => {
  it('refuses a text where a number belongs, with the path', () => {
    const result = committeeYearSchema.safeParse({
      ...document(),
      indicators: [{ ...document().indicators[0], values: [{ year: 2022, value: '9,42' }] }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['indicators', 0, 'values', 0, 'value']);
  });

  it('refuses a relative target without its base year', () => {
    const result = committeeYearSchema.safeParse({
      ...document(),
      indicators: [
        {
          ...document().indicators[0],
          targets: [{ year: 2022, target: { kind: 'relative', relation: 'higher' } }],
        },
      ],
    });
    expect(result.error?.issues[0]?.path).toEqual(['indicators', 0, 'targets', 0, 'target', 'baseYear']);
  });

  it('refuses a unit the municipality does not hold, naming the ones it does, and judges values by the unit’s kind', () => {
    const measure = (unit: string, value: number) => ({
      key: unit,
      name: 'Mått',
      unit,
      decimals: 0,
      direction: 'higher' as const,
      values: [{ year: 2022, value }],
    });
    const units = [
      { unit: 'timmar', decimals: 1, valueKind: 'number' as const },
      { unit: 'procent', decimals: 0, valueKind: 'share' as const },
      { unit: 'uppfyllt', decimals: 0, valueKind: 'yesPartlyNo' as const },
    ];
    const problems = interchangeProblems(
      document({
        indicators: [
          measure('dagar', 3),
          measure('timmar', 120),
          measure('procent', 120),
          measure('uppfyllt', 0.5),
        ],
        goals: [],
        assessments: [],
      }),
      { ...settings, units },
    );
    expect(problems).toEqual([
      {
        path: 'indicators[0].unit',
        message:
          'Enheten ”dagar” finns inte bland kommunens enheter för mått (”timmar”, ”procent”, ”uppfyllt”)',
      },
      { path: 'indicators[2].values[0].value', message: 'En andel ligger mellan 0 och 100; 120 är utanför' },
    ]);
  });

  it('refuses a measure that follows a key figure definition the municipality does not have', () => {
    const measure = (key: string, definitionKey: string) => ({
      key,
      name: 'Nöjdhet',
      unit: '%',
      decimals: 0,
      direction: 'higher' as const,
      definitionKey,
    });
    expect(
      interchangeProblems(
        document({
          indicators: [measure('a', 'n00945'), measure('b', 'u99999')],
          goals: [],
          assessments: [],
        }),
        settings,
      ),
    ).toEqual([{ path: 'indicators[1].definitionKey', message: 'Nyckeltalet "u99999" finns inte i filen' }]);
  });
});
