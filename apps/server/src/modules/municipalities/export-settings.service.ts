import { createHash } from 'node:crypto';
import { type DocumentFrameInput, templateExtrasShape } from '@styr/shared/contracts/document-frame';
import { chapterSchema, documentKinds } from '@styr/shared/contracts/documents';
import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { orgNodeKinds } from '@styr/shared/contracts/org';
import { snapshotOf } from '@styr/shared/domain/assessment';
import { orderedOwnLabels } from '@styr/shared/domain/document-labels';
import { defaultTemplate } from '@styr/shared/domain/document-templates';
import { orderedOrgKinds } from '@styr/shared/domain/org';
import { columnSpecOf, writtenColumn } from '@styr/shared/domain/statement-tables';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Executor } from '../../db/executor.ts';
import { documentTemplates, followUpPoints, municipalities } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import { findStatementLines, findStatementTables } from '../economy/index.ts';
import { readOrgKinds } from '../org/index.ts';
import { readAssessmentScales, readIndicatorUnits, readKeyFigureDefinitions } from '../plan/index.ts';
import { readRiskSettings } from '../risks/index.ts';

export type MunicipalitySettings = Omit<MunicipalityFile, 'format' | 'formatVersion' | 'municipality'>;

const byMonthThenKey = (a: { month: number; key: string }, b: { month: number; key: string }) =>
  a.month - b.month || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
// jsonb gives object keys back in its own order; parsing puts them in the schema's, so equal trees print equal.
export const canonicalChapters = z.array(chapterSchema);
const byValue = (a: { value: number }, b: { value: number }) => a.value - b.value;

/**
 * Puts settings in the one order an export writes them (points by month, scale steps by value, templates by
 * document kind, a kind left out as its default), so equal settings are equal as JSON whatever order a file had.
 */
export function normalizeSettings(settings: MunicipalitySettings): MunicipalitySettings {
  return {
    orgKinds: orderedOrgKinds(settings.orgKinds).map(({ kind, label, children }) => ({
      kind,
      label,
      children: orgNodeKinds.flatMap((child) =>
        child !== 'committee' && children.includes(child) ? [child] : [],
      ),
    })),
    indicatorUnits: settings.indicatorUnits.map(({ unit, decimals, valueKind }) => ({
      unit,
      decimals,
      valueKind,
    })),
    keyFigureDefinitions: settings.keyFigureDefinitions.map((entry) => ({
      key: entry.key,
      name: entry.name,
      unit: entry.unit,
      decimals: entry.decimals,
      direction: entry.direction,
      source: entry.source,
      sourceReference: entry.sourceReference,
      definition: entry.definition,
    })),
    followUpPoints: settings.followUpPoints
      .map(({ key, name, month }) => ({ key, name, month }))
      .sort(byMonthThenKey),
    assessmentScales: settings.assessmentScales.map((scale) => ({
      ...snapshotOf(scale),
      followUpPoints: [...scale.followUpPoints],
    })),
    riskAreas: settings.riskAreas.map(({ key, name }) => ({ key, name })),
    riskScale: {
      probability: settings.riskScale.probability.map(({ value, label }) => ({ value, label })).sort(byValue),
      consequence: settings.riskScale.consequence.map(({ value, label }) => ({ value, label })).sort(byValue),
    },
    statementTables: settings.statementTables.map(({ key, title, columns }) => ({
      key,
      title,
      ...(columns ? { columns: columns.map((column) => writtenColumn(columnSpecOf(column))) } : {}),
    })),
    // A line's table and subtracted parts are written only where they are not the default.
    statementLines: settings.statementLines.map(({ key, label, sumOf, subtract, table }) => ({
      key,
      label,
      sumOf: [...sumOf],
      ...(subtract && subtract.length > 0 ? { subtract: [...subtract] } : {}),
      ...(table !== undefined && table !== settings.statementTables[0]?.key ? { table } : {}),
    })),
    documentLabels: orderedOwnLabels(settings.documentLabels),
    ...(settings.numberStyle
      ? { numberStyle: { minus: settings.numberStyle.minus, thousands: settings.numberStyle.thousands } }
      : {}),
    documentTemplates: documentKinds.map((kind) => {
      const template = settings.documentTemplates.find((entry) => entry.kind === kind);
      return {
        kind,
        chapters: canonicalChapters.parse(template?.chapters ?? defaultTemplate(kind)),
        ...canonicalTemplateExtras(template ?? {}),
      };
    }),
  };
}

