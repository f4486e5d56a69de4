import type { IndicatorUnitSetting } from '../contracts/indicators.ts';
import type { CommitteeYear } from '../contracts/interchange.ts';
import {
  type AssessmentScale,
  assessmentProblem,
  defaultAssessmentScale,
  scaleForFollowUp,
  scaleProblem,
  scalesProblems,
} from './assessment.ts';
import { goalsInCycles } from './goal-hierarchy.ts';
import { targetProblem, unitList, valueProblem } from './indicator-units.ts';
import type { Problem } from './problem.ts';
import { controlPlanDocument } from './risk.ts';

export interface MunicipalitySettings {
  followUpKeys: ReadonlySet<string>;
  /** The municipality's assessment scales, in order; the first serves the points no scale names. */
  scales: readonly AssessmentScale[];
  /** The municipality's units for measures, in order. */
  units: readonly IndicatorUnitSetting[];
  /** The keys of the municipality's key figure definitions. */
  definitionKeys: ReadonlySet<string>;
}

/**
 * The scales a file gives: `assessmentScales`, or the older `assessmentScale` read as the municipality's one scale
 * (Göteborg's name for it, as stored before scales were named); undefined when the file gives none.
 */
export function scalesInDocument(document: CommitteeYear): AssessmentScale[] | undefined {
  const { assessmentScales, assessmentScale } = document.municipality;
  if (assessmentScales) return assessmentScales;
  if (!assessmentScale) return undefined;
  const { key, name } = defaultAssessmentScale;
  return [{ key, name, levelRequired: true, levels: assessmentScale, followUpPoints: [] }];
}

function uniqueKeys(problems: Problem[], list: readonly { key: string }[], path: string): Set<string> {
  const keys = new Set<string>();
  list.forEach((item, index) => {
    if (keys.has(item.key))
      problems.push({
        path: `${path}[${index}].key`,
        message: `Nyckeln "${item.key}" finns redan i ${path}`,
      });
    keys.add(item.key);
  });
  return keys;
}

function reference(
  problems: Problem[],
  keys: ReadonlySet<string>,
  key: string | null | undefined,
  path: string,
  what: string,
) {
  if (key != null && !keys.has(key)) problems.push({ path, message: `${what} "${key}" finns inte i filen` });
}

/**
 * Everything the schema alone cannot check: that keys are unique and that every
 * reference points to something in the file or in the municipality's settings.
 * Returns all problems, so one import run reports every mistake at once.
 */
