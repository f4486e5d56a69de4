import type { CommitteeYear, CommitteeYearInput } from '@styr/shared/contracts/interchange';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { followUpPoints } from '../apps/server/src/db/schema/index.ts';
import { exportCommitteeYear } from '../apps/server/src/modules/interchange/export.service.ts';
import { importCommitteeYear } from '../apps/server/src/modules/interchange/import.service.ts';
import { readAssessmentScales } from '../apps/server/src/modules/plan/assessment-scales.ts';
import { createUser, grantRole } from '../apps/server/src/modules/users/users.service.ts';
import { committeeYearFixture } from './fixtures/committee-year.ts';
import { economyFixture } from './fixtures/economy.ts';
import {
  call,
  createSignedInTenant,
  createTenant,
  type Session,
  signInAs,
  type Tenant,
  tenantYearDocument,
  testPassword,
} from './harness.ts';
import { at, decision, first, importRefusals } from './import-containment-cases.ts';
import { tenantDigest } from './tenant-digest.ts';

/**
 * A committee-year file writes only inside its own committee and year: a controller of one committee cannot reach
 * another committee's (or another year's, or another municipality's) objects by naming their ids, cannot change
 * figures of adopted documents or adopt a document, and cannot change the settings every committee shares.
 * Each refusal is a 4xx naming the field, and leaves the municipality exactly as it was.
 */
let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let other: Tenant;
let otherCommitteeYear: CommitteeYear;
let yearBefore: CommitteeYear;
let base: CommitteeYearInput;

const system = (municipalityId: string) => ({ source: 'test', actor: null, municipalityId });

function riskWithControl(): CommitteeYearInput['risks'] {
  return [
    {
      key: 'utbetalningar',
      area: 'oegentligheter',
      title: 'Felaktiga utbetalningar',
      probability: 2,
      consequence: 4,
      selected: true,
      selectionReason: 'Revisionens iakttagelse',
      toControlPlan: true,
      controls: [{ key: 'stickprov', what: 'Stickprov av utbetalningar' }],
    },
  ];
}

const importFile = (session: Session, document: unknown) =>
  call(context.app, session, { method: 'POST', url: `${context.base}/import`, payload: document });

beforeAll(async () => {
  context = await createSignedInTenant();
  const { deps, tenant } = context;
  const { municipalityId } = tenant;

  // The other committee's 2022, with units, a goal with an activity, indicators, assignments and a risk.
  const theirs = committeeYearFixture({ id: municipalityId, name: 'Testkommun' });
  theirs.committee = { id: tenant.nodes.otherCommittee, name: 'Kulturnämnden Test', validFrom: '2021-01-01' };
  theirs.documents = [];
  theirs.risks = riskWithControl();
  await importCommitteeYear(deps, theirs, system(municipalityId));
  otherCommitteeYear = await exportCommitteeYear(deps, {
    municipalityId,
    committeeId: tenant.nodes.otherCommittee,
    year: 2022,
  });

  // The own committee's 2021, plan and annual report adopted, with last year's actual income.
  const before = tenantYearDocument(tenant, 2021);
  before.risks = riskWithControl();
  before.economy = {
    ...economyFixture(),
    amounts: [{ line: 'intakter', year: 2021, column: 'actual', amount: '124278000' }],
    departments: [],
    grantAdjustments: [],
    grantRounds: [],
    stateGrants: [],
    centralItems: [],
    equity: null,
    significantDeviations: [],
  };
  before.documents = [
    { document: 'plan', status: 'adopted', decision },
    { document: 'arsrapport', status: 'adopted', decision },
  ];
  await importCommitteeYear(deps, before, system(municipalityId));
  yearBefore = await exportCommitteeYear(deps, {
    municipalityId,
    committeeId: tenant.nodes.committee,
    year: 2021,
  });

  // The own committee's 2022 as its controller imports it: the figures of 2021 it repeats are the adopted ones.
  controller = await signInAs(context.app, tenant.users.controller.email);
  base = tenantYearDocument(tenant, 2022);
  base.documents = [{ document: 'arsrapport', status: 'review' }];
  base.economy = economyFixture();
  base.risks = riskWithControl();
  const imported = await importFile(controller, base);
  if (imported.statusCode !== 200) throw new Error(`the base document did not import: ${imported.body}`);

  other = await createTenant(deps, 'Annan kommun');
});

const refusals = importRefusals(() => ({ tenant: context.tenant, other, otherCommitteeYear, yearBefore }));

