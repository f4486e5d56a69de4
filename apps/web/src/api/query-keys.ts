/** One place for query keys, so invalidation after a write reaches every view of the data. */
export const queryKeys = {
  me: ['me'] as const,
  municipality: (municipalityId: string) => ['municipality', municipalityId] as const,
  orgTrees: (municipalityId: string) => ['org-tree', municipalityId] as const,
  orgTree: (municipalityId: string, year: number | 'all') => ['org-tree', municipalityId, year] as const,
  orgNode: (municipalityId: string, nodeId: string) => ['org-node', municipalityId, nodeId] as const,
  orgNodeHistory: (municipalityId: string, nodeId: string) =>
    ['org-node', municipalityId, nodeId, 'history'] as const,
  committeeYear: (municipalityId: string, committeeId: string, year: number) =>
    ['committee-year', municipalityId, committeeId, year] as const,
  /** What a document lacks before adoption; under the year's key, so that a write to the year refreshes it. */
  adoptionChecklist: (municipalityId: string, committeeId: string, year: number, document: string) =>
    ['committee-year', municipalityId, committeeId, year, 'checklist', document] as const,
  economy: (municipalityId: string, committeeId: string, year: number) =>
    ['economy', municipalityId, committeeId, year] as const,
  /** Everything about who reports what; one prefix, so that a change to a part refreshes every list of parts. */
  workflow: (municipalityId: string) => ['workflow', municipalityId] as const,
  followUpParts: (municipalityId: string, committeeId: string, year: number, followUp: string) =>
    ['workflow', municipalityId, 'parts', committeeId, year, followUp] as const,
  completeness: (municipalityId: string, committeeId: string, year: number, followUp: string) =>
    ['workflow', municipalityId, 'completeness', committeeId, year, followUp] as const,
  myTasks: (municipalityId: string) => ['workflow', municipalityId, 'my-tasks'] as const,
  /** Under the workflow's prefix, so that a part marked klar or reviewed refreshes what awaits review. */
  myStart: (municipalityId: string) => ['workflow', municipalityId, 'my-start'] as const,
  /** A committee's risks and control plan for a year, and each risk's history under it. */
  risks: (municipalityId: string, committeeId: string, year: number) =>
    ['risks', municipalityId, committeeId, year] as const,
  riskHistory: (municipalityId: string, committeeId: string, year: number, riskId: string) =>
    ['risks', municipalityId, committeeId, year, 'history', riskId] as const,
  actionPlans: (municipalityId: string, committeeId: string, year: number) =>
    ['action-plans', municipalityId, committeeId, year] as const,
  /** A committee's document: its overview and its preview. */
  document: (municipalityId: string, committeeId: string, year: number, kind: string) =>
    ['document', municipalityId, committeeId, year, kind] as const,
  documentTemplates: (municipalityId: string) => ['document-templates', municipalityId] as const,
  logo: (municipalityId: string) => ['logo', municipalityId] as const,
  settings: (municipalityId: string) => ['settings', municipalityId] as const,
  indicatorUnits: (municipalityId: string) => ['indicator-units', municipalityId] as const,
  keyFigureDefinitions: (municipalityId: string) => ['key-figure-definitions', municipalityId] as const,
  users: (municipalityId: string) => ['users', municipalityId] as const,
  user: (municipalityId: string, userId: string) => ['users', municipalityId, userId] as const,
  userHistory: (municipalityId: string, userId: string) =>
    ['users', municipalityId, userId, 'history'] as const,
  /** The audit log under one set of filters (its pages in one infinite query), and the people in it. */
  auditLog: (municipalityId: string, filters: Record<string, string | undefined>) =>
    ['audit', municipalityId, 'log', filters] as const,
  auditActors: (municipalityId: string) => ['audit', municipalityId, 'actors'] as const,
};
