import type { ExchangeActionPlan } from '@styr/shared/contracts/action-plans';
import type { CommitteeYearInput } from '@styr/shared/contracts/interchange';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createTenant,
  createTestApp,
  importTenantYear,
  type Tenant,
  tenantYearDocument,
} from '../../../../../test/harness.ts';
import type { Deps } from '../../deps.ts';
import type { AppError } from '../../errors.ts';
import { exportCommitteeYear } from '../interchange/export.service.ts';
import { importCommitteeYear } from '../interchange/import.service.ts';
import { exportMunicipalitySettings, importMunicipalitySettings } from '../municipalities/index.ts';
import { readActionPlans } from './action-plans.service.ts';

let deps: Deps;
let tenant: Tenant;

beforeAll(async () => {
  deps = (await createTestApp()).deps;
  tenant = await createTenant(deps, 'Handlingsplankommun');
  await importTenantYear(deps, tenant);
});

const scope = (year = 2022) => ({
  municipalityId: tenant.municipalityId,
  committeeId: tenant.nodes.committee,
  year,
});
const system = () => ({ source: 'plan.json', actor: null, municipalityId: tenant.municipalityId });

const actionPlan: ExchangeActionPlan = {
  key: 'folkhalsa',
  title: 'Handlingsplan folkhälsa',
  partner: 'Hälso- och sjukvårdsnämnden',
  periodFrom: '2022-01-01',
  periodTo: '2024-12-31',
  purpose: '<p>Ett gemensamt arbete.</p>',
  funders: [
    { key: 'hsn', name: 'Hälso- och sjukvårdsnämnden' },
    { key: 'sn', name: 'Socialnämnden' },
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
              what: 'Sociala aktiviteter för äldre',
              targetGroup: 'äldre',
              actors: 'Civilsamhället',
              plannedEffect: 'Behoven är kartlagda',
              followUps: [
                { followUp: 'augusti', status: 'ongoing', comment: 'Kartläggningen pågår.' },
                { followUp: 'arsrapport', status: 'done', comment: null },
              ],
            },
          ],
        },
      ],
    },
  ],
  budget: [
    { key: 'ledare', label: 'Utvecklingsledare', amounts: { hsn: '700000', sn: '700000' } },
    { key: 'omkostnader', label: 'Omkostnader', amounts: {} },
  ],
};

const withPlans = (plans: unknown[], year = 2022): CommitteeYearInput => ({
  ...tenantYearDocument(tenant, year),
  actionPlans: plans as CommitteeYearInput['actionPlans'],
});

async function refusal(document: CommitteeYearInput): Promise<string[]> {
  const error = (await importCommitteeYear(deps, document, system()).catch((caught) => caught)) as AppError;
  expect(error.code).toBe('VALIDATION');
  return (error.details ?? []).map((detail) => `${detail.path}: ${detail.message}`);
}

describe('action plans in the open format', () => {
  it('exports what it imports, with follow-ups in the order of the follow-up points, and updates on a second import', async () => {
    await importCommitteeYear(deps, withPlans([actionPlan]), system());
    const exported = await exportCommitteeYear(deps, scope());
    const [plan] = exported.actionPlans;
    expect(plan).toEqual({ id: expect.any(String), ...actionPlan });

    await importCommitteeYear(deps, { ...withPlans([]), actionPlans: exported.actionPlans }, system());
    const again = await readActionPlans(deps.db, scope());
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ id: plan?.id, version: 2, sums: { total: '1400000' } });
    expect((await exportCommitteeYear(deps, scope())).actionPlans).toEqual(exported.actionPlans);
  });

  it('refuses a plan that does not hold together, naming each path, and saves nothing', async () => {
    await importCommitteeYear(deps, withPlans([actionPlan]), system());
    const broken = structuredClone(actionPlan);
    const action = broken.focusAreas[0]?.strategies[0]?.actions[0];
    if (!action) throw new Error('the fixture has an action');
    action.followUps = [{ followUp: 'mars', status: 'done', comment: null }];
    broken.focusAreas[0]?.strategies[0]?.actions.push({ ...action, followUps: [] });
    broken.budget = [{ key: 'ledare', label: 'Ledare', amounts: { vgr: '1', sn: '1' } }];
    expect(await refusal(withPlans([{ ...broken, title: 'Ändrad' }, actionPlan]))).toEqual([
      'actionPlans[0].focusAreas[0].strategies[0].actions[1].key: ”aktiviteter” förekommer mer än en gång bland planens insatser',
      'actionPlans[0].focusAreas[0].strategies[0].actions[0].followUps[0].followUp: Uppföljningen ”mars” finns inte i kommunen',
      'actionPlans[0].budget[0].amounts.vgr: Finansiären ”vgr” finns inte bland planens finansiärer',
      'actionPlans[1].key: ”folkhalsa” förekommer mer än en gång i listan',
    ]);
    expect(
      await refusal(
        withPlans([{ ...actionPlan, budget: [{ key: 'x', label: 'X', amounts: { sn: '1.001' } }] }]),
      ),
    ).toEqual([
      expect.stringMatching(/^actionPlans\[0\]\.budget\[0\]\.amounts\.sn: Beloppet anges i kronor/),
    ]);
    expect((await readActionPlans(deps.db, scope()))[0]?.title).toBe('Handlingsplan folkhälsa');
  });

  it('refuses the id of a plan of another year of the committee', async () => {
    await importCommitteeYear(deps, withPlans([actionPlan]), system());
    const [stored] = await readActionPlans(deps.db, scope());
    expect(await refusal(withPlans([{ ...actionPlan, id: stored?.id }], 2023))).toEqual([
      'actionPlans[0].id: Handlingsplanen med detta id hör till nämndens år 2022',
    ]);
    expect(await readActionPlans(deps.db, scope(2023))).toEqual([]);
  });

  it('keeps a follow-up point that an action is followed up at', async () => {
    const plan = structuredClone(actionPlan);
    const action = plan.focusAreas[0]?.strategies[0]?.actions[0];
    if (!action) throw new Error('the fixture has an action');
    action.followUps = [{ followUp: 'april', status: 'ongoing', comment: null }];
    await importCommitteeYear(deps, withPlans([plan]), system());
    const settings = await exportMunicipalitySettings(deps, tenant.municipalityId);
    const without = {
      ...settings,
      followUpPoints: settings.followUpPoints.filter((point) => point.key !== 'april'),
    };
    const error = (await importMunicipalitySettings(deps, 'utan-april.json', without).catch(
      (caught) => caught,
    )) as AppError;
    expect(error.details).toContainEqual({
      path: 'followUpPoints',
      message:
        'Uppföljningstillfället ”april” saknas i filen men används av handlingsplanernas uppföljning; det kan inte tas bort',
    });
  });
});
