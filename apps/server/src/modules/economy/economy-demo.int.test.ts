import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatChange, formatKronor } from '@styr/shared/format/number';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../../test/harness.ts';
import { importCommitteeYear } from '../interchange/import.service.ts';
import { getEconomy } from './economy-view.service.ts';

const mnkr = (kronor: string | null | undefined) => formatKronor(kronor, { unit: 'mnkr' });
const tkr = (kronor: string | null | undefined) => formatKronor(kronor, { unit: 'tkr' });

describe('the economy of the demo year Socialnämnden Hisingen 2022', () => {
  it('shows the figures of reference 003: result, equity, departments, kommunbidrag, state grants, key figures', async () => {
    const { deps } = await createTestApp();
    const file = join(import.meta.dirname, '../../demo/committee-years/hisingen-2022.json');
    const document = JSON.parse(await readFile(file, 'utf8'));
    document.municipality.name = `Demokommun ${crypto.randomUUID().slice(0, 8)}`;
    const scope = await importCommitteeYear(deps, document, {
      source: 'hisingen-2022.json',
      actor: null,
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
    const [volume, staff] = view.keyFigureTables;
    expect(volume?.years).toEqual([2020, 2021, 2022]);
    const changes = volume?.rows.flatMap((row) =>
      row.kind === 'indicator' && row.showChange
        ? [row.values.map((value, index) => formatChange(value, index > 0 ? row.values[index - 1] : null))]
        : [],
    );
    expect(changes?.[0]).toEqual([
      '991\u00a0289',
      '1\u00a0015\u00a0135 (2,4\u00a0%)',
      '1\u00a0020\u00a0985 (0,6\u00a0%)',
    ]);
    expect(changes?.[1]?.[2]).toBe('235\u00a0417 (\u22127,7\u00a0%)');
    expect(changes?.[4]).toEqual([
      '56\u00a0277',
      '53\u00a0172 (\u22125,5\u00a0%)',
      '64\u00a0047 (20,5\u00a0%)',
    ]);
    expect(
      volume?.rows.filter((row) => row.kind === 'heading').map((row) => row.kind === 'heading' && row.text),
    ).toEqual(['IFO', 'Fritid och kultur', 'Övrigt']);
    expect(staff?.rows.map((row) => row.kind === 'indicator' && row.values)).toEqual([
      [null, 6.1, 6.9],
      [null, 15, null],
      [null, 525, 529],
      [null, 64, 68],
    ]);
    expect(view.significantDeviations.map((deviation) => deviation.title)).toEqual([
      'Svårigheter med personalbemanning och personalomsättning inom myndighetsverksamheten',
      'Hot, våld och tillit i socialtjänsten',
    ]);
  });
});
