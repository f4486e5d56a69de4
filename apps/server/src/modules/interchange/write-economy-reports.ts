import type { ExchangeEconomy } from '@styr/shared/contracts/economy-exchange';
import { oreFromKronor } from '@styr/shared/domain/money';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import {
  centralItems,
  equityAssessments,
  investments,
  keyFigureRows,
  keyFigureTables,
  significantDeviations,
  stateGrants,
} from '../../db/schema/index.ts';
import type { YearScope } from '../authority/index.ts';

const ore = (kronor: string | null | undefined) => (kronor == null ? null : oreFromKronor(kronor));

/**
 * Replaces the year's state grants, kommuncentrala poster, equity assessment, key figure tables, significant
 * deviations and investments with the file's.
 */
export async function writeEconomyReports(
  tx: Tx,
  scope: YearScope,
  economy: ExchangeEconomy,
  indicators: ReadonlyMap<string, string>,
) {
  // Rows go with their tables (on delete cascade).
  for (const table of [
    stateGrants,
    centralItems,
    equityAssessments,
    keyFigureTables,
    significantDeviations,
    investments,
  ]) {
    await tx
      .delete(table)
      .where(
        and(
          eq(table.municipalityId, scope.municipalityId),
          eq(table.committeeId, scope.committeeId),
          eq(table.year, scope.year),
        ),
      );
  }
  if (economy.investments && economy.investments.length > 0)
    await tx.insert(investments).values(
      economy.investments.map((investment, sortOrder) => ({
        ...scope,
        key: investment.key,
        sortOrder,
        name: investment.name,
        budget: ore(investment.budget),
        actual: ore(investment.actual),
        forecast: ore(investment.forecast),
        comment: investment.comment ?? null,
      })),
    );
  if (economy.stateGrants.length > 0)
    await tx.insert(stateGrants).values(
      economy.stateGrants.map((grant, sortOrder) => ({
        ...scope,
        sortOrder,
        name: grant.name,
        amount: oreFromKronor(grant.amount),
        code: grant.code ?? null,
        grantor: grant.grantor,
      })),
    );
  if (economy.centralItems.length > 0)
    await tx.insert(centralItems).values(
      economy.centralItems.map((item, sortOrder) => ({
        ...scope,
        sortOrder,
        name: item.name,
        actual: ore(item.actual),
        budget: ore(item.budget),
        comment: item.comment ?? null,
      })),
    );
  if (economy.equity)
    await tx.insert(equityAssessments).values({
      ...scope,
      decidedLevel: ore(economy.equity.decidedLevel),
      proposedLevel: ore(economy.equity.proposedLevel),
      assessment: economy.equity.assessment ?? null,
    });
  if (economy.keyFigureTables.length > 0)
    await tx.insert(keyFigureTables).values(
      economy.keyFigureTables.map((table, sortOrder) => ({
        ...scope,
        key: table.key,
        title: table.title,
        sortOrder,
      })),
    );
  const rows = economy.keyFigureTables.flatMap((table) =>
    table.rows.map((row, position) => ({
      ...scope,
      tableKey: table.key,
      position,
      heading: 'heading' in row ? row.heading : null,
      indicatorId: 'indicator' in row ? (indicators.get(row.indicator) ?? null) : null,
      showChange: 'indicator' in row ? row.showChange : false,
      secondaryIndicatorId:
        'indicator' in row && row.secondary !== undefined ? (indicators.get(row.secondary) ?? null) : null,
    })),
  );
  if (rows.length > 0) await tx.insert(keyFigureRows).values(rows);
  if (economy.significantDeviations.length > 0)
    await tx.insert(significantDeviations).values(
      economy.significantDeviations.map((deviation, sortOrder) => ({
        ...scope,
        followUp: deviation.followUp,
        key: deviation.key,
        sortOrder,
        title: deviation.title,
        cause: deviation.cause ?? null,
        consequencesForClients: deviation.consequencesForClients ?? null,
        consequencesForOrganisation: deviation.consequencesForOrganisation ?? null,
        economicConsequences: deviation.economicConsequences ?? null,
        measures: deviation.measures ?? null,
      })),
    );
}
