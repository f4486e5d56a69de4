import type { OrgNode } from '@styr/shared/contracts/org';
import { type OrgIndex, yearForNode } from './org-index.ts';

export const firstYear = 2021;

export function currentYear(): number {
  return new Date().getFullYear();
}

export function committeePath(committeeId: string, year: number): string {
  return `/namnd/${committeeId}/${year}`;
}

/** The committee's organisation for the year; the committee's own address is its overview. */
export function committeeOrgPath(committeeId: string, year: number): string {
  return `${committeePath(committeeId, year)}/organisation`;
}

export function committeeDocumentsPath(committeeId: string, year: number): string {
  return `${committeePath(committeeId, year)}/dokument`;
}

export function indicatorPath(committeeId: string, year: number, indicatorId: string): string {
  return `${committeePath(committeeId, year)}/indikatorer/${indicatorId}`;
}

/** The follow-up editor: assessments, outcomes, activities and assignment reports of one follow-up. */
export function followUpPath(committeeId: string, year: number, followUp: string): string {
  return `${committeePath(committeeId, year)}/uppfoljning/${encodeURIComponent(followUp)}`;
}

/** Economy and key figures: income statement, result per department, kommunbidrag. */
export function economyPath(committeeId: string, year: number): string {
  return `${committeePath(committeeId, year)}/ekonomi`;
}

/** The plan's texts per goal. */
export function planEditorPath(committeeId: string, year: number): string {
  return `${committeePath(committeeId, year)}/plan`;
}

/** Risk registers, the samlad riskbild and the internal control plan. */
export function actionPlansPath(committeeId: string, year: number): string {
  return `${committeePath(committeeId, year)}/handlingsplaner`;
}

export function risksPath(committeeId: string, year: number): string {
  return `${committeePath(committeeId, year)}/risker`;
}

export function nodePath(committeeId: string, year: number, nodeId: string): string {
  return `${committeePath(committeeId, year)}/org/${nodeId}`;
}

/** A link to a node's page wherever it sits: its committee is the top of its path. */
export function nodeHref(index: OrgIndex, node: OrgNode, preferredYear: number): string {
  const year = yearForNode(node, preferredYear);
  const committeeId = index.pathOf(node.id)[0] ?? node.id;
  return node.kind === 'committee' ? committeePath(node.id, year) : nodePath(committeeId, year, node.id);
}

export function parseYear(value: string | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return year >= 1900 && year <= 2200 ? year : null;
}

export function yearOptions(selected: number): number[] {
  const last = currentYear() + 1;
  const years = new Set<number>([selected]);
  for (let year = firstYear; year <= last; year++) years.add(year);
  return [...years].sort((a, b) => b - a);
}
