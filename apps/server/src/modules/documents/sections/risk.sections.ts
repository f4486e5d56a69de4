import { type RiskPart, riskParts } from '@styr/shared/contracts/document-item-options';
import type { Section } from '@styr/shared/contracts/documents';
import type { ControlActivity, Risk } from '@styr/shared/contracts/risks';
import type { Block, Cell } from '@styr/shared/domain/document-model';
import { heading, paragraph } from '@styr/shared/domain/document-model';
import { fillHeadingPattern } from '@styr/shared/domain/heading-pattern';
import { riskLevelLabels, riskLevelSymbols } from '@styr/shared/domain/risk';
import { formatNumber, MISSING_TEXT } from '@styr/shared/format/number';
import {
  type BuildContext,
  type ChapterPlace,
  contentLevel,
  isPlan,
  type SectionBuilder,
} from '../build-context.ts';

type Of<K extends Section['kind']> = Extract<Section, { kind: K }>;

/** The committee's samlad riskbild: the risks management selected, in the register's order. */
const pictureOf = (context: BuildContext) => context.risks.risks.filter((risk) => risk.selected);

const areaName = (context: BuildContext, key: string) =>
  context.risks.areas.find((area) => area.key === key)?.name ?? key;

/** The risk area's name once, on the first row of its risks, as the reference tables merge it. */
function areaCells<T extends { area: string }>(context: BuildContext, rows: readonly T[]) {
  return rows.map((row, index) =>
    index > 0 && rows[index - 1]?.area === row.area ? '' : areaName(context, row.area),
  );
}

function describe(context: BuildContext, risk: Risk): string {
  const { labels } = context.view;
  const parts = [];
  if (risk.description) parts.push(`${labels['risks.riskDescription']}: ${risk.description}`);
  if (risk.consequenceDescription)
    parts.push(`${labels['risks.consequence']}: ${risk.consequenceDescription}`);
  return parts.join('\n') || MISSING_TEXT;
}

const valueText = (risk: Risk) =>
  `${formatNumber(risk.value)} ${riskLevelSymbols[risk.level]} ${riskLevelLabels[risk.level]}`;
const valueCell = (risk: Risk): Cell => ({ text: valueText(risk), align: 'right' });

const yesNo = (context: BuildContext, value: boolean) =>
  context.view.labels[value ? 'common.yes' : 'common.no'];

/** "Riskområde | Risk | Beskrivning | Åtgärd | Riskvärde | Till internkontrollplan" as in the plan's appendix. */
function riskTable(context: BuildContext, risks: readonly Risk[]): Block {
  const { labels } = context.view;
  const areas = areaCells(context, risks);
  const highest = context.risks.scale.probability.length * context.risks.scale.consequence.length;
  return {
    kind: 'table',
    header: [
      { text: labels['risks.area'] },
      { text: labels['risks.risk'] },
      { text: labels['risks.description'] },
      { text: labels['risks.actions'] },
      { text: labels['risks.value'], align: 'right' },
      { text: labels['risks.toControlPlan'] },
    ],
    rows: risks.map((risk, index) => [
      { text: areas[index] ?? '' },
      { text: risk.title },
      { text: describe(context, risk) },
      { text: risk.actions.map((action) => action.what).join('\n') || MISSING_TEXT },
      valueCell(risk),
      { text: yesNo(context, risk.toControlPlan) },
    ]),
    widths: [15, 17, 32, 20, 8, 8],
    notes: [
      labels['risks.toControlPlanNote'],
      labels['risks.valueNote'].replaceAll('{max}', formatNumber(highest)),
    ],
  };
}

function riskPart(context: BuildContext, risk: Risk, part: RiskPart): Block[] {
  const { labels } = context.view;
  const line = (label: string, text: string | null) => (text ? [paragraph(`${label}: ${text}`)] : []);
  switch (part) {
    case 'area':
      return line(labels['risks.area'], areaName(context, risk.area));
    case 'description':
      return line(labels['risks.riskDescription'], risk.description);
    case 'consequence':
      return line(labels['risks.consequence'], risk.consequenceDescription);
    case 'value':
      return line(labels['risks.value'], valueText(risk));
    case 'actions':
      return risk.actions.length === 0
        ? []
        : [
            paragraph(`${labels['risks.actions']}:`),
            {
              kind: 'list',
              ordered: false,
              items: risk.actions.map((action) => [{ kind: 'text', text: action.what }]),
            },
          ];
    case 'controlPlan':
      return line(labels['risks.toControlPlan'], yesNo(context, risk.toControlPlan));
  }
}

