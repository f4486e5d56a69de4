import { type Section, sectionKindLabels } from '@styr/shared/contracts/documents';
import { assignmentGroupingLabels } from '@styr/shared/domain/assignments';
import type { ChartKind } from '@styr/shared/domain/document-charts';

/** The choices of what a new chapter holds, in the order offered, each by its value. */
const presetLabels = {
  heading: 'Endast rubrik (med underkapitel)',
  documentText: 'Text som skrivs för varje nämnds dokument',
  fixedText: 'Fast text, samma för alla nämnder',
  goalAreas: 'Målområden med mål, indikatorer och program',
  'goals-kfOrganisation': 'Mål: KF:s organisationsmål',
  'goals-kfActivity': 'Mål: KF:s övergripande verksamhetsmål',
  'goals-committee': 'Mål: nämndspecifika mål och nämndens egna mål',
  'assignments-budget': 'Uppdrag i KF:s budget',
  'assignments-council': 'Uppdrag utanför budget',
  'assignments-own': 'Nämndens och förvaltningsdirektörens uppdrag',
  'assignments-by-label': 'Alla uppdrag, grupperade efter etikett',
  riskRegister: 'Samlad riskbild: riskerna per riskområde med värde och åtgärd',
  controlPlan: 'Intern kontrollplan, med resultat i uppföljningar',
  incomeStatement: 'Resultaträkning (mnkr)',
  investments: 'Investeringar (tkr)',
  departmentResults: 'Resultat per avdelning (tkr)',
  municipalGrant: 'Kommunbidrag med årets budgetjusteringar (tkr)',
  stateGrants: 'Erhållna statsbidrag (tkr)',
  centralItems: 'Kommuncentrala poster (tkr)',
  equity: 'Eget kapital med nämndens värdering',
  keyFigureTable: 'Nyckeltalstabell över tre år',
  significantDeviations: 'Väsentliga avvikelser med fem fasta delar',
  actionPlans: 'Handlingsplaner med insatser och budget per finansiär',
  actionPlanFollowUps: 'Uppföljning av handlingsplanernas insatser (utelämnas utan handlingsplaner)',
};

/** The choices whose section is more than its kind; every other value is a kind that takes nothing more. */
const presetSections: Partial<Record<keyof typeof presetLabels, Section>> = {
  fixedText: { kind: 'fixedText', text: '' },
  'goals-kfOrganisation': { kind: 'goals', goalKinds: ['kfOrganisation'] },
  'goals-kfActivity': { kind: 'goals', goalKinds: ['kfActivity'] },
  'goals-committee': { kind: 'goals', goalKinds: ['kfCommittee', 'committee'] },
  'assignments-budget': { kind: 'assignments', sources: ['budget'] },
  'assignments-council': { kind: 'assignments', sources: ['council'] },
  'assignments-own': { kind: 'assignments', sources: ['committee', 'director'] },
  'assignments-by-label': {
    kind: 'assignments',
    sources: ['budget', 'council', 'committee', 'director'],
    groupBy: 'label',
  },
  keyFigureTable: { kind: 'keyFigureTable', table: '' },
};

/** The section kinds an administrator picks from, with the data each one takes. */
export const sectionPresets: { value: string; label: string; section: Section }[] = Object.entries(
  presetLabels,
).map(([value, label]) => ({
  value,
  label,
  section: presetSections[value as keyof typeof presetLabels] ?? ({ kind: value } as Section),
}));

/**
 * The section with its chart switched on (`kind`) or off (null), every other option kept: goal sections draw
 * indicator trends as lines or bars, the department results their deviations as bars. Off leaves no option
 * behind, so the template reads as one that never had charts.
 */
export function withChart(section: Section, kind: ChartKind | null): Section {
  if (section.kind === 'departmentResults') {
    const { chart: _chart, ...rest } = section;
    return kind ? { ...rest, chart: true } : rest;
  }
  if (section.kind === 'goals' || section.kind === 'goalAreas') {
    const { indicatorCharts: _charts, ...rest } = section;
    return kind ? { ...rest, indicatorCharts: kind } : rest;
  }
  return section;
}

const chartOn = (section: Section) =>
  section.kind === 'departmentResults'
    ? section.chart === true
    : (section.kind === 'goals' || section.kind === 'goalAreas') && section.indicatorCharts !== undefined;

/** "Sammanfattning" for a heading-only chapter etc.: what the chapter holds, in a few words. */
export function sectionLabel(section: Section): string {
  const plain = withChart(section, null);
  if (JSON.stringify(plain) !== JSON.stringify(section))
    return `${sectionLabel(plain)}${chartOn(section) ? ', med diagram' : ''}`;
  const exact = sectionPresets.find((preset) => JSON.stringify(preset.section) === JSON.stringify(section));
  if (exact) return exact.label;
  const untabled = without(section, tableOptionKeys);
  if (untabled !== section) return `${sectionLabel(untabled)}, med egna tabellval`;
  const unlaid = without(section, itemOptionKeys);
  if (unlaid !== section)
    return `${sectionLabel(unlaid)}${'layout' in section && section.layout === 'chapters' ? ', som numrerade kapitel' : ', med egen utskrift'}`;
  if (section.kind === 'assignments' && section.groupBy) {
    const plain = sectionLabel({ kind: 'assignments', sources: section.sources });
    return `${plain}, grupperade efter ${assignmentGroupingLabels[section.groupBy].toLowerCase()}`;
  }
  if (section.kind === 'keyFigureTable') return `Nyckeltalstabell ”${section.table}”`;
  return sectionKindLabels[section.kind];
}

/** Options that print a section's items as blocks or chapters (document-item-options.ts). */
const itemOptionKeys = ['layout', 'nesting', 'heading', 'parts'];

/** Options that lay out a section's tables (document-table-options.ts); the editor keeps them as they are. */
const tableOptionKeys = [
  'indicatorTable',
  'options',
  'decimals',
  'deviationNote',
  'columns',
  'deviationOf',
  'total',
];

/** The section without the options named by `keys`; the same section where it has none of them. */
function without(section: Section, keys: readonly string[]): Section {
  if (!keys.some((key) => Object.hasOwn(section, key))) return section;
  return Object.fromEntries(Object.entries(section).filter(([key]) => !keys.includes(key))) as Section;
}
