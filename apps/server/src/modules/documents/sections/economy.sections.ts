import type { Section } from '@styr/shared/contracts/documents';
import { deviationNotes, kronorDifference, lowerFirst } from '@styr/shared/domain/deviation-notes';
import { departmentDeviationChart } from '@styr/shared/domain/document-charts';
import { fillLabel } from '@styr/shared/domain/document-labels';
import type { Block, Cell, TableBlock } from '@styr/shared/domain/document-model';
import { paragraph } from '@styr/shared/domain/document-model';
import { statementColumnLabel } from '@styr/shared/domain/income-statement';
import { monthName } from '@styr/shared/domain/municipal-grant';
import { formatKronor, MISSING_TEXT } from '@styr/shared/format/number';
import type { BuildContext, SectionBuilder } from '../build-context.ts';

type Of<K extends Section['kind']> = Extract<Section, { kind: K }>;

const tkr = (kronor: string | null | undefined): Cell => ({
  text: formatKronor(kronor, { unit: 'tkr' }),
  align: 'right',
});
const mnkr = (kronor: string | null | undefined): Cell => ({
  text: formatKronor(kronor, { unit: 'mnkr' }),
  align: 'right',
});
const right = (text: string): Cell => ({ text, align: 'right' });
const shortMonth = (month: number) => {
  const name = monthName(month);
  return name.charAt(0).toUpperCase() + name.slice(1, 3);
};

const table = (header: Cell[], rows: Cell[][], widths: number[], notes: string[] = []): TableBlock => ({
  kind: 'table',
  header,
  rows,
  widths,
  notes,
});

/** The statement table a section names, else the municipality's first. */
const statementOf = (context: BuildContext, key?: string) =>
  key === undefined ? context.economy.statement : context.economy.tables.find((entry) => entry.key === key);

/**
 * "Mnkr | Bokslut 2022 | Budget 2022 | Avvikelse | Bokslut 2021" as in the annual report; forecasts only in
 * a delårsrapport, where they are what the committee follows, unless the table chose its columns. A computed
 * line prints the figure stored as printed in an adopted document.
 */
export const incomeStatementSection: SectionBuilder<Of<'incomeStatement'>> = {
  build: (context, section) => {
    const statement = statementOf(context, section.table);
    if (!statement) return [paragraph(`Resultaträkningen ”${section.table}” finns inte i kommunen.`)];
    if (context.economy.statement.amounts.length === 0)
      return [paragraph(`${statement.title} saknar belopp för året.`)];
    const { labels } = context.view;
    const chosen = statement.columnsChosen;
    const columns = statement.columns.filter(
      (column) => chosen || column.kind !== 'forecast' || context.kind === 'delarsrapport',
    );
    const amount = (kronor: string | null | undefined): Cell =>
      right(formatKronor(kronor, { unit: 'mnkr', decimals: section.decimals }));
    return [
      table(
        [{ text: labels['tables.mnkr'] }, ...columns.map((column) => right(statementColumnLabel(column)))],
        statement.rows.map((row) => [
          { text: row.label },
          ...columns.map((column) => amount(row.values[column.id])),
        ]),
        [28, ...columns.map(() => 72 / columns.length)],
        (section.deviationNote ?? !chosen)
          ? deviationNotes(labels['tables.deviationNote'], statementColumnLabel, statement.columns, columns)
          : [],
      ),
    ];
  },
  lacking: (context, section) => {
    const statement = statementOf(context, section.table);
    if (!statement) return `Resultaträkningen ”${section.table}” finns inte`;
    if (context.economy.statement.amounts.length === 0) return 'Resultaträkningen saknar belopp';
    return statement.warnings[0]?.message ?? null;
  },
};

type DepartmentColumn = NonNullable<Of<'departmentResults'>['columns']>[number];

/**
 * The forecast a department's result column shows: the latest made by the document's follow-up point, so a
 * report never shows a later forecast; in a plan, the latest.
 */
