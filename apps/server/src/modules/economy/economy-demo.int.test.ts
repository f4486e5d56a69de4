import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatKronor } from '@styr/shared/format/number';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../../test/harness.ts';
import { importCommitteeYear } from '../interchange/import.service.ts';
import { getEconomy } from './economy-view.service.ts';

const mnkr = (kronor: string | null | undefined) => formatKronor(kronor, { unit: 'mnkr' });
const tkr = (kronor: string | null | undefined) => formatKronor(kronor, { unit: 'tkr' });

describe('the economy of the demo year Socialnämnden Hisingen 2022', () => {
  it('shows the figures of reference 003: result, equity, departments, kommunbidrag, state grants', async () => {
    const { deps } = await createTestApp();
    const file = join(import.meta.dirname, '../../demo/committee-years/hisingen-2022.json');
    const document = JSON.parse(await readFile(file, 'utf8'));
    document.municipality.name = `Demokommun ${crypto.randomUUID().slice(0, 8)}`;
    const scope = await importCommitteeYear(deps, document, {
      source: 'hisingen-2022.json',
      actorUserId: null,
      municipalityId: null,
    });
    const view = await getEconomy(deps.db, scope);
    const line = (key: string) => view.statement.rows.find((row) => row.line === key)?.values ?? {};
    expect(
      ['actual-2022', 'budget-2022', 'deviation-2022', 'actual-2021'].map((id) => mnkr(line('resultat')[id])),
    ).toEqual(['81,6', '0,0', '81,6', '56,9']);
    expect(mnkr(line('kostnader')['deviation-2022'])).toBe('61,9');
    expect(mnkr(line('kommuninterna-bidrag')['deviation-2022'])).toBe('\u22121,5');
    expect(mnkr(line('eget-kapital')['actual-2022'])).toBe('116,6');
    expect(tkr(view.departments.total.resultActual)).toBe('81\u00a0588');
    expect(tkr(view.departments.total.forecasts[0]?.amount)).toBe('80\u00a0000');
    expect(tkr(view.grant.budgetTotal)).toBe('1\u00a0124\u00a0310');
    expect(tkr(view.grant.monthTotals['5'])).toBe('46\u00a0520');
    expect(tkr(view.grant.total)).toBe('1\u00a0170\u00a0830');
    expect(view.grant.rows.map((row) => tkr(row.total))).toEqual(
      ['227 359', '331 942', '152 465', '240 599', '72 425', '115 335', '28 205', '2 500'].map((text) =>
        text.replace(' ', '\u00a0'),
      ),
    );
    expect(view.grant.problems).toEqual([]);
    expect(tkr(view.stateGrants.total)).toBe('69\u00a0260');
    expect(view.stateGrants.rows).toHaveLength(15);
    expect(tkr(view.centralItems[0]?.deviation)).toBe('2\u00a0211');
    expect([view.equity.closing, view.equity.decidedLevel, view.equity.toReturn].map(mnkr)).toEqual([
      '116,6',
      '35,0',
      '41,6',
    ]);
  });
});