/** The samlad riskbild as one table, or each risk as a block or numbered chapter with its parts. */
export const riskRegisterSection: SectionBuilder<Of<'riskRegister'>> = {
  build: (context, section, place: ChapterPlace) => {
    const risks = pictureOf(context);
    if (risks.length === 0) return [paragraph(context.view.labels['risks.none'])];
    if (!section.layout || section.layout === 'table') return [riskTable(context, risks)];
    const level = contentLevel(place);
    return risks.flatMap((risk) => [
      heading(
        level,
        fillHeadingPattern(section.heading ?? '{title}', {
          title: risk.title,
          area: areaName(context, risk.area),
        }),
        section.layout === 'chapters',
      ),
      ...(section.parts ?? riskParts).flatMap((part) => riskPart(context, risk, part)),
    ]);
  },
  lacking: (context) =>
    pictureOf(context).length === 0 ? 'Ingen risk är vald till den samlade riskbilden' : null,
};

/** The control's method, frequency, responsible and reporting, as labelled lines. */
function activityLines(context: BuildContext, control: ControlActivity): string[] {
  const { labels } = context.view;
  const lines: string[] = [];
  if (control.method) lines.push(`${labels['controls.method']}: ${control.method}`);
  if (control.frequency) lines.push(`${labels['controls.frequency']}: ${control.frequency}`);
  if (control.responsible) lines.push(`${labels['controls.responsible']}: ${control.responsible}`);
  if (control.reportWhen) lines.push(`${labels['controls.reportWhen']}: ${control.reportWhen}`);
  return lines;
}

function resultText(context: BuildContext, control: ControlActivity): string {
  const { labels } = context.view;
  const { result } = control;
  if (!result) return labels['controls.notReported'];
  const lines = [];
  if (result.findings) lines.push(result.findings);
  if (result.actionsDecided) lines.push(`${labels['controls.actions']}: ${result.actionsDecided}`);
  return lines.join('\n') || MISSING_TEXT;
}

interface ControlRow {
  control: ControlActivity;
  risk: Risk;
  area: string;
}

function controlTable(context: BuildContext, rows: readonly ControlRow[]): Block {
  const { labels } = context.view;
  if (isPlan(context)) {
    const areas = areaCells(context, rows);
    return {
      kind: 'table',
      header: [
        { text: labels['controls.areas'] },
        { text: labels['controls.risks'] },
        { text: labels['controls.activity'] },
      ],
      rows: rows.map(({ control, risk }, index) => [
        { text: areas[index] ?? '' },
        // A risk with several controls is described once, on its first row.
        { text: rows[index - 1]?.risk.id === risk.id ? '' : `${risk.title}\n${describe(context, risk)}` },
        { text: [control.what, ...activityLines(context, control)].join('\n') },
      ]),
      widths: [22, 38, 40],
      notes: [],
    };
  }
  return {
    kind: 'table',
    header: [
      { text: labels['controls.risk'] },
      { text: labels['controls.control'] },
      { text: labels['controls.date'] },
      { text: labels['controls.deviations'], align: 'right' },
      { text: labels['controls.assessment'] },
      { text: labels['controls.result'] },
    ],
    rows: rows.map(({ control, risk }) => [
      { text: risk.title },
      { text: control.what },
      { text: control.result?.performedOn ?? MISSING_TEXT },
      { text: formatNumber(control.result?.deviations ?? null), align: 'right' },
      { text: control.result?.assessment ?? MISSING_TEXT },
      { text: resultText(context, control) },
    ]),
    widths: [18, 20, 11, 10, 16, 25],
    notes: [],
  };
}

/** One control as a block: its heading by the pattern, its method lines, and in a report its result. */
function controlBlock(
  context: BuildContext,
  row: ControlRow,
  level: number,
  section: Of<'controlPlan'>,
): Block[] {
  const { labels } = context.view;
  const { control, risk } = row;
  const fields = { title: control.what, risk: risk.title, area: areaName(context, row.area) };
  const blocks: Block[] = [
    heading(level, fillHeadingPattern(section.heading ?? '{title}', fields), section.layout === 'chapters'),
  ];
  const lines = activityLines(context, control);
  if (!isPlan(context)) {
    const { result } = control;
    if (result?.performedOn) lines.push(`${labels['controls.date']}: ${result.performedOn}`);
    if (result) lines.push(`${labels['controls.deviations']}: ${formatNumber(result.deviations)}`);
    if (result?.assessment) lines.push(`${labels['controls.assessment']}: ${result.assessment}`);
    lines.push(`${labels['controls.result']}: ${resultText(context, control)}`);
  }
  for (const line of lines) blocks.push(paragraph(line));
  return blocks;
}

/** Each control with the risk it covers; in a follow-up its date, deviations and assessment. */
export const controlPlanSection: SectionBuilder<Of<'controlPlan'>> = {
  build: (context, section, place: ChapterPlace) => {
    const risksById = new Map(context.risks.risks.map((risk) => [risk.id, risk]));
    const rows = context.risks.controlPlan.activities.flatMap((control) => {
      const risk = risksById.get(control.riskId);
      return risk ? [{ control, risk, area: risk.area }] : [];
    });
    if (rows.length === 0) return [paragraph(context.view.labels['controls.none'])];
    if (!section.layout || section.layout === 'table') return [controlTable(context, rows)];
    return rows.flatMap((row) => controlBlock(context, row, contentLevel(place), section));
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
