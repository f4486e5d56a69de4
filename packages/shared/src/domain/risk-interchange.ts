import type { CommitteeYear } from '../contracts/interchange.ts';
import type { Problem } from './problem.ts';
import { type RiskScale, scaleValueProblem, selectionProblem } from './risk.ts';

export interface RiskSettingsForImport {
  areaKeys: ReadonlySet<string>;
  scale: RiskScale;
}

/**
 * What the schema alone cannot check in a file's risks: unique keys, areas and
 * values on the municipality's list and scales, references to units and goals
 * in the file, and a control plan only for chosen risks.
 */
export function riskInterchangeProblems(document: CommitteeYear, settings: RiskSettingsForImport): Problem[] {
  const problems: Problem[] = [];
  const units = new Set(document.units.map((unit) => unit.key));
  const goals = new Set(document.goals.map((goal) => goal.key));
  const keys = new Set<string>();
  document.risks.forEach((risk, index) => {
    const path = `risks[${index}]`;
    if (keys.has(risk.key))
      problems.push({ path: `${path}.key`, message: `Nyckeln "${risk.key}" finns redan i risks` });
    keys.add(risk.key);
    if (risk.node != null && !units.has(risk.node))
      problems.push({ path: `${path}.node`, message: `Enheten "${risk.node}" finns inte i filen` });
    if (risk.raisedTo != null && !units.has(risk.raisedTo))
      problems.push({ path: `${path}.raisedTo`, message: `Enheten "${risk.raisedTo}" finns inte i filen` });
    if (!settings.areaKeys.has(risk.area))
      problems.push({
        path: `${path}.area`,
        message: `Riskområdet "${risk.area}" finns inte i kommunens lista`,
      });
    for (const [field, value] of [
      ['probability', risk.probability],
      ['consequence', risk.consequence],
      ['previous.probability', risk.previous?.probability],
      ['previous.consequence', risk.previous?.consequence],
    ] as const) {
      const dimension = field.endsWith('probability') ? 'probability' : 'consequence';
      const problem = value === undefined ? null : scaleValueProblem(settings.scale, dimension, value);
      if (problem) problems.push({ path: `${path}.${field}`, message: problem });
    }
    risk.goals.forEach((goal, position) => {
      if (!goals.has(goal))
        problems.push({ path: `${path}.goals[${position}]`, message: `Målet "${goal}" finns inte i filen` });
    });
    const selection = selectionProblem({
      selected: risk.selected,
      reason: risk.selectionReason,
      toControlPlan: risk.toControlPlan,
    });
    if (selection)
      problems.push({
        path: `${path}.${risk.selected ? 'selectionReason' : 'toControlPlan'}`,
        message: selection,
      });
    if (risk.controls.length > 0 && !risk.toControlPlan)
      problems.push({
        path: `${path}.controls`,
        message: 'Bara en risk till internkontrollplanen har kontrollmoment',
      });
    const controlKeys = new Set<string>();
    risk.controls.forEach((control, position) => {
      if (controlKeys.has(control.key))
        problems.push({
          path: `${path}.controls[${position}].key`,
          message: `Nyckeln "${control.key}" finns redan`,
        });
      controlKeys.add(control.key);
    });
  });
  return problems;
}
