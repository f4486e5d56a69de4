import type { Assignment, CommitteeYearView } from '@styr/shared/contracts/plan';
import type { StyrApi } from '../../../api/styr-api.ts';
import {
  assignment,
  committeeYear,
  goal,
  id,
  indicator,
  renderWithApi,
} from '../goals-editor/plan-fixtures.tsx';
import { MeasuresSection } from './measures-section.tsx';

export const given: Partial<Assignment> = {
  source: 'council',
  decisionReference: 'KF 2024-11-21 § 458',
  alsoGivenTo: ['Kulturnämnden'],
};

/** Two goals, the first measured by a share and a ja/delvis/nej measure, and two assignments. */
export const view: CommitteeYearView = committeeYear({
  goals: [goal(2, 'Trygg stad', { indicatorIds: [id(5), id(6)] }), goal(3, 'Trygga barn')],
  indicators: [
    indicator(5, 'Andel nöjda', {
      source: 'kolada',
      sourceReference: 'U21468',
      targets: [{ year: 2025, target: { kind: 'numeric', value: 80.5 } }],
      version: 3,
    }),
    indicator(6, 'Rutin finns', { unit: 'ja/nej', valueKind: 'yesPartlyNo', version: 3 }),
  ],
  assignments: [
    assignment(10, 'Fritidsbanker', { ...given, version: 2 }),
    assignment(11, 'Tillnyktringsenhet', { ...given, version: 2 }),
  ],
});

const committees = [
  { id: id(1), kind: 'committee', name: 'Socialnämnden Prov' },
  { id: id(30), kind: 'committee', name: 'Kulturnämnden' },
];

/** The section of the plan's editor page, with the municipality's units and committees. */
export function renderSection(
  planMeasures: Partial<StyrApi['planMeasures']>,
  { editable = true, plan = {} }: { editable?: boolean; plan?: Partial<StyrApi['plan']> } = {},
) {
  return renderWithApi(<MeasuresSection view={view} editable={editable} />, {
    planMeasures,
    plan: { getIndicatorUnits: async () => [{ unit: '%', decimals: 1, valueKind: 'share' }], ...plan },
    org: {
      getOrgTree: async () => ({ municipality: {}, kinds: [], served: [], nodes: committees }) as never,
    },
  });
}