export function interchangeProblems(document: CommitteeYear, settings: MunicipalitySettings): Problem[] {
  const problems: Problem[] = [];
  const units = uniqueKeys(problems, document.units, 'units');
  const goalAreas = uniqueKeys(problems, document.goalAreas, 'goalAreas');
  const goals = uniqueKeys(problems, document.goals, 'goals');
  const indicators = uniqueKeys(problems, document.indicators, 'indicators');
  const givenUnits = new Set<string>();
  document.municipality.indicatorUnits?.forEach((entry, index) => {
    if (givenUnits.has(entry.unit))
      problems.push({
        path: `municipality.indicatorUnits[${index}].unit`,
        message: `Enheten ”${entry.unit}” finns redan i listan`,
      });
    givenUnits.add(entry.unit);
  });
  document.municipality.keyFigureDefinitions?.forEach((definition, index) => {
    if (!settings.units.some((entry) => entry.unit === definition.unit))
      problems.push({
        path: `municipality.keyFigureDefinitions[${index}].unit`,
        message: `Enheten ”${definition.unit}” finns inte bland kommunens enheter för mått (${unitList(settings.units)})`,
      });
  });
  uniqueKeys(problems, document.assignments, 'assignments');

  document.units.forEach((unit, index) => {
    reference(problems, units, unit.parent, `units[${index}].parent`, 'Enheten');
    if (unit.parent === unit.key)
      problems.push({ path: `units[${index}].parent`, message: 'En enhet kan inte ligga under sig själv' });
    if (unit.validTo && unit.validTo < unit.validFrom)
      problems.push({ path: `units[${index}].validTo`, message: 'Slutdatum får inte vara före startdatum' });
  });
  const cyclic = goalsInCycles(document.goals.map((goal) => ({ id: goal.key, parent: goal.parent ?? null })));
  document.goals.forEach((goal, index) => {
    reference(problems, goalAreas, goal.goalArea, `goals[${index}].goalArea`, 'Målområdet');
    reference(problems, goals, goal.parent, `goals[${index}].parent`, 'Målet');
    if (goal.parent === goal.key)
      problems.push({ path: `goals[${index}].parent`, message: 'Ett mål kan inte ligga under sig självt' });
    else if (cyclic.has(goal.key))
      problems.push({
        path: `goals[${index}].parent`,
        message: `Målet "${goal.key}" ligger genom sina överordnade mål under sig självt; målen bildar en cirkel`,
      });
    goal.indicators?.forEach((key, position) => {
      reference(problems, indicators, key, `goals[${index}].indicators[${position}]`, 'Indikatorn');
    });
    uniqueKeys(problems, goal.activities ?? [], `goals[${index}].activities`);
    goal.activities?.forEach((activity, position) => {
      reference(problems, units, activity.owner, `goals[${index}].activities[${position}].owner`, 'Enheten');
    });
  });
  document.indicators.forEach((indicator, index) => {
    const unit = settings.units.find((entry) => entry.unit === indicator.unit);
    if (!unit)
      problems.push({
        path: `indicators[${index}].unit`,
        message: `Enheten ”${indicator.unit}” finns inte bland kommunens enheter för mått (${unitList(settings.units)})`,
      });
    // A measure in an unknown unit is refused for the unit alone; its values have no kind to be judged by.
    const kind = unit?.valueKind;
    reference(
      problems,
      settings.definitionKeys,
      indicator.definitionKey,
      `indicators[${index}].definitionKey`,
      'Nyckeltalet',
    );
    const seen = new Set<string>();
    indicator.values.forEach((value, position) => {
      const path = `indicators[${index}].values[${position}]`;
      if (value.period !== 'year')
        reference(problems, settings.followUpKeys, value.period, `${path}.period`, 'Uppföljningen');
      const slot = `${value.year}/${value.period}/${value.gender}`;
      if (seen.has(slot))
        problems.push({
          path,
          message: `Värdet för ${value.year} (${value.period}, ${value.gender}) finns redan`,
        });
      seen.add(slot);
      const refusal = kind && valueProblem(kind, value.value);
      if (refusal) problems.push({ path: `${path}.value`, message: refusal });
    });
    const targetYears = new Set<number>();
    indicator.targets.forEach((target, position) => {
      const path = `indicators[${index}].targets[${position}]`;
      if (targetYears.has(target.year))
        problems.push({ path: `${path}.year`, message: `Målvärdet för ${target.year} finns redan` });
      targetYears.add(target.year);
      if (target.target.kind === 'relative' && target.target.baseYear >= target.year) {
        problems.push({ path: `${path}.target.baseYear`, message: 'Jämförelseåret måste vara före målåret' });
      }
      const refusal = kind && targetProblem(kind, target.target);
      if (refusal) problems.push({ path: `${path}.target.${refusal.field}`, message: refusal.message });
    });
  });
  document.assignments.forEach((assignment, index) => {
    reference(problems, goalAreas, assignment.goalArea, `assignments[${index}].goalArea`, 'Målområdet');
    const served = new Set<string>();
    assignment.goals?.forEach((key, position) => {
      const path = `assignments[${index}].goals[${position}]`;
      reference(problems, goals, key, path, 'Målet');
      if (served.has(key)) problems.push({ path, message: `Målet "${key}" står redan i listan` });
      served.add(key);
    });
    const seen = new Set<string>();
    assignment.reports.forEach((report, position) => {
      const path = `assignments[${index}].reports[${position}].followUp`;
      reference(problems, settings.followUpKeys, report.followUp, path, 'Uppföljningen');
      if (seen.has(report.followUp))
        problems.push({ path, message: `Uppdraget har redan en rapport för ${report.followUp}` });
      seen.add(report.followUp);
    });
  });
  const documents = new Set<string>();
  document.documents.forEach((entry, index) => {
    const path = `documents[${index}].document`;
    if (entry.document !== 'plan' && entry.document !== controlPlanDocument)
      reference(problems, settings.followUpKeys, entry.document, path, 'Uppföljningen');
    if (documents.has(entry.document))
      problems.push({ path, message: `Dokumentet ${entry.document} finns redan` });
    documents.add(entry.document);
    if (entry.status === 'adopted' && !entry.decision) {
      problems.push({
        path: `documents[${index}].decision`,
        message: 'Ett fastställt dokument behöver beslutsdatum och paragraf',
      });
    }
  });
  const { assessmentScale, assessmentScales } = document.municipality;
  if (assessmentScale && assessmentScales)
    problems.push({
      path: 'municipality.assessmentScale',
      message: 'Ge antingen assessmentScales eller den äldre assessmentScale, inte båda',
    });
  const given = scalesInDocument(document);
  if (given) problems.push(...scalesProblems(given, settings.followUpKeys, 'municipality.assessmentScales'));
  document.documents.forEach((entry, index) => {
    const problem = entry.assessmentScale && scaleProblem(entry.assessmentScale);
    if (problem) problems.push({ path: `documents[${index}].assessmentScale.levels`, message: problem });
  });
  const assessed = new Set<string>();
  document.assessments.forEach((assessment, index) => {
    const path = `assessments[${index}]`;
    reference(problems, goals, assessment.goal, `${path}.goal`, 'Målet');
    reference(problems, settings.followUpKeys, assessment.followUp, `${path}.followUp`, 'Uppföljningen');
    const listed = document.documents.find((entry) => entry.document === assessment.followUp);
    const scale =
      listed?.status === 'adopted' && listed.assessmentScale
        ? listed.assessmentScale
        : scaleForFollowUp(settings.scales, assessment.followUp);
    const problem = assessmentProblem(scale, assessment.level, assessment.analysis ?? null);
    if (problem) problems.push({ path: `${path}.level`, message: problem });
    const slot = `${assessment.goal}/${assessment.followUp}`;
    if (assessed.has(slot))
      problems.push({ path, message: `Målet ${assessment.goal} är redan bedömt i ${assessment.followUp}` });
    assessed.add(slot);
  });
  return problems;
}
