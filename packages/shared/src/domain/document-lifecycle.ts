import { controlPlanDocument } from './risk.ts';

export const documentStatuses = ['draft', 'review', 'adopted'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

export const documentStatusLabels: Record<DocumentStatus, string> = {
  draft: 'Utkast',
  review: 'Klar för granskning',
  adopted: 'Fastställd',
};

export interface Decision {
  /** The committee meeting's date, ÅÅÅÅ-MM-DD. */
  date: string;
  /** The paragraph of the minutes, e.g. "§ 12". */
  paragraph: string;
}

const next: Record<DocumentStatus, readonly DocumentStatus[]> = {
  draft: ['review'],
  // A document under review can be sent back for more work, or adopted.
  review: ['draft', 'adopted'],
  adopted: [],
};

/** An adopted plan or follow-up is frozen: it is archived as adopted and nothing in it may change. */
export const isFrozen = (status: DocumentStatus) => status === 'adopted';

/** Why a status change is not allowed, in Swedish, or null when it is. Adoption needs the committee's decision. */
export function transitionProblem(
  from: DocumentStatus,
  to: DocumentStatus,
  decision?: Decision,
): string | null {
  if (isFrozen(from)) return 'Dokumentet är fastställt och kan inte ändras.';
  if (!next[from].includes(to)) {
    return `Ett dokument med status ${documentStatusLabels[from].toLowerCase()} kan inte bli ${documentStatusLabels[to].toLowerCase()}.`;
  }
  if (to === 'adopted' && (!decision?.date || !decision.paragraph.trim())) {
    return 'Ange nämndens beslutsdatum och paragraf för att fastställa dokumentet.';
  }
  return null;
}

/**
 * Why a plan or follow-up cannot be adopted yet, in Swedish, or null when it can. A follow-up (delårsrapport,
 * årsrapport) reports on the year's plan, so the plan is adopted first; the internal control plan is adopted
 * beside the plan and waits for nothing.
 */
export function adoptionOrderProblem(
  document: string,
  planStatus: DocumentStatus | null,
  year: number,
): string | null {
  if (document === 'plan' || document === controlPlanDocument || planStatus === 'adopted') return null;
  return `Verksamhetsplanen ${year} måste fastställas innan uppföljningen kan fastställas.`;
}
