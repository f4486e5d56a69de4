import type { ActionPlan } from '@styr/shared/contracts/action-plans';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { testId, testMe } from '../../test-providers.tsx';

/** A committee's year with two follow-ups, and a plan with one action, two funders and two budget rows. */
export const scope = { municipalityId: testMe.user.municipalityId, committeeId: testId(1), year: 2023 };
export const points = [
  { key: 'augusti', name: 'Delårsrapport augusti', month: 8 },
  { key: 'arsrapport', name: 'Årsrapport', month: 12 },
];
export const view = {
  committee: { id: testId(1), name: 'Socialnämnden Prov' },
  year: 2023,
  followUpPoints: points,
  documents: [],
} as unknown as CommitteeYearView;

export const plan: ActionPlan = {
  id: testId(2),
  key: 'folkhalsa',
  version: 3,
  title: 'Handlingsplan folkhälsa 2023',
  partner: 'Hälso- och sjukvårdsnämnden',
  periodFrom: '2023-01-01',
  periodTo: '2025-12-31',
  purpose: null,
  funders: [
    { key: 'hsng', name: 'HSNG' },
    { key: 'sn', name: 'SN' },
  ],
  focusAreas: [
    {
      key: 'aldrande',
      title: 'Åldrande med livskvalitet',
      description: null,
      strategies: [
        {
          key: 'ensamhet',
          title: 'Motverka ofrivillig ensamhet',
          actions: [
            {
              key: 'aktiviteter',
              what: 'Sociala aktiviteter',
              targetGroup: 'äldre',
              actors: null,
              plannedEffect: null,
              followUps: [],
            },
          ],
        },
      ],
    },
  ],
  budget: [
    { key: 'ledare', label: 'Utvecklingsledare', amounts: { hsng: '700000', sn: '700000' } },
    { key: 'aldrande', label: 'Åldrande', amounts: { hsng: '2200000', sn: '2200000' } },
  ],
  sums: {
    rows: [
      { key: 'ledare', total: '1400000' },
      { key: 'aldrande', total: '4400000' },
    ],
    funders: [
      { key: 'hsng', total: '2900000' },
      { key: 'sn', total: '2900000' },
    ],
    total: '5800000',
  },
};
