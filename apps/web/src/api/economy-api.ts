import type {
  EconomyView,
  SetStatementAmount,
  UpdateDepartment,
  UpdateEquity,
  UpdateInvestment,
  UpdateSignificantDeviation,
} from '@styr/shared/contracts/economy';
import type { ExportTable, SpreadsheetFile, SpreadsheetImport } from '@styr/shared/contracts/economy-files';
import type { HttpClient } from './http-client.ts';
import type { YearScope } from './plan-api.ts';

const economyPath = (scope: YearScope, ...parts: string[]) =>
  [
    `/api/municipalities/${encodeURIComponent(scope.municipalityId)}/committees/${encodeURIComponent(scope.committeeId)}/years/${scope.year}/economy`,
    ...parts.map(encodeURIComponent),
  ].join('/');

// Only the lazily loaded economy page uses these; importing the schemas statically would put them in the first load.
const contracts = () => import('@styr/shared/contracts/economy');

/** An economy table as an Excel file; a plain link, so the browser downloads it with the session cookie. */
export function economyExportHref(scope: YearScope, table: ExportTable): string {
  return economyPath(scope, 'export', table);
}

export function createEconomyApi(http: HttpClient) {
  return {
    async getEconomy(scope: YearScope): Promise<EconomyView> {
      const { economyViewSchema } = await contracts();
      return http.request({ path: economyPath(scope), schema: economyViewSchema });
    },
    async setStatementAmount(scope: YearScope, body: SetStatementAmount) {
      const { statementAmountSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: economyPath(scope, 'amounts'),
        body,
        // null: a printed figure was removed.
        schema: statementAmountSchema.nullable(),
      });
    },
    async updateDepartment(scope: YearScope, departmentKey: string, body: UpdateDepartment) {
      const { departmentResultSchema } = await contracts();
      return http.request({
        method: 'PATCH',
        path: economyPath(scope, 'departments', departmentKey),
        body,
        schema: departmentResultSchema,
      });
    },
    async updateInvestment(scope: YearScope, investmentKey: string, body: UpdateInvestment) {
      const { investmentViewSchema } = await contracts();
      return http.request({
        method: 'PATCH',
        path: economyPath(scope, 'investments', investmentKey),
        body,
        schema: investmentViewSchema,
      });
    },
    async setEquity(scope: YearScope, body: UpdateEquity) {
      const { equityViewSchema } = await contracts();
      return http.request({
        method: 'PUT',
        path: economyPath(scope, 'equity'),
        body,
        schema: equityViewSchema,
      });
    },
    async updateDeviation(
      scope: YearScope,
      target: { followUp: string; key: string },
      body: UpdateSignificantDeviation,
    ) {
      const { significantDeviationSchema } = await contracts();
      return http.request({
        method: 'PATCH',
        path: economyPath(scope, 'deviations', target.followUp, target.key),
        body,
        schema: significantDeviationSchema,
      });
    },
    async previewSpreadsheet(scope: YearScope, body: SpreadsheetFile) {
      const { sheetPreviewSchema } = await import('@styr/shared/contracts/economy-files');
      return http.request({
        method: 'POST',
        path: economyPath(scope, 'spreadsheets', 'preview'),
        body,
        schema: sheetPreviewSchema,
      });
    },
    async importSpreadsheet(scope: YearScope, body: SpreadsheetImport) {
      const { spreadsheetImportResultSchema } = await import('@styr/shared/contracts/economy-files');
      return http.request({
        method: 'POST',
        path: economyPath(scope, 'spreadsheets', 'import'),
        body,
        schema: spreadsheetImportResultSchema,
      });
    },
  };
}

export type EconomyApi = ReturnType<typeof createEconomyApi>;
