import { committeeYearSchema } from '@styr/shared/contracts/interchange';
import { interchangeProblems, scalesInDocument } from '@styr/shared/domain/interchange';
import { riskInterchangeProblems } from '@styr/shared/domain/risk-interchange';
import { findNulCharacter } from '@styr/shared/domain/text-safety';
import type { Tx } from '../../db/executor.ts';
import { noteBulkWrite } from '../../db/statistics.ts';
import type { Actor, Deps } from '../../deps.ts';
import { importRefused, zodDetails } from '../../import-errors.ts';
import { recordAudit } from '../audit/index.ts';
import { assertMayRewriteYear, lockCommitteeYear } from '../authority/index.ts';
import { indicatorUnitProblems, unfitAssessments } from '../plan/index.ts';
import { applySettings, resolveCommittee, resolveMunicipality } from './import-context.ts';
import { frozenProblems } from './import-frozen.ts';
import { indicatorId } from './import-ids.ts';
import { ownershipProblems } from './import-ownership.ts';
import { maySetMunicipalSettings, settingsProblems } from './import-settings.ts';
import { linkServedUnits, resolveServedUnits } from './served-units.ts';
import { actionPlanFileProblems, writeActionPlans } from './write-action-plans.ts';
import { writeDocumentTexts } from './write-document-texts.ts';
import { writeEconomy } from './write-economy.ts';
import { writeAssignments, writeIndicators } from './write-measures.ts';
import { writeAssessments, writeDocuments, writePlan } from './write-plan.ts';
import { applyRiskSettings, writeRisks } from './write-risks.ts';
import { writeUnits } from './write-units.ts';

export interface ImportOptions {
  /** Named in messages: a file name or "begäran". */
  source: string;
  /** The person importing; null for the system (the command line and demo data). */
  actor: Actor | null;
  /** When set, the file must concern this municipality (imports through the API). */
  municipalityId: string | null;
  /**
   * Checks and writes everything, lets this read the year as written, then rolls it all back: a preview knows the
   * file would pass and what the year would then be.
   */
  dryRun?: (tx: Tx, summary: ImportSummary) => Promise<void>;
}

/** Ends a dry run's transaction, so that nothing it wrote stays, carrying what it would have done. */
class DryRunDone extends Error {
  readonly summary: ImportSummary;
  constructor(summary: ImportSummary) {
    super('dry run');
    this.summary = summary;
  }
}

export interface ImportSummary {
  municipalityId: string;
  committeeId: string;
  year: number;
  counts: {
    goalAreas: number;
    goals: number;
    indicators: number;
    values: number;
    assignments: number;
    assessments: number;
    risks: number;
  };
}

/**
 * Reads one committee's year in the open format. All or nothing: any problem
 * rolls the whole import back and is reported with its JSON path.
 */
