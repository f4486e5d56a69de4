import { committeeYearSchema } from '@styr/shared/contracts/interchange';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
  tenantYearDocument,
} from '../../../../../test/harness.ts';
import { tenantDigest } from '../../../../../test/tenant-digest.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;

beforeEach(async () => {
  context = await createSignedInTenant();
  controller = await signInAs(context.app, context.tenant.users.controller.email);
});

const preview = (payload: unknown) =>
  call(context.app, controller, { method: 'POST', url: `${context.base}/import?preview=true`, payload });
const digest = () => tenantDigest(context.deps, context.tenant.municipalityId);
/** The fixture's year with the format's defaults filled in, as the import reads it. */
const fixture = () => committeeYearSchema.parse(tenantYearDocument(context.tenant));

describe('import with preview', () => {
  it('says what a file would create in an empty year, and writes nothing', async () => {
    const file = fixture();
    const before = await digest();
    const response = await preview(file);
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json();
    expect(answer).toMatchObject({ preview: true, committeeId: context.tenant.nodes.committee, year: 2022 });
    expect(answer.parts.goals.created).toEqual(file.goals.map((goal) => goal.title));
    expect(answer.parts.indicators.created).toHaveLength(file.indicators.length);
    expect(answer.parts.assignments.changed).toEqual([]);
    expect(await digest()).toEqual(before);
  });

  it('tells changed from unchanged in a year already imported, and what the import keeps but alters', async () => {
    await importTenantYear(context.deps, context.tenant);
    const file = fixture();
    const [first, ...rest] = file.indicators;
    const dropped = file.assignments.at(-1);
    if (!first || !dropped) throw new Error('the fixture has indicators and assignments');
    file.indicators = [{ ...first, name: 'Nytt namn' }, ...rest];
    file.assignments = file.assignments.slice(0, -1);
    const [firstGoal] = file.goals;
    if (!firstGoal) throw new Error('the fixture has goals');
    const before = await digest();
    const response = await preview(file);
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json();
    expect(answer.parts.indicators.changed).toEqual(['Nytt namn']);
    // The import keeps an assignment the file leaves out, but it loses its goal area, which the file replaces.
    expect(answer.parts.assignments.changed).toEqual([dropped.title]);
    expect(answer.parts.assignments.removed).toEqual([]);
    expect(answer.parts.goals.unchanged).toContain(firstGoal.title);
    expect(answer.parts.goals.created).toEqual([]);
    expect(await digest()).toEqual(before);
  });

  it('refuses a file the import would refuse, with its path, and a year whose plan is adopted', async () => {
    const file = fixture();
    const broken = await preview({
      ...file,
      indicators: file.indicators.map((entry, index) => (index === 0 ? { ...entry, unit: 'liter' } : entry)),
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.details[0].path).toMatch(/^indicators\[0\]/);

    await importTenantYear(context.deps, context.tenant);
    const year = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
    await call(context.app, controller, {
      method: 'POST',
      url: `${year}/documents/plan/status`,
      payload: { status: 'review' },
    });
    await call(context.app, controller, {
      method: 'POST',
      url: `${year}/documents/plan/status`,
      payload: { version: 2, status: 'adopted', decision: { date: '2022-02-15', paragraph: '§ 20' } },
    });
    const frozen = await preview({
      ...file,
      goals: file.goals.map((goal) => ({ ...goal, title: `${goal.title} ändrad` })),
    });
    expect(frozen.json().error.code).toBe('FROZEN');
  });
});
