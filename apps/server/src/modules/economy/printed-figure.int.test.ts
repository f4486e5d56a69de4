import type { EconomyView, StatementRow } from '@styr/shared/contracts/economy';
import { and, desc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeEconomyFixture } from '../../../../../test/fixtures/economy.ts';
import {
  call,
  createSignedInTenant,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';
import { auditLog } from '../../db/schema/index.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let yearUrl: string;

beforeEach(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  await writeEconomyFixture(context.deps, {
    municipalityId: context.tenant.municipalityId,
    committeeId: context.tenant.nodes.committee,
  });
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

const economy = async (): Promise<EconomyView> =>
  (await call(context.app, controller, { method: 'GET', url: `${yearUrl}/economy` })).json();
const setAmount = (payload: Record<string, unknown>, url = yearUrl) =>
  call(context.app, controller, { method: 'PUT', url: `${url}/economy/amounts`, payload });
const result = async () =>
  (await economy()).statement.rows.find((row) => row.line === 'resultat') as StatementRow;
const printed = (amount: string | null, version?: number) => ({
  ...(version === undefined ? {} : { version }),
  line: 'resultat',
  year: 2022,
  column: 'actual',
  amount,
  printed: true,
});

describe('the printed figure of a computed line, entered in the app', () => {
  it('stores it with a version check and an audit row, warns of the difference, and removes it again', async () => {
    expect((await result()).values['actual-2022']).toBe('81631000');
    const created = await setAmount(printed('81600000'));
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ line: 'resultat', amount: '81600000', version: 1 });
    expect((await result()).values['actual-2022']).toBe('81600000');
    const [warning] = (await economy()).statement.warnings;
    expect(warning).toMatchObject({ line: 'resultat', printed: '81600000', computed: '81631000' });

    const updated = await setAmount(printed('81600000', 1));
    expect(updated.json()).toMatchObject({ amount: '81600000', version: 2 });
    const stale = await setAmount(printed('81700000', 1));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' }, current: { version: 2 } });

    const cleared = await setAmount(printed(null, 2));
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toBeNull();
    expect((await result()).values['actual-2022']).toBe('81631000');
    expect((await economy()).statement.warnings).toEqual([]);

    const audit = await context.deps.db
      .select({ action: auditLog.action, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.municipalityId, context.tenant.municipalityId),
          eq(auditLog.entityType, 'statement_amount'),
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(3);
    expect(audit.map((entry) => entry.action)).toEqual(['delete', 'update', 'create']);
    expect(audit[0]).toMatchObject({ before: { amount: '81600000', version: 2 }, after: null });
  });

  it('refuses a printed figure on a line that is entered, not computed', async () => {
    const refused = await setAmount({ ...printed('1'), line: 'intakter' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      {
        path: 'body.printed',
        message: 'Intäkter räknas inte fram; ett tryckt belopp kan bara anges för en beräknad rad.',
      },
    ]);
    const unmarked = await setAmount({ ...printed('1'), printed: false });
    expect(unmarked.statusCode).toBe(400);
    expect(unmarked.json().error.details[0].path).toBe('body.line');
  });

  it("refuses another committee's statement to a controller of this one", async () => {
    const other = `${context.base}/committees/${context.tenant.nodes.otherCommittee}/years/2022`;
    const refused = await setAmount(printed('1'), other);
    expect(refused.statusCode).toBe(403);
  });

  it('freezes the printed figure once the annual report is adopted', async () => {
    await setAmount(printed('81600000'));
    const status = (document: string, payload: Record<string, unknown>) =>
      call(context.app, controller, {
        method: 'POST',
        url: `${yearUrl}/documents/${document}/status`,
        payload,
      });
    // The plan is adopted before the annual report that follows it up.
    await status('plan', { status: 'review' });
    await status('plan', { status: 'adopted', decision: { date: '2022-02-15', paragraph: '§ 20' } });
    await status('arsrapport', { status: 'review' });
    await status('arsrapport', {
      version: 2,
      status: 'adopted',
      decision: { date: '2023-02-14', paragraph: '§ 5' },
    });
    const refused = await setAmount(printed(null, 1));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('FROZEN');
    expect((await result()).values['actual-2022']).toBe('81600000');
  });
});