function forecastOf(context: BuildContext, forecasts: readonly { month: number; amount: string }[]) {
  const month = context.view.followUpPoints.find((point) => point.key === context.document)?.month ?? 12;
  const made = forecasts.filter((forecast) => forecast.month <= month);
  return made.sort((a, b) => b.month - a.month)[0]?.amount ?? null;
}

/**
 * Each department's budgeted and actual result, or forecast, with the deviation against the budget, in tkr, and
 * the comments under it; the columns, the deviation's comparison and the sum row as the template chose, and the
 * deviations as bars when the section asks for a chart.
 */
export const departmentResultsSection: SectionBuilder<Of<'departmentResults'>> = {
  build: (context, section) => {
    const { rows, total } = context.economy.departments;
    const { labels } = context.view;
    if (rows.length === 0) return [paragraph(labels['departments.none'])];
    const columns = section.columns ?? ['budget', 'actual', 'deviation'];
    const ofForecast = section.deviationOf === 'forecast';
    const headers: Record<DepartmentColumn, string> = {
      budget: labels['departments.budget'],
      actual: labels['departments.actual'],
      forecast: labels['departments.forecast'],
      deviation: labels['tables.deviation'],
    };
    const amount = (kronor: string | null): Cell =>
      right(formatKronor(kronor, { unit: 'tkr', decimals: section.decimals }));
    const line = (
      name: string,
      figures: { resultBudget: string | null; resultActual: string | null; deviation: string | null },
      forecast: string | null,
    ): Cell[] => {
      const values: Record<DepartmentColumn, string | null> = {
        budget: figures.resultBudget,
        actual: figures.resultActual,
        forecast,
        deviation: ofForecast ? kronorDifference(forecast, figures.resultBudget) : figures.deviation,
      };
      return [{ text: name }, ...columns.map((column) => amount(values[column]))];
    };
    const sumRow = line(labels['tables.sum'], total, forecastOf(context, total.forecasts));
    const notes = section.deviationNote
      ? [
          fillLabel(labels['tables.deviationNote'], {
            column: headers.deviation,
            of: lowerFirst(ofForecast ? headers.forecast : headers.actual),
            against: lowerFirst(headers.budget),
          }),
        ]
      : [];
    const blocks: Block[] = [
      table(
        [{ text: labels['tables.tkr'] }, ...columns.map((column) => right(headers[column]))],
        [
          ...rows.map((row) => line(row.name, row, forecastOf(context, row.forecasts))),
          ...(section.total === false ? [] : [sumRow]),
        ],
        [46, ...columns.map(() => 54 / columns.length)],
        notes,
      ),
    ];
    // The chart shows the deviation the table shows, against the forecast when the section compares that.
    const deviations = rows.map((row) => ({
      name: row.name,
      deviation: ofForecast
        ? kronorDifference(forecastOf(context, row.forecasts), row.resultBudget)
        : row.deviation,
    }));
    const chart = section.chart ? departmentDeviationChart(deviations, context.view.labels) : null;
    if (chart) blocks.push(chart);
    for (const row of rows)
      if (row.comment)
        blocks.push({
          kind: 'paragraph',
          inlines: [
            { kind: 'text', text: `${row.name}: `, bold: true },
            { kind: 'text', text: row.comment },
          ],
        });
    return blocks;
  },
  lacking: (context) =>
    context.economy.departments.rows.some((row) => row.resultActual === null)
      ? 'Någon avdelning saknar utfall'
      : null,
};

