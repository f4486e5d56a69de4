import type { Section } from '@styr/shared/contracts/documents';
import type { ControlActivity, Risk } from '@styr/shared/contracts/risks';
import type { Block, Cell } from '@styr/shared/domain/document-model';
import { paragraph } from '@styr/shared/domain/document-model';
import { riskLevelLabels, riskLevelSymbols } from '@styr/shared/domain/risk';
import { formatNumber, MISSING_TEXT } from '@styr/shared/format/number';
import { type BuildContext, isPlan, type SectionBuilder } from '../build-context.ts';

type Of<K extends Section['kind']> = Extract<Section, { kind: K }>;

/** The committee's samlad riskbild: the risks management selected, in the register's order. */
const pictureOf = (context: BuildContext) => context.risks.risks.filter((risk) => risk.selected);

/** The risk area's name once, on the first row of its risks, as the reference tables merge it. */
function areaCells<T extends { area: string }>(context: BuildContext, rows: readonly T[]) {
  const names = new Map(context.risks.areas.map((area) => [area.key, area.name]));
  return rows.map((row, index) =>
    index > 0 && rows[index - 1]?.area === row.area ? '' : (names.get(row.area) ?? row.area),
  );
}

function describe(risk: Risk): string {
  const parts = [];
  if (risk.description) parts.push(`Riskbeskrivning: ${risk.description}`);
  if (risk.consequenceDescription) parts.push(`Konsekvensbeskrivning: ${risk.consequenceDescription}`);
  return parts.join('\n') || MISSING_TEXT;
}

const valueCell = (risk: Risk): Cell => ({
  text: `${formatNumber(risk.value)} ${riskLevelSymbols[risk.level]} ${riskLevelLabels[risk.level]}`,
});

/** "Riskområde | Risk | Beskrivning | Åtgärd | Riskvärde | Till internkontrollplan" as in the plan's appendix. */
export const riskRegisterSection: SectionBuilder<Of<'riskRegister'>> = {
  build: (context) => {
    const risks = pictureOf(context);
    if (risks.length === 0) return [paragraph('Nämnden har ingen samlad riskbild för året.')];
    const areas = areaCells(context, risks);
    const table: Block = {
      kind: 'table',
      header: [
        { text: 'Riskområde' },
        { text: 'Risk' },
        { text: 'Beskrivning' },
        { text: 'Åtgärd' },
        { text: 'Värde', align: 'right' },
        { text: 'Till IKP' },
      ],
      rows: risks.map((risk, index) => [
        { text: areas[index] ?? '' },
        { text: risk.title },
        { text: describe(risk) },
        { text: risk.actions.map((action) => action.what).join('\n') || MISSING_TEXT },
        { ...valueCell(risk), align: 'right' },
        { text: risk.toControlPlan ? 'Ja' : 'Nej' },
      ]),
      widths: [15, 17, 32, 20, 8, 8],
      notes: [
        'Till IKP: om risken förs till internkontrollplanen (Ja/Nej).',
        `Värde: riskvärdet, sannolikhet × konsekvens (1–${formatNumber(context.risks.scale.probability.length * context.risks.scale.consequence.length)}).`,
      ],
    };
    return [table];
  },
  lacking: (context) =>
    pictureOf(context).length === 0 ? 'Ingen risk är vald till den samlade riskbilden' : null,
};

function activityText(control: ControlActivity): string {
  const lines = [control.what];
  if (control.method) lines.push(`Metod: ${control.method}`);
  if (control.frequency) lines.push(`Frekvens: ${control.frequency}`);
  if (control.responsible) lines.push(`Ansvarig: ${control.responsible}`);
  if (control.reportWhen) lines.push(`Rapporteras: ${control.reportWhen}`);
  return lines.join('\n');
}

function resultText(control: ControlActivity): string {
  const { result } = control;
  if (!result) return 'Ej rapporterad';
  const lines = [];
  if (result.findings) lines.push(result.findings);
  if (result.actionsDecided) lines.push(`Åtgärder: ${result.actionsDecided}`);
  return lines.join('\n') || MISSING_TEXT;
}

/** Each control with the risk it covers; in a follow-up its date, deviations and assessment. */
export const controlPlanSection: SectionBuilder<Of<'controlPlan'>> = {
  build: (context) => {
    const risksById = new Map(context.risks.risks.map((risk) => [risk.id, risk]));
    const rows = context.risks.controlPlan.activities.flatMap((control) => {
      const risk = risksById.get(control.riskId);
      return risk ? [{ control, risk, area: risk.area }] : [];
    });
    if (rows.length === 0) return [paragraph('Nämnden har ingen intern kontrollplan för året.')];
    const areas = areaCells(context, rows);
    if (isPlan(context))
      return [
        {
          kind: 'table',
          header: [{ text: 'Riskområden' }, { text: 'Risker' }, { text: 'Aktivitet' }],
          rows: rows.map(({ control, risk }, index) => [
            { text: areas[index] ?? '' },
            // A risk with several controls is described once, on its first row.
            { text: rows[index - 1]?.risk.id === risk.id ? '' : `${risk.title}\n${describe(risk)}` },
            { text: activityText(control) },
          ]),
          widths: [22, 38, 40],
          notes: [],
        },
      ];
    return [
      {
        kind: 'table',
        header: [
          { text: 'Risk' },
          { text: 'Kontrollmoment' },
          { text: 'Datum' },
          { text: 'Avvikelser', align: 'right' },
          { text: 'Bedömning' },
          { text: 'Resultat' },
        ],
        rows: rows.map(({ control, risk }) => [
          { text: risk.title },
          { text: control.what },
          { text: control.result?.performedOn ?? MISSING_TEXT },
          { text: formatNumber(control.result?.deviations ?? null), align: 'right' },
          { text: control.result?.assessment ?? MISSING_TEXT },
          { text: resultText(control) },
        ]),
        widths: [18, 20, 11, 10, 16, 25],
        notes: [],
      },
    ];
  },
  lacking: (context) => {
    const { activities } = context.risks.controlPlan;
    if (activities.length === 0) return 'Kontrollplanen har inga kontrollmoment';
    if (isPlan(context)) return null;
    const missing = activities.filter((control) => !control.result);
    return missing.length === 0
      ? null
      : `${missing.length} av ${activities.length} kontrollmoment saknar resultat`;
  },
};
