import type { CommitteeYear, CommitteeYearInput } from '@styr/shared/contracts/interchange';
import type { Tenant } from './harness.ts';

/** What the refused files point at: the other committee's year, the own committee's year before, another municipality. */
export interface RefusalFixture {
  tenant: Tenant;
  other: Tenant;
  otherCommitteeYear: CommitteeYear;
  yearBefore: CommitteeYear;
}

export const decision = { date: '2022-02-15', paragraph: '§ 20' };

type Spoil = (document: CommitteeYearInput) => void;
export const at = <T>(list: readonly T[] | undefined, index: number): T => list?.[index] as T;
export const first = <T>(list: readonly T[] | undefined): T => at(list, 0);

// Refusals that would have rewired the committees or adopted the year come last, so that on code without the
// checks every case still fails for its own reason.
export function importRefusals(fixture: () => RefusalFixture): [string, Spoil, string][] {
  return [
    [
      'a unit of the other committee',
      (d) => {
        first(d.units).id = first(fixture().otherCommitteeYear.units).id;
      },
      'units[0].id',
    ],
    [
      'a unit of another municipality',
      (d) => {
        at(d.units, 2).id = fixture().other.nodes.unit;
      },
      'units[2].id',
    ],
    [
      'a goal area of the other committee',
      (d) => {
        first(d.goalAreas).id = first(fixture().otherCommitteeYear.goalAreas).id;
      },
      'goalAreas[0].id',
    ],
    [
      'a goal of the other committee',
      (d) => {
        first(d.goals).id = first(fixture().otherCommitteeYear.goals).id;
      },
      'goals[0].id',
    ],
    [
      'an activity of the other committee',
      (d) => {
        first(first(d.goals).activities).id = first(first(fixture().otherCommitteeYear.goals).activities).id;
      },
      'goals[0].activities[0].id',
    ],
    [
      'an indicator of the other committee',
      (d) => {
        first(d.indicators).id = first(fixture().otherCommitteeYear.indicators).id;
      },
      'indicators[0].id',
    ],
    [
      'an assignment of the other committee',
      (d) => {
        first(d.assignments).id = first(fixture().otherCommitteeYear.assignments).id;
      },
      'assignments[0].id',
    ],
    [
      'a risk of the other committee',
      (d) => {
        first(d.risks).id = first(fixture().otherCommitteeYear.risks).id;
      },
      'risks[0].id',
    ],
    [
      'a control activity of the other committee',
      (d) => {
        first(first(d.risks).controls).id = first(first(fixture().otherCommitteeYear.risks).controls).id;
      },
      'risks[0].controls[0].id',
    ],
    [
      'a goal area of the year before',
      (d) => {
        first(d.goalAreas).id = first(fixture().yearBefore.goalAreas).id;
      },
      'goalAreas[0].id',
    ],
    [
      'a goal of the year before',
      (d) => {
        first(d.goals).id = first(fixture().yearBefore.goals).id;
      },
      'goals[0].id',
    ],
    [
      'a risk of the year before',
      (d) => {
        first(d.risks).id = first(fixture().yearBefore.risks).id;
      },
      'risks[0].id',
    ],
    [
      'a control activity of the year before',
      (d) => {
        first(first(d.risks).controls).id = first(first(fixture().yearBefore.risks).controls).id;
      },
      'risks[0].controls[0].id',
    ],
    [
      'a changed value of an adopted year',
      (d) => {
        at(first(d.indicators).values, 1).value = 9.99;
      },
      'indicators[0].values[1].value',
    ],
    [
      'a changed note of an adopted year',
      (d) => {
        at(first(d.indicators).values, 1).note = 'Rättad';
      },
      'indicators[0].values[1].note',
    ],
    [
      'a new value in an adopted year',
      (d) => {
        first(d.indicators).values?.push({ year: 2021, period: 'year', gender: 'K', value: 4.2 });
      },
      'indicators[0].values[3].value',
    ],
    [
      'a target of an adopted plan',
      (d) => {
        first(d.indicators).targets?.push({ year: 2021, target: { kind: 'numeric', value: 1 } });
      },
      'indicators[0].targets[1].target',
    ],
    [
      'a changed actual of an adopted year',
      (d) => {
        at(d.economy?.amounts, 2).amount = '1';
      },
      'economy.amounts[2].amount',
    ],
    [
      'a changed follow-up month',
      (d) => {
        at(d.municipality.followUpPoints, 1).month = 11;
      },
      'municipality.followUpPoints[1].month',
    ],
    [
      'a new follow-up point',
      (d) => {
        d.municipality.followUpPoints?.push({ key: 'november', name: 'Novemberrapport', month: 11 });
      },
      'municipality.followUpPoints[2].key',
    ],
    [
      'a renamed assessment level',
      (d) => {
        at(d.municipality.assessmentScale, 1).label = 'Delvis';
      },
      'municipality.assessmentScale[1].label',
    ],
    [
      'a renamed risk area',
      (d) => {
        d.municipality.riskAreas = structuredClone(fixture().yearBefore.municipality.riskAreas);
        first(d.municipality.riskAreas).name = 'Något annat';
      },
      'municipality.riskAreas[0].name',
    ],
    [
      'a changed risk scale',
      (d) => {
        d.municipality.riskScale = structuredClone(fixture().yearBefore.municipality.riskScale);
        first(d.municipality.riskScale?.probability).label = 'Otänkbar';
      },
      'municipality.riskScale.probability[0].label',
    ],
    [
      'a renamed income statement line',
      (d) => {
        const lines = structuredClone(fixture().yearBefore.economy?.lines ?? []);
        first(lines).label = 'Något annat';
        if (d.economy) d.economy.lines = lines;
      },
      'economy.lines[0].label',
    ],
    [
      'one unit id twice',
      (d) => {
        at(d.units, 1).id = first(d.units).id;
      },
      'units[1].id',
    ],
    [
      'the other committee as a unit',
      (d) => {
        first(d.units).id = fixture().tenant.nodes.otherCommittee;
      },
      'units[0].id',
    ],
    [
      'the own committee as a unit',
      (d) => {
        first(d.units).id = fixture().tenant.nodes.committee;
      },
      'units[0].id',
    ],
    [
      'an adopted document',
      (d) => {
        d.documents = [{ document: 'arsrapport', status: 'adopted', decision }];
      },
      'documents[0].status',
    ],
  ];
}
