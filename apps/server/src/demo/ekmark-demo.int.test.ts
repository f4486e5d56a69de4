import { styrExportMapping } from '@styr/shared/domain/styr-export';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type Session, signInAs } from '../../../../test/harness.ts';
import { orgNodes } from '../db/schema/index.ts';
import { demoPassword } from './demo-data.ts';
import { loadEkmarkDemo } from './ekmark-demo.ts';

let context: Awaited<ReturnType<typeof createTestApp>>;
let controller: Session;
let base: string;
const committees: Record<string, string> = {};

const get = async (url: string) => {
  const response = await call(context.app, controller, { method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response;
};
const yearUrl = (committee: string) => `${base}/committees/${committees[committee]}/years/2025`;
/** A built document's text, tags dropped, as a reader sees it. */
const documentText = async (committee: string, kind: string) =>
  (await get(`${yearUrl(committee)}/documents/${kind}/render/html`)).body
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');

beforeAll(async () => {
  context = await createTestApp();
  const { municipalityId } = await loadEkmarkDemo(context.deps);
  base = `/api/municipalities/${municipalityId}`;
  for (const name of ['Vård- och omsorgsnämnden', 'Socialnämnden']) {
    const [row] = await context.deps.db
      .select({ id: orgNodes.id })
      .from(orgNodes)
      .where(and(eq(orgNodes.municipalityId, municipalityId), eq(orgNodes.name, name)));
    committees[name] = row?.id ?? '';
  }
  controller = await signInAs(context.app, 'controller@ekmark.example', demoPassword);
});

describe('Ekmarks kommun, loaded only through its files', () => {
  it('assesses goals on its own scales only, one per report kind, and never on Göteborg’s', async () => {
    const view = (await get(yearUrl('Vård- och omsorgsnämnden'))).json();
    const levels = (followUp: string) =>
      view.assessmentScales[followUp].levels.map((level: { key: string }) => level.key);
    expect(levels('delar')).toEqual(['i-fas', 'risk', 'avvikelse']);
    expect(view.assessmentScales.delar.levelRequired).toBe(false);
    expect(levels('bokslut')).toEqual(['uppfyllt', 'delvis-uppfyllt', 'ej-uppfyllt', 'kan-inte-bedomas']);
    const everything = JSON.stringify(view);
    for (const goteborg of ['"god"', '"viss"', '"svarbedomd"', 'Svårbedömd'])
      expect(everything).not.toContain(goteborg);

    const goal = view.goals.find((entry: { key: string }) => entry.key === 'norr-team');
    const assess = (followUp: string, level: string | null) =>
      call(context.app, controller, {
        method: 'PUT',
        url: `${yearUrl('Vård- och omsorgsnämnden')}/goals/${goal.id}/assessments/${followUp}`,
        payload: {
          level,
          analysis: 'Fasta kontaktpersoner finns för nio av tio brukare.',
          // The demo's year-end assessment exists already: it is changed at its version.
          version: goal.assessments.find((entry: { followUp: string }) => entry.followUp === followUp)
            ?.version,
        },
      });
    expect((await assess('delar', null)).statusCode).toBe(200);
    expect((await assess('delar', 'god')).statusCode).toBe(400);
    expect((await assess('bokslut', null)).statusCode).toBe(400);
    expect((await assess('bokslut', 'delvis-uppfyllt')).statusCode).toBe(200);
  });

  it('holds council goals above committee goals, and a goal with no area, in the view, the export and the plan', async () => {
    const view = (await get(yearUrl('Vård- och omsorgsnämnden'))).json();
    expect(view.goals.map((goal: { key: string; depth: number }) => [goal.key, goal.depth])).toEqual([
      ['kf-trygg-aldrande', 0],
      ['kontinuitet', 1],
      ['norr-team', 2],
      ['digital-vardag', 0],
    ]);
    const exported = (await get(`${yearUrl('Vård- och omsorgsnämnden')}/export`)).json();
    expect(exported.goals.map((goal: { key: string; parent: string | null }) => goal.parent)).toEqual([
      null,
      'kf-trygg-aldrande',
      'kontinuitet',
      null,
    ]);
    const plan = await documentText('Vård- och omsorgsnämnden', 'verksamhetsplan');
    for (const goal of exported.goals) expect(plan).toContain(goal.title);
    expect(plan.indexOf(exported.goals[0].title)).toBeLessThan(plan.indexOf(exported.goals[1].title));
  });

  it('prints its own chapters, and the words around its data in its own wording, defaults where it gave none', async () => {
    const view = (await get(yearUrl('Vård- och omsorgsnämnden'))).json();
    expect(view.labels['goalKind.kfCommittee']).toBe('Fullmäktigemål');
    expect(view.labels['goalGroup.committee']).toBe('Nämndens mål');
    expect(view.labels['activities.owner']).toBe('Ansvarig');
    const plan = await documentText('Vård- och omsorgsnämnden', 'verksamhetsplan');
    const council = view.goals.find((goal: { key: string }) => goal.key === 'kf-trygg-aldrande');
    expect(plan).toContain(`Kopplat till: ${council.title}`);
    expect(plan).not.toContain('Bidrar till');
    const report = await documentText('Vård- och omsorgsnämnden', 'arsrapport');
    expect(report).toContain('Bedömning');
    expect(report).not.toContain('Bedömd måluppfyllelse');
    // Its own chapters, from its own templates: none of Göteborg's headings.
    const interim = await documentText('Vård- och omsorgsnämnden', 'delarsrapport');
    expect(interim).toContain('2.1 Fullmäktiges mål');
    expect(interim).toContain('3.3 Resultaträkning per kostnadsslag');
    for (const goteborg of ['Nämndspecifika mål från KF', 'KF:s budget', 'förvaltningsdirektörens'])
      expect(`${plan}\n${interim}\n${report}`).not.toContain(goteborg);
  });

  it('lays out the delårsrapport’s tables as its template chose: own indicator columns, a named deviation', async () => {
    const interim = (await documentText('Vård- och omsorgsnämnden', 'delarsrapport')).replace(
      /[\u00a0\u202f]/g,
      ' ',
    );
    expect(interim).toContain(
      'Nyckeltal\nEnhet\nResultat 2024\nSenaste utfall\nMål 2025\nBedömning mot mål\n' +
        'Antal personal en hemtjänsttagare möter under 14 dagar\npersoner\n15\n13\n12\nDelvis uppnått\n' +
        'Beviljade hemtjänsttimmar per brukare och månad\ntimmar\n30,8\n29,6\n30,0\nUppnått',
    );
    // The deviation is the forecast against the revised budget, and the note says so.
    expect(interim).toContain('Avvikelse mot reviderad budget = prognos − reviderad budget.');
    // Its annual report lays out its own: the newest year first, then the target and the status in words.
    const report = await documentText('Vård- och omsorgsnämnden', 'arsrapport');
    expect(report).toContain(
      'Nyckeltal\nEnhet\nResultat 2025\nResultat 2024\nResultat 2023\nMålvärde 2025\nMåluppfyllelse',
    );
  });

  it('measures in its own units only: hours with one decimal, a share kept to 0–100, and ja/delvis/nej', async () => {
    const view = (await get(yearUrl('Vård- och omsorgsnämnden'))).json();
    const measure = (key: string) => view.indicators.find((entry: { key: string }) => entry.key === key);
    expect(measure('hemtjanst-timmar')).toMatchObject({
      unit: 'timmar',
      decimals: 1,
      valueKind: 'number',
      status: 'met',
    });
    expect(measure('nojda-brukare')).toMatchObject({ unit: 'procent', valueKind: 'share' });
    expect(measure('genomforandeplan')).toMatchObject({
      unit: 'uppfyllt',
      valueKind: 'yesPartlyNo',
      status: 'met',
    });
    for (const entry of view.indicators) expect(['antal', '%', 'ja/nej']).not.toContain(entry.unit);
    const share = await call(context.app, controller, {
      method: 'PUT',
      url: `${yearUrl('Vård- och omsorgsnämnden')}/indicators/${measure('nojda-brukare').id}/values`,
      payload: { year: 2025, period: 'tertial1', value: 120, note: null },
    });
    expect(share.statusCode).toBe(400);
    expect(share.json().error.details).toEqual([
      { path: 'body.value', message: 'En andel ligger mellan 0 och 100; 120 är utanför' },
    ]);
    const plan = await documentText('Vård- och omsorgsnämnden', 'verksamhetsplan');
    // Two years before the plan's, then the target: hours with one decimal, ja/delvis/nej in words; a year the
    // ja/nej measure never reported stays blank rather than claiming "uppgift saknas".
    expect(plan).toContain('Beviljade hemtjänsttimmar per brukare och månad\n31,4\n30,8\n30,0');
    expect(plan).toContain('Genomförandeplan upprättad inom 14 dagar för nya brukare\nDelvis\nJa');
  });

  it('names its kinds of unit in its own words, and shows its sector in both committees’ trees', async () => {
    const tree = (await get(`${base}/org-tree`)).json();
    expect(tree.kinds.map((kind: { label: string }) => kind.label)).toEqual([
      'Nämnd',
      'Sektor',
      'Verksamhetsområde',
      'Enhet',
    ]);
    const sector = tree.nodes.find((node: { name: string }) => node.name === 'Sektor vård och välfärd');
    expect(sector.parentId).toBe(committees['Vård- och omsorgsnämnden']);
    expect(tree.served).toEqual([{ nodeId: sector.id, committeeId: committees.Socialnämnden }]);
    const social = (await get(`${yearUrl('Socialnämnden')}/export`)).json();
    expect(social.units[0]).toMatchObject({
      name: 'Sektor vård och välfärd',
      servedFrom: 'Vård- och omsorgsnämnden',
    });
    const activity = social.goals[1].activities[0];
    expect(social.units.find((unit: { key: string }) => unit.key === activity.owner)?.name).toBe(
      'Mottagningen',
    );
  });

  it('labels and categorises its assignments, and links them to the goals they serve', async () => {
    const exported = (await get(`${yearUrl('Vård- och omsorgsnämnden')}/export`)).json();
    const night = exported.assignments.find((entry: { key: string }) => entry.key === 'nattpatrull');
    expect(night).toMatchObject({
      category: 'Utredning',
      labels: ['hemtjänst', 'kostnadseffektivitet'],
      goals: ['kontinuitet'],
    });
  });

  it('computes its results from its own two statement tables only, and warns where the printed figure differs', async () => {
    const economy = (await get(`${yearUrl('Vård- och omsorgsnämnden')}/economy`)).json();
    expect(economy.tables.map((table: { title: string }) => table.title)).toEqual([
      'Driftredovisning i sammandrag',
      'Resultaträkning per kostnadsslag',
    ]);
    const [summary, detail] = economy.tables;
    expect(summary.columns.map((column: { label: string }) => column.label)).toEqual([
      'Budget',
      'Utfall augusti',
      'Prognos helår',
      'Avvikelse mot budget',
    ]);
    const lines = economy.tables.flatMap((table: { rows: { line: string }[] }) =>
      table.rows.map((row) => row.line),
    );
    expect(lines).toEqual([
      'verksamhetens-nettokostnad',
      'kommunbidrag',
      'arets-resultat',
      'verksamhetens-intakter',
      'personalkostnader',
      'lokalkostnader',
      'ovriga-kostnader',
      'nettokostnad',
    ]);
    const net = detail.rows.find((row: { line: string }) => row.line === 'nettokostnad');
    expect(net.values.prognos).toBe(String((104_200 - 540_600 - 63_300 - 127_800) * 1000));
    expect(summary.warnings).toEqual([
      expect.objectContaining({ line: 'arets-resultat', printed: '-10501000', computed: '-10500000' }),
    ]);
    expect(economy.investments.rows.map((row: { name: string }) => row.name)).toEqual([
      'Ombyggnad av Ekbackens gruppbostad',
      'Digitala trygghetslarm',
    ]);
  });

  it("refuses a committee's file that would retitle the municipality's statement tables, unless by its administrator", async () => {
    const exported = (await get(`${yearUrl('Vård- och omsorgsnämnden')}/export`)).json();
    expect(exported.economy.tables.map((table: { key: string }) => table.key)).toEqual([
      'sammandrag',
      'kostnadsslag',
    ]);
    const tables = exported.economy.tables.map((table: { title: string }, index: number) =>
      index === 0 ? { ...table, title: 'Driftredovisning' } : table,
    );
    // The next year, which nothing has frozen, with nothing but the economy's tables.
    const nextYear = {
      format: 'styr/committee-year',
      formatVersion: 1,
      municipality: { name: 'Ekmarks kommun' },
      committee: { name: 'Vård- och omsorgsnämnden', validFrom: '2023-01-01' },
      year: 2026,
      economy: { tables },
    };
    const response = await call(context.app, controller, {
      method: 'POST',
      url: `${base}/import`,
      payload: nextYear,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toContainEqual({
      path: 'economy.tables[0].title',
      message:
        'Filen ändrar kommunens resultaträkningar, som gäller alla nämnder; bara den som administrerar hela kommunen kan ändra den',
    });
    const unchanged = { ...nextYear, economy: { tables: exported.economy.tables } };
    const agreeing = await call(context.app, controller, {
      method: 'POST',
      url: `${base}/import`,
      payload: unchanged,
    });
    expect(agreeing.statusCode, agreeing.body).toBe(200);
  });

  it('exports each of its statement tables to Excel, and the workbook imports back with no change', async () => {
    const url = `${yearUrl('Vård- och omsorgsnämnden')}/economy`;
    const before = (await get(url)).json().tables;
    const response = await get(`${url}/export/statement`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const file = {
      fileName: 'export.xlsx',
      content: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
    };
    const post = (path: string, payload: unknown) =>
      call(context.app, controller, { method: 'POST', url: `${url}/spreadsheets/${path}`, payload });
    const preview = (await post('preview', file)).json();
    const columns = before.flatMap((table: { columns: unknown[] }) => table.columns);
    const read: string[] = [];
    for (const [index] of workbook.worksheets.entries()) {
      const recognized = styrExportMapping(preview.sheets[index], 2025, columns);
      if (!recognized) throw new Error(`sheet ${index} was not recognised`);
      read.push(
        ...recognized.mapping.columns.map((column) => `${column.kind} ${column.year} ${column.month}`),
      );
      const imported = await post('import', { file, ...recognized, dryRun: false });
      expect(imported.statusCode, imported.body).toBe(200);
    }
    // Every column but the computed deviations reads back, the outcome at August's end among them.
    expect(read).toEqual([
      'budget 2025 null',
      'actual 2025 8',
      'forecast 2025 8',
      'actual 2024 null',
      'revisedBudget 2025 null',
      'forecast 2025 8',
    ]);
    expect((await get(url)).json().tables).toEqual(before);
  });
});