const scope2022 = () => ({
  municipalityId: context.tenant.municipalityId,
  committeeId: context.tenant.nodes.committee,
  year: 2022,
});

/** Each of these first has the file refused, then shows what the committee may still do. */
describe('a committee-year file with the committee’s own objects', () => {
  it('imports its own year as exported, with the adopted figures of the year before, but not one of them changed', async () => {
    const exported = await exportCommitteeYear(context.deps, scope2022());
    const changed = structuredClone(exported);
    const value = at(first(changed.indicators).values, 1);
    expect(value.year).toBe(2021);
    value.value = (value.value ?? 0) + 1;
    const refused = await importFile(controller, changed);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.details[0]).toMatchObject({
      path: 'indicators[0].values[1].value',
      message: expect.stringMatching(/är fastställd/),
    });
    const response = await importFile(controller, exported);
    expect(response.statusCode, response.body).toBe(200);
    expect(await exportCommitteeYear(context.deps, scope2022())).toEqual(exported);
  });

  it('takes an assignment of its own committee from another year as its own, not one of another committee', async () => {
    const document = structuredClone(base);
    first(document.assignments).id = first(otherCommitteeYear.assignments).id;
    expect((await importFile(controller, document)).statusCode).toBe(400);
    first(document.assignments).id = first(yearBefore.assignments).id;
    const response = await importFile(controller, document);
    expect(response.statusCode, response.body).toBe(200);
  });
});

describe('municipality-wide settings in a file', () => {
  const changedSettings = (label: string) => {
    const document = structuredClone(base);
    document.municipality.followUpPoints?.push({ key: 'oktober', name: 'Oktoberrapport', month: 10 });
    at(document.municipality.assessmentScale, 1).label = label;
    return document;
  };
  const stored = async () => {
    const { deps, tenant } = context;
    const points = await deps.db
      .select({ key: followUpPoints.key })
      .from(followUpPoints)
      .where(eq(followUpPoints.municipalityId, tenant.municipalityId));
    const [scale] = await readAssessmentScales(deps.db, tenant.municipalityId);
    const level = scale?.levels.find((entry) => entry.key === 'viss');
    return { oktober: points.some((point) => point.key === 'oktober'), label: level?.label };
  };

  it('are written for a person who manages the whole municipality, not for one who compiles a committee', async () => {
    const { deps, tenant, app } = context;
    expect((await importFile(controller, changedSettings('Delvis'))).statusCode).toBe(400);
    expect(await stored()).toEqual({ oktober: false, label: 'Viss' });
    const actor = { municipalityId: tenant.municipalityId, userId: null };
    const email = `forvaltare-${crypto.randomUUID().slice(0, 8)}@test.example`;
    const user = await createUser(deps, actor, {
      email,
      displayName: 'Test förvaltare',
      password: testPassword,
    });
    await grantRole(deps, actor, user.id, { role: 'admin', nodeId: null });
    await grantRole(deps, actor, user.id, { role: 'controller', nodeId: tenant.nodes.committee });
    const response = await importFile(await signInAs(app, email), changedSettings('Delvis'));
    expect(response.statusCode, response.body).toBe(200);
    expect(await stored()).toEqual({ oktober: true, label: 'Delvis' });
  });

  it('are written by the system', async () => {
    const { deps, tenant } = context;
    // The controller's file still has the label the administrator replaced.
    expect((await importFile(controller, base)).statusCode).toBe(400);
    await importCommitteeYear(deps, changedSettings('Viss'), system(tenant.municipalityId));
    expect(await stored()).toEqual({ oktober: true, label: 'Viss' });
    expect((await importFile(controller, base)).statusCode).toBe(200);
  });
});

describe('a committee-year file from a controller of one committee', () => {
  for (const [label, spoil, path] of refusals) {
    it(`refuses ${label} at ${path} and changes nothing`, async () => {
      const { deps, tenant } = context;
      const document = structuredClone(base);
      spoil(document);
      const before = await tenantDigest(deps, tenant.municipalityId);
      const otherBefore = await tenantDigest(deps, other.municipalityId);
      const response = await importFile(controller, document);
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, response.body).toBeLessThan(500);
      const error = response.json().error;
      expect(error.details.map((detail: { path: string }) => detail.path)).toContain(path);
      expect(error.message).toMatch(/[åäö]/);
      expect(await tenantDigest(deps, tenant.municipalityId)).toEqual(before);
      expect(await tenantDigest(deps, other.municipalityId)).toEqual(otherBefore);
      expect((await context.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    });
  }
});