/** "Budget | Budgetjustering per månad | Summa" in tkr, and why each month's adjustment was made. */
export const municipalGrantSection: SectionBuilder<Of<'municipalGrant'>> = {
  build: (context) => {
    const { grant } = context.economy;
    if (grant.rows.length === 0) return [paragraph('Kommunbidraget är inte fördelat på avdelningar.')];
    const months = grant.months;
    return [
      table(
        [
          { text: context.view.labels['tables.tkr'] },
          right(context.view.labels['tables.budget']),
          ...months.map((month) => right(shortMonth(month))),
          right(context.view.labels['tables.sum']),
        ],
        [
          ...grant.rows.map((row) => [
            { text: row.name },
            tkr(row.budget),
            // A month without an adjustment stays empty, as in the report, rather than reading as missing.
            ...months.map((month) => {
              const adjustment = row.byMonth[String(month)];
              return adjustment === undefined ? right('') : tkr(adjustment);
            }),
            tkr(row.total),
          ]),
          [
            { text: context.view.labels['tables.sum'] },
            tkr(grant.budgetTotal),
            ...months.map((month) => tkr(grant.monthTotals[String(month)] ?? '0')),
            tkr(grant.total),
          ],
        ],
        [22, 11, ...months.map(() => 56 / Math.max(1, months.length)), 11],
        grant.rounds
          .map((round) => `${monthName(round.month)}: ${round.reason}`)
          .map((note) => note.charAt(0).toUpperCase() + note.slice(1)),
      ),
    ];
  },
  lacking: (context) =>
    context.economy.grant.problems[0] ??
    (context.economy.grant.rows.length === 0 ? 'Kommunbidraget saknas' : null),
};

/** "Statsbidrag | Belopp tkr | Kod | Bidragsgivare" with the total. */
export const stateGrantsSection: SectionBuilder<Of<'stateGrants'>> = {
  build: (context) => {
    const { rows, total } = context.economy.stateGrants;
    if (rows.length === 0) return [paragraph('Nämnden har inte tagit emot några statsbidrag under året.')];
    return [
      table(
        [
          { text: context.view.labels['stateGrants.grant'] },
          right(context.view.labels['stateGrants.amount']),
          { text: context.view.labels['stateGrants.code'] },
          { text: context.view.labels['stateGrants.grantor'] },
        ],
        [
          ...rows.map((row) => [
            { text: row.name },
            tkr(row.amount),
            { text: row.code ?? MISSING_TEXT },
            { text: row.grantor },
          ]),
          [{ text: context.view.labels['tables.sum'] }, tkr(total), { text: '' }, { text: '' }],
        ],
        [44, 16, 16, 24],
      ),
    ];
  },
  lacking: () => null,
};

/** Kommuncentrala poster: "Post | Utfall | Budgeterat belopp | Avvikelse" in tkr, with comments. */
export const centralItemsSection: SectionBuilder<Of<'centralItems'>> = {
  build: (context) => {
    const items = context.economy.centralItems;
    if (items.length === 0) return [paragraph('Nämnden har inga kommuncentrala poster under året.')];
    const notes = items.flatMap((item) => (item.comment ? [`${item.name}: ${item.comment}`] : []));
    return [
      table(
        [
          { text: context.view.labels['tables.tkr'] },
          right(context.view.labels['tables.actual']),
          right(context.view.labels['centralItems.budget']),
          right(context.view.labels['tables.deviation']),
        ],
        items.map((item) => [{ text: item.name }, tkr(item.actual), tkr(item.budget), tkr(item.deviation)]),
        [46, 18, 18, 18],
        notes,
      ),
    ];
  },
  lacking: (context) =>
    context.economy.centralItems.some((item) => item.actual === null) ? 'Någon post saknar utfall' : null,
};

/** Eget kapital at year end against the decided and proposed levels, then the committee's assessment. */
export const equitySection: SectionBuilder<Of<'equity'>> = {
  build: (context) => {
    const { equity } = context.economy;
    const blocks: Block[] = [
      table(
        [{ text: context.view.labels['tables.mnkr'] }, right(context.view.labels['equity.amount'])],
        [
          [{ text: context.view.labels['equity.closing'] }, mnkr(equity.closing)],
          [{ text: context.view.labels['equity.decidedLevel'] }, mnkr(equity.decidedLevel)],
          [{ text: context.view.labels['equity.proposedLevel'] }, mnkr(equity.proposedLevel)],
          [{ text: context.view.labels['equity.toReturn'] }, mnkr(equity.toReturn)],
        ],
        [70, 30],
      ),
    ];
    if (equity.assessment) blocks.push(paragraph(equity.assessment));
    return blocks;
  },
  lacking: (context) => (context.economy.equity.assessment ? null : 'Värderingen av eget kapital saknas'),
};