const extrasSchema = z.object(templateExtrasShape);
/** A template's frame and labels in the contract's order, each left out when it has none. */
export function canonicalTemplateExtras(extras: {
  frame?: DocumentFrameInput | null;
  labels?: Record<string, string> | null;
}) {
  const parsed = extrasSchema.parse({ frame: extras.frame ?? undefined, labels: extras.labels ?? undefined });
  return {
    ...(parsed.frame ? { frame: parsed.frame } : {}),
    ...(parsed.labels ? { labels: orderedOwnLabels(parsed.labels) } : {}),
  };
}

/** Every setting of the municipality as it reads today (defaults where it has stored none), in export order. */
export async function readMunicipalitySettings(
  db: Executor,
  municipalityId: string,
): Promise<MunicipalitySettings> {
  const points = await db
    .select({ key: followUpPoints.key, name: followUpPoints.name, month: followUpPoints.month })
    .from(followUpPoints)
    .where(eq(followUpPoints.municipalityId, municipalityId));
  const scales = await readAssessmentScales(db, municipalityId);
  const risk = await readRiskSettings(db, municipalityId);
  const tables = await findStatementTables(db, municipalityId);
  const lines = await findStatementLines(db, municipalityId);
  const templates = await db
    .select()
    .from(documentTemplates)
    .where(eq(documentTemplates.municipalityId, municipalityId));
  const [labels] = await db
    .select({ documentLabels: municipalities.documentLabels, numberStyle: municipalities.numberStyle })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  return normalizeSettings({
    orgKinds: await readOrgKinds(db, municipalityId),
    indicatorUnits: await readIndicatorUnits(db, municipalityId),
    keyFigureDefinitions: await readKeyFigureDefinitions(db, municipalityId),
    followUpPoints: points,
    assessmentScales: scales,
    riskAreas: risk.areas,
    riskScale: risk.scale,
    statementTables: tables.map(({ key, title, columns }) => ({
      key,
      title,
      columns: columns === null ? null : columns.map(writtenColumn),
    })),
    statementLines: lines.map((line) => ({ ...line, sumOf: [...line.sumOf], subtract: [...line.subtract] })),
    documentLabels: labels?.documentLabels ?? {},
    ...(labels?.numberStyle ? { numberStyle: labels.numberStyle } : {}),
    // A template never edited (version 1) reads as today's default, as the documents module shows it.
    documentTemplates: templates.map((row) => ({
      kind: row.documentKind,
      chapters: row.version === 1 ? defaultTemplate(row.documentKind) : row.chapters,
      ...canonicalTemplateExtras(row),
    })),
  });
}

/** The municipality and its settings as a `styr/municipality` file; the same data gives the same document. */
export async function exportMunicipalitySettings(
  deps: Deps,
  municipalityId: string,
): Promise<MunicipalityFile> {
  return readMunicipalityFile(deps.db, municipalityId);
}

/**
 * The settings' version: a digest of their file. The file carries no version of its own (it is the same for the
 * same settings wherever it goes), so a person's write names the settings it was based on by this.
 */
export function settingsVersion(file: MunicipalityFile): string {
  return createHash('sha256').update(JSON.stringify(file)).digest('hex');
}

export async function readMunicipalityFile(db: Executor, municipalityId: string): Promise<MunicipalityFile> {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.id, municipalityId));
  if (!row) throw notFound('Kommunen');
  return {
    format: 'styr/municipality',
    formatVersion: 1,
    municipality: {
      name: row.name,
      shortName: row.shortName,
      koladaId: row.koladaId,
      validFrom: row.validFrom,
    },
    ...(await readMunicipalitySettings(db, municipalityId)),
  };
}
