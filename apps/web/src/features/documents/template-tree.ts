import { type Section, sectionKindLabels, type TemplateChapter } from '@styr/shared/contracts/documents';
import { assignmentGroupingLabels } from '@styr/shared/domain/assignments';
import type { ChapterTextPlacement } from '@styr/shared/domain/chapter-text';
import type { ChartKind } from '@styr/shared/domain/document-charts';

/** The section kinds an administrator picks from, with the data each one takes. */
export const sectionPresets: { value: string; label: string; section: Section }[] = [
  { value: 'heading', label: 'Endast rubrik (med underkapitel)', section: { kind: 'heading' } },
  {
    value: 'documentText',
    label: 'Text som skrivs för varje nämnds dokument',
    section: { kind: 'documentText' },
  },
  {
    value: 'fixedText',
    label: 'Fast text, samma för alla nämnder',
    section: { kind: 'fixedText', text: '' },
  },
  {
    value: 'goalAreas',
    label: 'Målområden med mål, indikatorer och program',
    section: { kind: 'goalAreas' },
  },
  {
    value: 'goals-kfOrganisation',
    label: 'Mål: KF:s organisationsmål',
    section: { kind: 'goals', goalKinds: ['kfOrganisation'] },
  },
  {
    value: 'goals-kfActivity',
    label: 'Mål: KF:s övergripande verksamhetsmål',
    section: { kind: 'goals', goalKinds: ['kfActivity'] },
  },
  {
    value: 'goals-committee',
    label: 'Mål: nämndspecifika mål och nämndens egna mål',
    section: { kind: 'goals', goalKinds: ['kfCommittee', 'committee'] },
  },
  {
    value: 'assignments-budget',
    label: 'Uppdrag i KF:s budget',
    section: { kind: 'assignments', sources: ['budget'] },
  },
  {
    value: 'assignments-council',
    label: 'Uppdrag utanför budget',
    section: { kind: 'assignments', sources: ['council'] },
  },
  {
    value: 'assignments-own',
    label: 'Nämndens och förvaltningsdirektörens uppdrag',
    section: { kind: 'assignments', sources: ['committee', 'director'] },
  },
  {
    value: 'assignments-by-label',
    label: 'Alla uppdrag, grupperade efter etikett',
    section: {
      kind: 'assignments',
      sources: ['budget', 'council', 'committee', 'director'],
      groupBy: 'label',
    },
  },
  {
    value: 'riskRegister',
    label: 'Samlad riskbild: riskerna per riskområde med värde och åtgärd',
    section: { kind: 'riskRegister' },
  },
  {
    value: 'controlPlan',
    label: 'Intern kontrollplan, med resultat i uppföljningar',
    section: { kind: 'controlPlan' },
  },
  {
    value: 'incomeStatement',
    label: 'Resultaträkning (mnkr)',
    section: { kind: 'incomeStatement' },
  },
  {
    value: 'investments',
    label: 'Investeringar (tkr)',
    section: { kind: 'investments' },
  },
  {
    value: 'departmentResults',
    label: 'Resultat per avdelning (tkr)',
    section: { kind: 'departmentResults' },
  },
  {
    value: 'municipalGrant',
    label: 'Kommunbidrag med årets budgetjusteringar (tkr)',
    section: { kind: 'municipalGrant' },
  },
  { value: 'stateGrants', label: 'Erhållna statsbidrag (tkr)', section: { kind: 'stateGrants' } },
  { value: 'centralItems', label: 'Kommuncentrala poster (tkr)', section: { kind: 'centralItems' } },
  { value: 'equity', label: 'Eget kapital med nämndens värdering', section: { kind: 'equity' } },
  {
    value: 'keyFigureTable',
    label: 'Nyckeltalstabell över tre år',
    section: { kind: 'keyFigureTable', table: '' },
  },
  {
    value: 'significantDeviations',
    label: 'Väsentliga avvikelser med fem fasta delar',
    section: { kind: 'significantDeviations' },
  },
  {
    value: 'actionPlans',
    label: 'Handlingsplaner med insatser och budget per finansiär',
    section: { kind: 'actionPlans' },
  },
  {
    value: 'actionPlanFollowUps',
    label: 'Uppföljning av handlingsplanernas insatser (utelämnas utan handlingsplaner)',
    section: { kind: 'actionPlanFollowUps' },
  },
];

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
  const untabled = withoutTableOptions(section);
  if (untabled !== section) return `${sectionLabel(untabled)}, med egna tabellval`;
  const unlaid = withoutItemOptions(section);
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

