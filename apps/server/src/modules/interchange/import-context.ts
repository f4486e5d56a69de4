import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import type { MunicipalitySettings } from '@styr/shared/domain/interchange';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/connect.ts';
import { assessmentLevels, followUpPoints, municipalities, orgNodes } from '../../db/schema/index.ts';
import { AppError } from '../../errors.ts';
import { insertDefaultSettings } from '../org/default-settings.ts';
import { stableId } from './stable-ids.ts';

/** The municipality the file names: by id, else by name; created when missing unless the import is bound to one. */
export async function resolveMunicipality(
  tx: Tx,
  document: CommitteeYear,
  boundTo: string | null,
  now: Date,
): Promise<string> {
  const { id, name, koladaId } = document.municipality;
  const [found] = await tx
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(id ? eq(municipalities.id, id) : eq(municipalities.name, name));
  if (found) {
    if (boundTo && found.id !== boundTo) throw otherMunicipality();
    return found.id;
  }
  if (boundTo) throw otherMunicipality();
  const newId = id ?? crypto.randomUUID();
  await tx.insert(municipalities).values({
    id: newId,
    name,
    koladaId: koladaId ?? null,
    validFrom: '1971-01-01',
    createdAt: now,
    updatedAt: now,
  });
  await insertDefaultSettings(tx, newId);
  return newId;
}

const otherMunicipality = () =>
  new AppError('VALIDATION', 'Filen gäller en annan kommun än din.', {
    details: [{ path: 'municipality', message: 'Kommunen i filen är inte den du är inloggad i' }],
  });

/** Stores the follow-up points and scale the file brings, then reads back the municipality's full settings. */
export async function applySettings(
  tx: Tx,
  municipalityId: string,
  document: CommitteeYear,
): Promise<MunicipalitySettings> {
  for (const point of document.municipality.followUpPoints ?? []) {
    await tx
      .insert(followUpPoints)
      .values({ municipalityId, ...point })
      .onConflictDoUpdate({
        target: [followUpPoints.municipalityId, followUpPoints.key],
        set: { name: point.name, month: point.month },
      });
  }
  for (const [sortOrder, level] of (document.municipality.assessmentScale ?? []).entries()) {
    await tx
      .insert(assessmentLevels)
      .values({ municipalityId, ...level, sortOrder })
      .onConflictDoUpdate({
        target: [assessmentLevels.municipalityId, assessmentLevels.key],
        set: { label: level.label, tone: level.tone, sortOrder },
      });
  }
  const points = await tx
    .select({ key: followUpPoints.key })
    .from(followUpPoints)
    .where(eq(followUpPoints.municipalityId, municipalityId));
  const levels = await tx
    .select({ key: assessmentLevels.key })
    .from(assessmentLevels)
    .where(eq(assessmentLevels.municipalityId, municipalityId));
  return { followUpKeys: new Set(points.map((p) => p.key)), levelKeys: new Set(levels.map((l) => l.key)) };
}

/** The committee the file names: by id, else by name among the municipality's committees; created when missing. */
export async function resolveCommittee(
  tx: Tx,
  municipalityId: string,
  document: CommitteeYear,
  now: Date,
): Promise<string> {
  const { id, name, shortName, validFrom } = document.committee;
  const [found] = await tx
    .select({ id: orgNodes.id, kind: orgNodes.kind })
    .from(orgNodes)
    .where(
      and(
        eq(orgNodes.municipalityId, municipalityId),
        id ? eq(orgNodes.id, id) : and(eq(orgNodes.name, name), eq(orgNodes.kind, 'committee')),
      ),
    );
  if (found) {
    if (found.kind !== 'committee') {
      throw new AppError('VALIDATION', 'Id:t i committee pekar inte på en nämnd.', {
        details: [{ path: 'committee.id', message: 'Organisationsenheten är ingen nämnd' }],
      });
    }
    return found.id;
  }
  const newId = id ?? stableId(municipalityId, 'committee', name);
  await tx.insert(orgNodes).values({
    municipalityId,
    id: newId,
    parentId: null,
    kind: 'committee',
    name,
    shortName: shortName ?? null,
    validFrom,
    createdAt: now,
    updatedAt: now,
  });
  return newId;
}
