import type { DocumentKind, TemplateChapter } from '@styr/shared/contracts/documents';
import {
  type TemplateCheck,
  type TemplateFile,
  templateFileSchema,
} from '@styr/shared/contracts/template-file';
import { templateProblem } from '@styr/shared/domain/document-templates';
import { tableOptionWarnings } from '@styr/shared/domain/template-table-warnings';
import {
  reportedData,
  type StoredDataOf,
  type StoredText,
  templateWarnings,
} from '@styr/shared/domain/template-warnings';
import { and, eq, isNotNull, ne } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/executor.ts';
import {
  actionPlans,
  assignments,
  assignmentYears,
  centralItems,
  controlActivities,
  documentSnapshots,
  documentTexts,
  economyDepartments,
  followUpPoints,
  goals,
  investments,
  keyFigureTables,
  orgNodes,
  risks,
  significantDeviations,
  stateGrants,
} from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { zodDetails } from '../../import-errors.ts';

type Found = { committeeId: string; year: number };

/** Every kind of stored data a chapter may print, each with the committee-years that hold some. */
async function storedData(db: Executor, municipalityId: string) {
  const of = (rows: Found[], data: StoredDataOf['data']) => rows.map((row) => ({ ...row, data }));
  const distinct = (
    table: PgTable,
    columns: {
      committeeId: AnyPgColumn<{ data: string; notNull: true }>;
      year: AnyPgColumn<{ data: number; notNull: true }>;
      municipalityId: AnyPgColumn<{ data: string }>;
    },
  ) =>
    db
      .selectDistinct({ committeeId: columns.committeeId, year: columns.year })
      .from(table)
      .where(eq(columns.municipalityId, municipalityId));
  const found: (Found & { data: StoredDataOf['data'] })[] = [];
  for (const row of await db
    .selectDistinct({ committeeId: goals.committeeId, year: goals.year, goalKind: goals.kind })
    .from(goals)
    .where(eq(goals.municipalityId, municipalityId)))
    found.push({ ...row, data: { kind: 'goals', goalKind: row.goalKind } });
  for (const row of await db
    .selectDistinct({
      committeeId: assignments.committeeId,
      year: assignmentYears.year,
      source: assignments.source,
    })
    .from(assignmentYears)
    .innerJoin(
      assignments,
      and(
        eq(assignments.municipalityId, assignmentYears.municipalityId),
        eq(assignments.id, assignmentYears.assignmentId),
      ),
    )
    .where(eq(assignmentYears.municipalityId, municipalityId)))
    found.push({ ...row, data: { kind: 'assignments', source: row.source } });
  for (const row of await db
    .selectDistinct({
      committeeId: keyFigureTables.committeeId,
      year: keyFigureTables.year,
      key: keyFigureTables.key,
    })
    .from(keyFigureTables)
    .where(eq(keyFigureTables.municipalityId, municipalityId)))
    found.push({ ...row, data: { kind: 'keyFigureTable', table: row.key } });
  const selected = db
    .selectDistinct({ committeeId: risks.committeeId, year: risks.year })
    .from(risks)
    .where(and(eq(risks.municipalityId, municipalityId), eq(risks.selected, true)));
  const controlled = db
    .selectDistinct({ committeeId: risks.committeeId, year: risks.year })
    .from(controlActivities)
    .innerJoin(
      risks,
      and(eq(risks.municipalityId, controlActivities.municipalityId), eq(risks.id, controlActivities.riskId)),
    )
    .where(eq(controlActivities.municipalityId, municipalityId));
  found.push(
    ...of(await distinct(investments, investments), { kind: 'investments' }),
    ...of(await distinct(actionPlans, actionPlans), { kind: 'actionPlans' }),
    ...of(await distinct(stateGrants, stateGrants), { kind: 'stateGrants' }),
    ...of(await distinct(centralItems, centralItems), { kind: 'centralItems' }),
    ...of(await distinct(economyDepartments, economyDepartments), { kind: 'departmentResults' }),
    ...of(await distinct(significantDeviations, significantDeviations), { kind: 'significantDeviations' }),
    ...of(await selected, { kind: 'riskRegister' }),
    ...of(await controlled, { kind: 'controlPlan' }),
  );
  return found;
}

/**
 * The texts and data of the municipality's committees that a template of this kind would leave out of the
 * documents still to be produced: a document already adopted shows its archived file, so its year is skipped.
 */
export async function storedTemplateWarnings(
  db: Executor,
  municipalityId: string,
  kind: DocumentKind,
  chapters: readonly TemplateChapter[],
) {
  const names = new Map(
    (
      await db
        .select({ id: orgNodes.id, name: orgNodes.name })
        .from(orgNodes)
        .where(eq(orgNodes.municipalityId, municipalityId))
    ).map((row) => [row.id, row.name]),
  );
  const adopted = new Set(
    (
      await db
        .selectDistinct({ committeeId: documentSnapshots.committeeId, year: documentSnapshots.year })
        .from(documentSnapshots)
        .where(
          and(eq(documentSnapshots.municipalityId, municipalityId), eq(documentSnapshots.documentKind, kind)),
        )
    ).map((row) => `${row.committeeId}/${row.year}`),
  );
  const named = <T extends Found>(rows: readonly T[]) =>
    rows
      .filter((row) => !adopted.has(`${row.committeeId}/${row.year}`))
      .map(({ committeeId, ...rest }) => ({ ...rest, committee: names.get(committeeId) ?? committeeId }));
  const texts: StoredText[] = named(
    await db
      .select({
        committeeId: documentTexts.committeeId,
        year: documentTexts.year,
        chapterKey: documentTexts.chapterKey,
      })
      .from(documentTexts)
      .where(
        and(
          eq(documentTexts.municipalityId, municipalityId),
          eq(documentTexts.documentKind, kind),
          isNotNull(documentTexts.text),
          ne(documentTexts.text, ''),
        ),
      ),
  );
  const data = named(await storedData(db, municipalityId)).filter((row) => reportedData(kind, row.data));
  const points = await db
    .select({ key: followUpPoints.key })
    .from(followUpPoints)
    .where(eq(followUpPoints.municipalityId, municipalityId))
    .orderBy(followUpPoints.month);
  return [
    ...templateWarnings(chapters, { texts, data }),
    ...tableOptionWarnings(
      chapters,
      points.map((point) => point.key),
    ),
  ];
}

/**
 * Checks a `styr/template` file: its errors (shape and the template's rules) with their JSON paths, and, when a
 * municipality is given, the warnings against its stored texts and data. The file comes back when it has no errors.
 */
export async function checkTemplateFile(
  deps: Pick<Deps, 'db'>,
  raw: unknown,
  municipalityId: string | null,
): Promise<{ check: TemplateCheck; file: TemplateFile | null }> {
  const parsed = templateFileSchema.safeParse(raw);
  if (!parsed.success) return { check: { errors: zodDetails(parsed.error), warnings: [] }, file: null };
  const problem = templateProblem(parsed.data.chapters);
  if (problem)
    return {
      check: {
        errors: [{ ...problem, path: problem.path.replace(/^body\.chapters/, 'chapters') }],
        warnings: [],
      },
      file: null,
    };
  const warnings = municipalityId
    ? await storedTemplateWarnings(deps.db, municipalityId, parsed.data.kind, parsed.data.chapters)
    : [];
  return { check: { errors: [], warnings }, file: parsed.data };
}