export async function importCommitteeYear(
  deps: Deps,
  raw: unknown,
  options: ImportOptions,
): Promise<ImportSummary> {
  const parsed = committeeYearSchema.safeParse(raw);
  if (!parsed.success) throw importRefused(options.source, zodDetails(parsed.error));
  // The API refuses NUL characters in any body; a file read by the command line needs the same check.
  const nul = findNulCharacter(parsed.data);
  if (nul !== null)
    throw importRefused(options.source, [
      { path: nul || '(hela filen)', message: 'Tecknet \\u0000 får inte förekomma i text' },
    ]);
  const document = parsed.data;
  const now = deps.clock.now();

  const run = deps.db.transaction(async (tx) => {
    const municipality = await resolveMunicipality(tx, document, options.municipalityId, now);
    const municipalityId = municipality.id;
    const committeeId = await resolveCommittee(tx, municipalityId, document, now);
    const scope = { municipalityId, committeeId, year: document.year };
    const actor: Actor = options.actor ?? { municipalityId, userId: null };
    // An adoption of the year waits for the import to finish, or the import finds the year adopted.
    await lockCommitteeYear(tx, scope);
    await assertMayRewriteYear(tx, actor, { ...scope, permission: 'content.compile' });

    // Nothing is written until the file is known to stay within the committee's year and its rights.
    const writesSettings = maySetMunicipalSettings(actor, municipality.created);
    if (!writesSettings) {
      const disagreements = await settingsProblems(tx, municipalityId, document);
      if (disagreements.length > 0) throw importRefused(options.source, disagreements);
    }
    // A municipality the file creates has the file's settings only, not the defaults beside them.
    const settingsWrite = !writesSettings ? 'none' : municipality.created ? 'replace' : 'add';
    const givenUnits = document.municipality.indicatorUnits;
    if (settingsWrite === 'add' && givenUnits) {
      const path = 'municipality.indicatorUnits';
      const unfit = await indicatorUnitProblems(tx, municipalityId, givenUnits, path, false);
      if (unfit.length > 0) throw importRefused(options.source, unfit);
    }
    const settings = await applySettings(tx, municipalityId, document, settingsWrite);
    const riskSettings = await applyRiskSettings(tx, municipalityId, document, settingsWrite);
    const problems = [
      ...interchangeProblems(document, settings),
      ...riskInterchangeProblems(document, riskSettings),
      ...actionPlanFileProblems(document, settings.followUpKeys),
    ];
    if (problems.length > 0) throw importRefused(options.source, problems);
    const foreign = await ownershipProblems(tx, scope, document);
    if (foreign.length > 0) throw importRefused(options.source, foreign);
    const served = await resolveServedUnits(tx, scope, document.units, actor);
    if (served.problems.length > 0) throw importRefused(options.source, served.problems);
    const indicatorIds = new Map(document.indicators.map((entry) => [entry.key, indicatorId(scope, entry)]));
    const { problems: adopted, frozen } = await frozenProblems(tx, scope, document, {
      indicators: indicatorIds,
      byPerson: actor.userId !== null,
    });
    if (adopted.length > 0) throw importRefused(options.source, adopted);

    await linkServedUnits(tx, scope, served.links);
    const units = await writeUnits(tx, scope, document.units, served.ids, now);
    const indicators = await writeIndicators(tx, scope, document.indicators, now, frozen);
    const { goals, areas } = await writePlan(tx, scope, document, { units, indicators }, now);
    await writeAssignments(tx, scope, document.assignments, { areas, goals }, now);
    const documents = await writeDocuments(tx, scope, document, settings, now);
    await writeAssessments(tx, municipalityId, document, { goals, documents }, now);
    await writeRisks(tx, scope, document, { units, goals }, now);
    if (document.economy) {
      const context = {
        source: options.source,
        indicators,
        followUpKeys: settings.followUpKeys,
        writeLines: writesSettings,
        replaceLines: settingsWrite === 'replace',
        frozen,
      };
      await writeEconomy(tx, scope, document.economy, context);
    }
    await writeDocumentTexts(tx, scope, document.documentTexts, now);
    await writeActionPlans(tx, scope, document, now);
    // Other committees' reports not yet adopted must still fit the scales the file wrote.
    if (writesSettings && scalesInDocument(document)) {
      const unfit = await unfitAssessments(
        tx,
        municipalityId,
        settings.scales,
        'municipality.assessmentScales',
      );
      if (unfit.length > 0) throw importRefused(options.source, unfit);
    }

    const counts = {
      goalAreas: document.goalAreas.length,
      goals: document.goals.length,
      indicators: document.indicators.length,
      values: document.indicators.reduce((sum, indicator) => sum + indicator.values.length, 0),
      assignments: document.assignments.length,
      assessments: document.assessments.length,
      risks: document.risks.length,
    };
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'update',
      entityType: 'committee_year',
      entityId: `${committeeId}:${document.year}`,
      committeeId,
      before: null,
      after: { import: options.source, ...counts },
    });
    if (options.dryRun) {
      await options.dryRun(tx, { ...scope, counts });
      throw new DryRunDone({ ...scope, counts });
    }
    return { ...scope, counts };
  });
  const summary = await run.catch((error: unknown) => {
    if (error instanceof DryRunDone) return error.summary;
    throw error;
  });
  if (options.dryRun) return summary;
  const { counts } = summary;
  await noteBulkWrite(
    deps.db,
    counts.values + counts.goals + counts.indicators + counts.assignments + counts.assessments + counts.risks,
  );
  return summary;
}
