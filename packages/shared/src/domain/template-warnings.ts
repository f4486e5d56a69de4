import type { Section, TemplateChapter } from '../contracts/documents.ts';
import { type AssignmentSource, assignmentSourceLabels } from './assignments.ts';
import { chapterTextPlace } from './chapter-text.ts';
import type { DocumentKind } from './document-kinds.ts';
import type { Problem } from './problem.ts';

/** A committee's year, by the committee's name, for a warning to name. */
export interface CommitteeYearName {
  committee: string;
  year: number;
}

/** A chapter text some committee has written for a document of the template's kind. */
export interface StoredText extends CommitteeYearName {
  chapterKey: string;
}

/** Something a committee's year holds that a chapter of some section kind prints. */
export type StoredData =
  | { kind: 'goals'; goalKind: string }
  | { kind: 'assignments'; source: AssignmentSource }
  | { kind: 'keyFigureTable'; table: string }
  | {
      kind:
        | 'investments'
        | 'riskRegister'
        | 'controlPlan'
        | 'actionPlans'
        | 'significantDeviations'
        | 'stateGrants'
        | 'centralItems'
        | 'departmentResults';
    };

export type StoredDataOf = CommitteeYearName & { data: StoredData };

const goalKindWords: Record<string, string> = {
  kfOrganisation: 'mål av slaget kfOrganisation (kommunfullmäktiges mål för organisationen)',
  kfActivity: 'mål av slaget kfActivity (kommunfullmäktiges mål för verksamheten)',
  kfCommittee: 'mål av slaget kfCommittee (nämndspecifika mål från KF)',
  committee: 'mål av slaget committee (nämndens egna mål)',
};

function dataWords(data: StoredData): string {
  switch (data.kind) {
    case 'goals':
      return goalKindWords[data.goalKind] ?? `mål av slaget ${data.goalKind}`;
    case 'assignments':
      return `uppdrag av källan ${data.source} (${assignmentSourceLabels[data.source]})`;
    case 'keyFigureTable':
      return `nyckeltalstabellen ”${data.table}” (avsnittet keyFigureTable)`;
    case 'investments':
      return 'investeringar (avsnittet investments)';
    case 'riskRegister':
      return 'risker valda till den samlade riskbilden (avsnittet riskRegister)';
    case 'controlPlan':
      return 'kontrollmoment i internkontrollplanen (avsnittet controlPlan)';
    case 'actionPlans':
      return 'handlingsplaner (avsnittet actionPlans eller actionPlanFollowUps)';
    case 'significantDeviations':
      return 'väsentliga avvikelser (avsnittet significantDeviations)';
    case 'stateGrants':
      return 'statsbidrag (avsnittet stateGrants)';
    case 'centralItems':
      return 'kommuncentrala poster (avsnittet centralItems)';
    case 'departmentResults':
      return 'resultat per avdelning (avsnittet departmentResults)';
  }
}

/** Whether some section of the template prints this data. */
function printed(sections: readonly Section[], data: StoredData): boolean {
  return sections.some((section) => {
    switch (data.kind) {
      case 'goals':
        return (
          section.kind === 'goalAreas' ||
          (section.kind === 'goals' && (section.goalKinds as readonly string[]).includes(data.goalKind))
        );
      case 'assignments':
        return section.kind === 'assignments' && section.sources.includes(data.source);
      case 'keyFigureTable':
        return section.kind === 'keyFigureTable' && section.table === data.table;
      case 'actionPlans':
        return section.kind === 'actionPlans' || section.kind === 'actionPlanFollowUps';
      default:
        return section.kind === data.kind;
    }
  });
}

/** "Socialnämnden Hisingen 2022, Socialnämnden Centrum 2022 och 3 till": bounded, however many there are. */
function committeeYears(list: readonly CommitteeYearName[]): string {
  const names = [...new Set(list.map((entry) => `${entry.committee} ${entry.year}`))];
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} och ${names.length - 3} till` : shown;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/** Every chapter with its JSON path in the file, e.g. "chapters[1].children[0]". */
function chapterPaths(tree: readonly TemplateChapter[], path = 'chapters') {
  const found: { chapter: TemplateChapter; path: string }[] = [];
  tree.forEach((chapter, index) => {
    const here = `${path}[${index}]`;
    found.push({ chapter, path: here }, ...chapterPaths(chapter.children, `${here}.children`));
  });
  return found;
}

/**
 * What the template would leave out of the committees' documents still to be produced: texts written for a
 * chapter that prints no text (or that the template no longer has), and data of a kind no chapter prints. In
 * Swedish, with the JSON path in the template file; one warning per chapter or kind of data.
 */
export function templateWarnings(
  chapters: readonly TemplateChapter[],
  stored: { texts: readonly StoredText[]; data: readonly StoredDataOf[] },
): Problem[] {
  const all = chapterPaths(chapters);
  const byKey = new Map(all.map((entry) => [entry.chapter.key, entry]));
  const warnings: Problem[] = [];
  for (const [key, texts] of groupBy(stored.texts, (text) => text.chapterKey)) {
    const found = byKey.get(key);
    if (!found) {
      warnings.push({
        path: 'chapters',
        message: `Texten till kapitlet med nyckeln ”${key}” (${committeeYears(texts)}) skrivs inte ut: mallen har inget sådant kapitel`,
      });
    } else if (chapterTextPlace(found.chapter) === null) {
      warnings.push({
        path: `${found.path}.text`,
        message: `Kapitlet ”${found.chapter.title}” (${key}) skriver inte ut den text som skrivits till det (${committeeYears(texts)}); ange "before" eller "after" för att texten ska skrivas före eller efter innehållet`,
      });
    }
  }
  const sections = all.map((entry) => entry.chapter.section);
  for (const list of groupBy(stored.data, (entry) => JSON.stringify(entry.data)).values()) {
    const [first] = list;
    if (!first || printed(sections, first.data)) continue;
    warnings.push({
      path: 'chapters',
      message: `${committeeYears(list)} har ${dataWords(first.data)}, men inget kapitel i mallen skriver ut det`,
    });
  }
  return warnings;
}

/** Which kinds of stored data a document kind reports; a plan has no outcomes to report yet. */
export function reportedData(kind: DocumentKind, data: StoredData): boolean {
  if (kind !== 'verksamhetsplan') return true;
  return !['significantDeviations', 'stateGrants', 'centralItems', 'departmentResults'].includes(data.kind);
}
