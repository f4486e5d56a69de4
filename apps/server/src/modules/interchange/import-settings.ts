import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import { hasPermission } from '@styr/shared/domain/access';
import { scalesDifference } from '@styr/shared/domain/assessment';
import { scalesInDocument } from '@styr/shared/domain/interchange';
import type { Problem } from '@styr/shared/domain/problem';
import { columnSpecOf } from '@styr/shared/domain/statement-tables';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import { followUpPoints } from '../../db/schema/index.ts';
import type { Actor } from '../../deps.ts';
import { findStatementLines, findStatementTables } from '../economy/index.ts';
import { readAssessmentScales, readIndicatorUnits, readKeyFigureDefinitions } from '../plan/index.ts';
import { readRiskSettings } from '../risks/index.ts';

/**
 * The follow-up points, assessment scales, risk areas and scales and income statement lines hold for the whole
 * municipality, so a committee's file writes them only for whoever may manage the whole municipality: the
 * system (command line, demo data), a person granted 'org.manage' for the whole municipality, or anyone when
 * the file creates the municipality.
 */
export function maySetMunicipalSettings(actor: Actor, createdByFile: boolean): boolean {
  return createdByFile || actor.userId === null || hasPermission(actor.grants, [], 'org.manage');
}

const changed = (setting: string) =>
  `Filen ändrar kommunens ${setting}, som gäller alla nämnder; bara den som administrerar hela kommunen kan ändra den`;
const missing = (setting: string, key: string | number) =>
  `”${key}” finns inte bland kommunens ${setting}; bara den som administrerar hela kommunen kan lägga till den`;

/**
 * Where the file's settings disagree with the municipality's, for an import that may not write them: each entry
 * the file gives must be stored and equal, field by field; a file may leave any of them out.
 */
function compare<T extends object>(
  path: string,
  setting: string,
  given: readonly T[] | undefined,
  stored: readonly T[],
  keyField: keyof T & string,
  fields: readonly (keyof T & string)[],
): Problem[] {
  const byKey = new Map(stored.map((entry) => [entry[keyField], entry]));
  return (given ?? []).flatMap((entry, index): Problem[] => {
    const match = byKey.get(entry[keyField]);
    if (!match)
      return [{ path: `${path}[${index}].${keyField}`, message: missing(setting, String(entry[keyField])) }];
    const field = fields.find((name) => JSON.stringify(entry[name]) !== JSON.stringify(match[name]));
    return field ? [{ path: `${path}[${index}].${field}`, message: changed(setting) }] : [];
  });
}

/** Every disagreement between the file's municipality-wide settings and the stored ones. */
export async function settingsProblems(
  tx: Tx,
  municipalityId: string,
  document: CommitteeYear,
): Promise<Problem[]> {
  const { followUpPoints: points, riskAreas, riskScale } = document.municipality;
  const problems: Problem[] = [];
  if (points)
    problems.push(
      ...compare(
        'municipality.followUpPoints',
        'uppföljningstillfällen',
        points,
        await tx
          .select({ key: followUpPoints.key, name: followUpPoints.name, month: followUpPoints.month })
          .from(followUpPoints)
          .where(eq(followUpPoints.municipalityId, municipalityId)),
        'key',
        ['name', 'month'],
      ),
    );
  if (document.municipality.indicatorUnits)
    problems.push(
      ...compare(
        'municipality.indicatorUnits',
        'enheter för mått',
        document.municipality.indicatorUnits,
        await readIndicatorUnits(tx, municipalityId),
        'unit',
        ['decimals', 'valueKind'],
      ),
    );
  if (document.municipality.keyFigureDefinitions)
    problems.push(
      ...compare(
        'municipality.keyFigureDefinitions',
        'nyckeltalsdefinitioner',
        document.municipality.keyFigureDefinitions,
        await readKeyFigureDefinitions(tx, municipalityId),
        'key',
        ['name', 'unit', 'decimals', 'direction', 'source', 'sourceReference', 'definition'],
      ),
    );
  const scales = scalesInDocument(document);
  const difference = scales && scalesDifference(scales, await readAssessmentScales(tx, municipalityId));
  if (difference != null) {
    // The older shape is one scale's levels: its path names the level, not the scale.
    const path = document.municipality.assessmentScales
      ? `municipality.assessmentScales${difference}`
      : `municipality.assessmentScale${difference.replace(/^\[0\]\.levels/, '')}`;
    problems.push({ path, message: changed('bedömningsskalor') });
  }
  if (riskAreas || riskScale) {
    const stored = await readRiskSettings(tx, municipalityId);
    problems.push(
      ...compare('municipality.riskAreas', 'riskområden', riskAreas, stored.areas, 'key', ['name']),
    );
    for (const dimension of ['probability', 'consequence'] as const)
      problems.push(
        ...compare(
          `municipality.riskScale.${dimension}`,
          'riskskalor',
          riskScale?.[dimension],
          stored.scale[dimension],
          'value',
          ['label'],
        ),
      );
  }
  const tables = document.economy?.tables;
  if (tables)
    problems.push(
      ...compare(
        'economy.tables',
        'resultaträkningar',
        tables.map(({ key, title, columns }) => ({
          key,
          title,
          columns: columns ? columns.map(columnSpecOf) : null,
        })),
        await findStatementTables(tx, municipalityId),
        'key',
        ['title', 'columns'],
      ),
    );
  const lines = document.economy?.lines;
  if (lines) {
    const [first] = await findStatementTables(tx, municipalityId);
    // Compared as stored: no parts subtracted and no table named read as none and the first table.
    const given = lines.map((line) => ({
      ...line,
      subtract: line.subtract ?? [],
      table: line.table ?? first?.key ?? '',
    }));
    problems.push(
      ...compare(
        'economy.lines',
        'resultaträkningsrader',
        given,
        await findStatementLines(tx, municipalityId),
        'key',
        ['label', 'sumOf', 'subtract', 'table'],
      ),
    );
  }
  return problems;
}
