import type { EconomyView } from '@styr/shared/contracts/economy';
import type { ExportTable } from '@styr/shared/contracts/economy-files';
import { statementColumnLabel } from '@styr/shared/domain/income-statement';
import { monthName } from '@styr/shared/domain/municipal-grant';
import ExcelJS from 'exceljs';

/**
 * Text that a spreadsheet program could take for a formula (=, +, −, @, tab, carriage return first) gets a
 * leading apostrophe, so a name typed by a user can never run as a formula in someone else's Excel.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

type Cell = string | number | null;
interface TableData {
  title: string;
  header: string[];
  rows: Cell[][];
  /** Excel's number format for the numeric cells; Excel shows it with the reader's Swedish separators. */
  numberFormat: string;
}

const tkr = (kronor: string | null | undefined) => (kronor == null ? null : Number(kronor) / 1000);
const mnkr = (kronor: string | null | undefined) => (kronor == null ? null : Number(kronor) / 1_000_000);
const TKR = '#,##0;-#,##0';
const MNKR = '#,##0.0;-#,##0.0';

function tableData(view: EconomyView, table: ExportTable): TableData[] {
  const { year } = view;
  switch (table) {
    case 'statement':
      // One sheet per statement table, the first titled as the single resultaträkning always was.
      return view.tables.map((statement) => ({
        title: `${statement.title} ${year} (mnkr)`,
        header: ['Mnkr', ...statement.columns.map(statementColumnLabel)],
        rows: statement.rows.map((row) => [
          row.label,
          ...statement.columns.map((column) => mnkr(row.values[column.id])),
        ]),
        numberFormat: MNKR,
      }));
    case 'departments': {
      const months = view.departments.total.forecasts.map((forecast) => forecast.month);
      const forecast = (list: { month: number; amount: string }[], month: number) =>
        tkr(list.find((entry) => entry.month === month)?.amount);
      return [
        {
          title: `Resultat per avdelning ${year} (tkr)`,
          header: [
            'Tkr',
            'Resultat',
            'Budget',
            'Avvikelse',
            ...months.map((month) => `Prognos ${monthName(month)}`),
          ],
          rows: [
            ...view.departments.rows.map((row) => [
              row.name,
              tkr(row.resultActual),
              tkr(row.resultBudget),
              tkr(row.deviation),
              ...months.map((month) => forecast(row.forecasts, month)),
            ]),
            [
              'Summa',
              tkr(view.departments.total.resultActual),
              tkr(view.departments.total.resultBudget),
              tkr(view.departments.total.deviation),
              ...months.map((month) => forecast(view.departments.total.forecasts, month)),
            ],
          ],
          numberFormat: TKR,
        },
      ];
    }
    case 'grant': {
      const { grant } = view;
      return [
        {
          title: `Kommunbidrag ${year} (tkr)`,
          header: ['Tkr', 'Budget', ...grant.months.map(monthName), 'Summa'],
          rows: [
            ...grant.rows.map((row) => [
              row.name,
              tkr(row.budget),
              ...grant.months.map((month) => tkr(row.byMonth[month])),
              tkr(row.total),
            ]),
            [
              'Summa',
              tkr(grant.budgetTotal),
              ...grant.months.map((month) => tkr(grant.monthTotals[month])),
              tkr(grant.total),
            ],
          ],
          numberFormat: TKR,
        },
      ];
    }
    case 'stateGrants':
      return [
        {
          title: `Statsbidrag ${year} (tkr)`,
          header: ['Statsbidrag', 'Belopp', 'Speckod', 'Bidragsgivare'],
          rows: [
            ...view.stateGrants.rows.map((row) => [row.name, tkr(row.amount), row.code, row.grantor]),
            ['Summa', tkr(view.stateGrants.total), null, null],
          ],
          numberFormat: TKR,
        },
      ];
    case 'centralItems':
      return [
        {
          title: `Kommuncentrala poster ${year} (tkr)`,
          header: ['Kommuncentral post', 'Utfall', 'Budgeterat belopp', 'Avvikelse'],
          rows: view.centralItems.map((row) => [
            row.name,
            tkr(row.actual),
            tkr(row.budget),
            tkr(row.deviation),
          ]),
          numberFormat: TKR,
        },
      ];
    case 'investments': {
      const { rows, total } = view.investments;
      return [
        {
          title: `Investeringar ${year} (tkr)`,
          header: ['Investering', 'Budget', 'Utfall', 'Prognos', 'Avvikelse'],
          rows: [
            ...rows.map((row) => [
              row.name,
              tkr(row.budget),
              tkr(row.actual),
              tkr(row.forecast),
              tkr(row.deviation),
            ]),
            ['Summa', tkr(total.budget), tkr(total.actual), tkr(total.forecast), tkr(total.deviation)],
          ],
          numberFormat: TKR,
        },
      ];
    }
    case 'keyFigures':
      return view.keyFigureTables.map((figures) => ({
        title: figures.title,
        header: ['Mått', 'Enhet', ...figures.years.map(String)],
        rows: figures.rows.map((row) =>
          row.kind === 'heading' ? [row.text] : [row.name, row.unit, ...row.values],
        ),
        numberFormat: '#,##0.##;-#,##0.##',
      }));
  }
}

/** One sheet per table, with a title row, bold headers and Swedish-readable number formats. */
export async function economyWorkbook(
  view: EconomyView,
  table: ExportTable,
  committeeName: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Styr';
  for (const [index, data] of tableData(view, table).entries()) {
    // Excel limits sheet names to 31 characters and forbids a few characters.
    const name = `${index + 1} ${data.title}`.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
    const sheet = workbook.addWorksheet(name);
    sheet.addRow([safeText(`${committeeName}: ${data.title}`)]).font = { bold: true };
    sheet.addRow(data.header.map(safeText)).font = { bold: true };
    for (const row of data.rows) {
      const added = sheet.addRow(row.map((cell) => (typeof cell === 'string' ? safeText(cell) : cell)));
      added.eachCell((cell) => {
        if (typeof cell.value === 'number') cell.numFmt = data.numberFormat;
      });
    }
    sheet.getColumn(1).width = 48;
    for (let column = 2; column <= data.header.length; column++) sheet.getColumn(column).width = 16;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
