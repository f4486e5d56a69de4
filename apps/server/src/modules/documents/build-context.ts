import type { ActionPlan } from '@styr/shared/contracts/action-plans';
import type { DocumentKind, Section } from '@styr/shared/contracts/documents';
import type { EconomyView } from '@styr/shared/contracts/economy';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import type { RiskOverview } from '@styr/shared/contracts/risks';
import type { Block } from '@styr/shared/domain/document-model';

/** Everything a section needs to build its blocks: the year's data as the API shows it, and the document's texts. */
export interface BuildContext {
  view: CommitteeYearView;
  kind: DocumentKind;
  /** "plan", or the follow-up point's key the document reports. */
  document: string;
  /** The chapter texts written for this committee's document, by chapter key. */
  texts: ReadonlyMap<string, string>;
  unitNames: ReadonlyMap<string, string>;
  /** The year's economy: statement, departments, grants, key figure tables, deviations. */
  economy: EconomyView;
  /** The year's risks, the samlad riskbild and the internal control plan with its results. */
  risks: RiskOverview;
  /** The year's handlingsplaner, printed as an appendix of the plan. */
  actionPlans: ActionPlan[];
}

export interface ChapterPlace {
  key: string;
  /** 0 for a top-level chapter; its heading has level depth + 1. */
  depth: number;
}

/** One kind of section: its blocks under the chapter heading, and what it still lacks before the deadline. */
export interface SectionBuilder<S extends Section> {
  build: (context: BuildContext, section: S, place: ChapterPlace) => Block[];
  /** Swedish, for the document page; null when the section has its content. */
  lacking: (context: BuildContext, section: S, place: ChapterPlace) => string | null;
  /**
   * True when the year has nothing of this kind to report: the chapter is left out whole, heading, page break
   * and subchapters, instead of printing an empty heading. Absent: the chapter always prints.
   */
  omitted?: (context: BuildContext, section: S) => boolean;
}

export const isPlan = (context: BuildContext) => context.document === 'plan';

/** Headings inside a section sit one level under the chapter, at most at level 4. */
export const contentLevel = (place: ChapterPlace, extra = 1) => Math.min(4, place.depth + 1 + extra);
