import type { AuditEntry } from '@styr/shared/contracts/audit';
import { roleLabels, roleSchema } from '@styr/shared/contracts/auth';
import { type OrgNodeKind, orgNodeKindSchema } from '@styr/shared/contracts/org';
import { type RiskSource, riskSourceLabels } from '@styr/shared/domain/risk';

export interface Change {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

/** Names for what the history stores by id or code: nodes (parentId, nodeId) and the kinds of unit. */
export interface OrgNames {
  nodeName(nodeId: string): string | undefined;
  kindLabel(kind: OrgNodeKind): string;
}

// In the order the rows are shown.
const fieldLabels: Record<string, string> = {
  kind: 'Typ',
  name: 'Namn',
  displayName: 'Namn',
  shortName: 'Kortnamn',
  email: 'E-postadress',
  active: 'Aktiv',
  password: 'Lösenord',
  passwordChanged: 'Lösenord',
  parentId: 'Hör till',
  servedCommittees: 'Betjänar även',
  validFrom: 'Giltig från',
  validTo: 'Giltig till',
  sortOrder: 'Ordning',
  role: 'Roll',
  nodeId: 'Gäller',
  koladaId: 'Kolada-id',
  // A risk's fields, as the risk page names them.
  title: 'Risk',
  areaKey: 'Riskområde',
  description: 'Riskbeskrivning',
  consequenceDescription: 'Konsekvensbeskrivning',
  probability: 'Sannolikhet',
  consequence: 'Konsekvens',
  previousProbability: 'Förra årets sannolikhet',
  previousConsequence: 'Förra årets konsekvens',
  owner: 'Riskägare',
  source: 'Källa',
  actions: 'Åtgärder',
  goalIds: 'Hotade mål',
  raisedToNodeId: 'Nominerad till',
  selected: 'I samlad riskbild',
  selectionReason: 'Skäl för urvalet',
  toControlPlan: 'Till internkontrollplan',
};

// Bookkeeping that says nothing to a reader of the history.
const hiddenFields = new Set([
  'id',
  'municipalityId',
  'userId',
  'version',
  'createdAt',
  'updatedAt',
  'passwordHash',
  'grants',
  'committeeId',
  'year',
  'key',
]);

const entityLabels: Record<string, string> = {
  orgnode: 'organisationsenheten',
  node: 'organisationsenheten',
  user: 'användaren',
  grant: 'behörigheten',
  rolegrant: 'behörigheten',
  municipality: 'kommunen',
  risk: 'risken',
};

const fieldOrder = Object.keys(fieldLabels);

function entityLabel(entry: AuditEntry): string {
  return entityLabels[entry.entityType.toLowerCase().replace(/[-_\s]/g, '')] ?? entry.entityType;
}

/** A grant is fully told by its sentence ("gav behörigheten Läsare – Hela kommunen"); a table would repeat it. */
export function isGrantEntry(entry: AuditEntry): boolean {
  return entityLabel(entry) === 'behörigheten';
}

const actionVerbs: Record<AuditEntry['action'], string> = {
  create: 'skapade',
  update: 'ändrade',
  delete: 'tog bort',
};

export function describeEntry(entry: AuditEntry, names: OrgNames): string {
  const values = entry.after ?? entry.before ?? {};
  if (isGrantEntry(entry)) {
    const grant = `behörigheten ${formatValue('role', values.role, names)} – ${formatValue('nodeId', values.nodeId, names)}`;
    return entry.action === 'create' ? `gav ${grant}` : `${actionVerbs[entry.action]} ${grant}`;
  }
  if (entry.action === 'update') {
    const labels = [...new Set(listChanges(entry, names).map((change) => change.label.toLowerCase()))];
    if (labels.length > 0) return `ändrade ${joinWithAnd(labels)}`;
  }
  const kind = orgNodeKindSchema.safeParse(values.kind);
  const name = values.name ?? values.displayName;
  // A unit is told by its name and the municipality's word for its kind, whose definite form cannot be derived.
  if (kind.success && typeof name === 'string')
    return `${actionVerbs[entry.action]} ${name} (${names.kindLabel(kind.data).toLowerCase()})`;
  return `${actionVerbs[entry.action]} ${entityLabel(entry)}${typeof name === 'string' ? ` ${name}` : ''}`;
}

function joinWithAnd(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} och ${words.at(-1)}`;
}

export function listChanges(entry: AuditEntry, names: OrgNames): Change[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const rank = (field: string) =>
    fieldOrder.includes(field) ? fieldOrder.indexOf(field) : fieldOrder.length;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => !hiddenFields.has(field))
    .sort((a, b) => rank(a) - rank(b));
  const changes: Change[] = [];
  for (const field of fields) {
    const old = entry.before ? formatValue(field, before[field], names) : null;
    const now = entry.after ? formatValue(field, after[field], names) : null;
    if (entry.action === 'update' && old === now) continue;
    changes.push({ field, label: fieldLabels[field] ?? field, before: old, after: now });
  }
  return changes;
}

export function formatValue(field: string, value: unknown, names: OrgNames): string {
  if (field === 'nodeId' && value === null) return 'Hela kommunen';
  if (field === 'validTo' && value === null) return 'Tills vidare';
  if (field === 'parentId' && value === null) return 'Kommunen';
  if (field === 'password' || field === 'passwordChanged') return value ? 'Nytt lösenord satt' : '–';
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nej';
  if (
    (field === 'nodeId' || field === 'parentId' || field === 'raisedToNodeId') &&
    typeof value === 'string'
  ) {
    return names.nodeName(value) ?? 'Okänd enhet';
  }
  if (field === 'kind') {
    const kind = orgNodeKindSchema.safeParse(value);
    if (kind.success) return names.kindLabel(kind.data);
  }
  if (field === 'role') {
    const role = roleSchema.safeParse(value);
    if (role.success) return roleLabels[role.data];
  }
  if (field === 'source' && typeof value === 'string') return riskSourceLabels[value as RiskSource] ?? value;
  if (field === 'actions' && Array.isArray(value)) {
    return value.map((action: { what?: unknown }) => String(action.what ?? '')).join('; ') || '–';
  }
  if (field === 'goalIds' && Array.isArray(value)) return `${value.length} mål`;
  if (field === 'servedCommittees' && Array.isArray(value))
    return value.map((id) => names.nodeName(String(id)) ?? 'Okänd nämnd').join(', ') || 'Ingen annan nämnd';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
