import { defaultTemplate } from '@styr/shared/domain/document-templates';
import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/executor.ts';
import {
  documentTemplates,
  followUpPoints,
  municipalities,
  riskAreas,
  riskScaleSteps,
  statementLines,
  statementTables,
} from '../../db/schema/index.ts';
import { ensureStatementLines, upsertStatementLines, upsertStatementTables } from '../economy/index.ts';
import { writeOrgKinds } from '../org/index.ts';
import { replaceAssessmentScales, writeIndicatorUnits, writeKeyFigureDefinitions } from '../plan/index.ts';
import { ensureRiskSettings } from '../risks/index.ts';
import {
  canonicalChapters,
  canonicalTemplateExtras,
  type MunicipalitySettings,
} from './export-settings.service.ts';

export type SettingsSection = keyof MunicipalitySettings;

/** Removes the tables the file leaves out once no line stands in them (lines move before their old table goes). */
async function removeLeftTables(tx: Tx, municipalityId: string, wanted: MunicipalitySettings) {
  await tx.delete(statementTables).where(
    and(
      eq(statementTables.municipalityId, municipalityId),
      notInArray(
        statementTables.key,
        wanted.statementTables.map((table) => table.key),
      ),
      sql`not exists (select 1 from ${statementLines} where ${statementLines.municipalityId} = ${statementTables.municipalityId} and ${statementLines.tableKey} = ${statementTables.key})`,
    ),
  );
}

/**
 * Writes one section of the settings as the file gives it. Rows that other tables point to (risk areas,
 * statement lines) are updated in place; the others are replaced, which also lets labels swap places.
 */
export async function writeSection(
  tx: Tx,
  municipalityId: string,
  section: SettingsSection,
  wanted: MunicipalitySettings,
  now: Date,
): Promise<void> {
  switch (section) {
    case 'orgKinds':
      await writeOrgKinds(tx, municipalityId, wanted.orgKinds);
      return;
    case 'indicatorUnits':
      await writeIndicatorUnits(tx, municipalityId, wanted.indicatorUnits);
      return;
    case 'keyFigureDefinitions':
      await writeKeyFigureDefinitions(tx, municipalityId, wanted.keyFigureDefinitions);
      return;
    case 'followUpPoints':
      await tx.delete(followUpPoints).where(eq(followUpPoints.municipalityId, municipalityId));
      await tx
        .insert(followUpPoints)
        .values(wanted.followUpPoints.map((point) => ({ municipalityId, ...point })));
      return;
    case 'assessmentScales':
      // Replaced whole: nothing merges with a default; adopted reports keep the scale they were adopted with.
      await replaceAssessmentScales(tx, municipalityId, wanted.assessmentScales);
      return;
    case 'riskAreas':
      await ensureRiskSettings(tx, municipalityId);
      await tx.delete(riskAreas).where(
        and(
          eq(riskAreas.municipalityId, municipalityId),
          notInArray(
            riskAreas.key,
            wanted.riskAreas.map((area) => area.key),
          ),
        ),
      );
      for (const [sortOrder, area] of wanted.riskAreas.entries())
        await tx
          .insert(riskAreas)
          .values({ municipalityId, ...area, sortOrder })
          .onConflictDoUpdate({
            target: [riskAreas.municipalityId, riskAreas.key],
            set: { name: area.name, sortOrder },
          });
      return;
    case 'riskScale': {
      // Steps are plain values on the risks, not references, so the scale is replaced whole.
      await ensureRiskSettings(tx, municipalityId);
      await tx.delete(riskScaleSteps).where(eq(riskScaleSteps.municipalityId, municipalityId));
      const steps = (['probability', 'consequence'] as const).flatMap((dimension) =>
        wanted.riskScale[dimension].map((step) => ({ municipalityId, dimension, ...step })),
      );
      await tx.insert(riskScaleSteps).values(steps);
      return;
    }
    case 'statementTables':
      await ensureStatementLines(tx, municipalityId);
      await upsertStatementTables(tx, municipalityId, wanted.statementTables);
      await removeLeftTables(tx, municipalityId, wanted);
      return;
    case 'statementLines': {
      await ensureStatementLines(tx, municipalityId);
      const keys = wanted.statementLines.map((line) => line.key);
      await tx
        .delete(statementLines)
        .where(and(eq(statementLines.municipalityId, municipalityId), notInArray(statementLines.key, keys)));
      await upsertStatementLines(
        tx,
        municipalityId,
        wanted.statementLines,
        wanted.statementTables[0]?.key ?? '',
      );
      await removeLeftTables(tx, municipalityId, wanted);
      return;
    }
    case 'documentLabels':
      await tx
        .update(municipalities)
        .set({ documentLabels: wanted.documentLabels, updatedAt: now })
        .where(eq(municipalities.id, municipalityId));
      return;
    case 'numberStyle':
      await tx
        .update(municipalities)
        .set({ numberStyle: wanted.numberStyle ?? null, updatedAt: now })
        .where(eq(municipalities.id, municipalityId));
      return;
    case 'documentTemplates':
      for (const template of wanted.documentTemplates) {
        const stored = await tx
          .select({
            chapters: documentTemplates.chapters,
            frame: documentTemplates.frame,
            labels: documentTemplates.labels,
            version: documentTemplates.version,
          })
          .from(documentTemplates)
          .where(
            and(
              eq(documentTemplates.municipalityId, municipalityId),
              eq(documentTemplates.documentKind, template.kind),
            ),
          );
        const current = stored[0];
        const reads = current && current.version > 1 ? current.chapters : defaultTemplate(template.kind);
        const extras = { frame: template.frame ?? null, labels: template.labels ?? null };
        if (
          JSON.stringify(canonicalChapters.parse(reads)) === JSON.stringify(template.chapters) &&
          JSON.stringify(canonicalTemplateExtras(current ?? {})) ===
            JSON.stringify(canonicalTemplateExtras(extras))
        )
          continue;
        // Version 1 reads as the default, so an own template starts at 2 and is kept as written.
        await tx
          .insert(documentTemplates)
          .values({
            municipalityId,
            documentKind: template.kind,
            chapters: template.chapters,
            ...extras,
            version: 2,
          })
          .onConflictDoUpdate({
            target: [documentTemplates.municipalityId, documentTemplates.documentKind],
            set: {
              chapters: template.chapters,
              ...extras,
              version: sql`${documentTemplates.version} + 1`,
              updatedAt: now,
            },
          });
      }
      return;
  }
}