function withoutItemOptions(section: Section): Section {
  if (!itemOptionKeys.some((key) => key in section)) return section;
  return Object.fromEntries(
    Object.entries(section).filter(([key]) => !itemOptionKeys.includes(key)),
  ) as Section;
}

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

function withoutTableOptions(section: Section): Section {
  if (!tableOptionKeys.some((key) => Object.hasOwn(section, key))) return section;
  return Object.fromEntries(
    Object.entries(section).filter(([key]) => !tableOptionKeys.includes(key)),
  ) as Section;
}

type Tree = TemplateChapter[];

/** Replaces the list of siblings that holds `key`, wherever it is in the tree. */
function mapSiblings(tree: Tree, key: string, change: (siblings: Tree, index: number) => Tree): Tree {
  const index = tree.findIndex((chapter) => chapter.key === key);
  if (index >= 0) return change(tree, index);
  return tree.map((chapter) => ({ ...chapter, children: mapSiblings(chapter.children, key, change) }));
}

export function moveChapter(tree: Tree, key: string, step: -1 | 1): Tree {
  return mapSiblings(tree, key, (siblings, index) => {
    const target = index + step;
    if (target < 0 || target >= siblings.length) return siblings;
    const next = [...siblings];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(target, 0, moved);
    return next;
  });
}

/** The tree with the chapter `key` holding `section` instead. */
export function withSection(tree: Tree, key: string, section: Section): Tree {
  return mapSiblings(tree, key, (siblings, index) =>
    siblings.map((chapter, at) => (at === index ? { ...chapter, section } : chapter)),
  );
}

/** The tree with the chapter `key` printing the committee's text there, or none (the field left out). */
export function withText(tree: Tree, key: string, text: ChapterTextPlacement | null): Tree {
  return mapSiblings(tree, key, (siblings, index) =>
    siblings.map((chapter, at) => {
      if (at !== index) return chapter;
      const { text: _old, ...rest } = chapter;
      return text ? { ...rest, text } : rest;
    }),
  );
}

/**
 * The income statement a chapter prints: the municipality's first table needs no name in the template, so that a
 * template written before there were several tables reads the same.
 */
export function statementSection(
  section: Extract<Section, { kind: 'incomeStatement' }>,
  table: string,
  firstTable: string | undefined,
): Section {
  // The table's other options (decimals, notes) stay as the template has them.
  const { table: _old, ...options } = section;
  return table === firstTable ? options : { ...options, table };
}

export function removeChapter(tree: Tree, key: string): Tree {
  return mapSiblings(tree, key, (siblings, index) => siblings.filter((_, at) => at !== index));
}

/** Adds a chapter at the end of the top level, or under the chapter `parentKey`. */
/** A new numbered top-level chapter goes before the appendices, which always come last. */
export function addChapter(tree: Tree, chapter: TemplateChapter, parentKey: string | null): Tree {
  if (parentKey === null) {
    const firstAppendix = tree.findIndex((entry) => entry.appendix);
    if (chapter.appendix || firstAppendix < 0) return [...tree, chapter];
    return [...tree.slice(0, firstAppendix), chapter, ...tree.slice(firstAppendix)];
  }
  return tree.map((entry) =>
    entry.key === parentKey
      ? { ...entry, children: [...entry.children, chapter] }
      : { ...entry, children: addChapter(entry.children, chapter, parentKey) },
  );
}

const keysOf = (tree: Tree): string[] =>
  tree.flatMap((chapter) => [chapter.key, ...keysOf(chapter.children)]);

/** A key from the title, unique in the tree: "ekonomisk-uppfoljning", "ekonomisk-uppfoljning-2". */
export function newChapterKey(tree: Tree, title: string): string {
  const base =
    title
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'kapitel';
  const taken = new Set(keysOf(tree));
  let key = base;
  for (let suffix = 2; taken.has(key); suffix += 1) key = `${base}-${suffix}`;
  return key;
}
