import type { CommitteeYear } from '@styr/shared/contracts/interchange';
import { type MunicipalitySettings, scalesInDocument } from '@styr/shared/domain/interchange';
import { and, eq } from 'drizzle-orm';
import { insertRows, lastByKey } from '../../db/batch.ts';
import type { Tx } from '../../db/executor.ts';
import { followUpPoints, municipalities, orgNodes } from '../../db/schema/index.ts';
import { stableId } from '../../db/stable-ids.ts';
import { AppError } from '../../errors.ts';
import { insertDefaultSettings } from '../municipalities/index.ts';
import {
  mergeKeyFigureDefinitions,
  readAssessmentScales,
  readIndicatorUnits,
  readKeyFigureDefinitions,
  replaceAssessmentScales,
  writeIndicatorUnits,
  writeKeyFigureDefinitions,
} from '../plan/index.ts';

/** The municipality the file names: by id, else by name; created when missing unless the import is bound to one. */
export async function resolveMunicipality(
  tx: Tx,
  document: CommitteeYear,
  boundTo: string | null,
  now: Date,
): Promise<{ id: string; created: boolean }> {
  const { id, name, koladaId } = document.municipality;
  const [found] = await tx
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(id ? eq(municipalities.id, id) : eq(municipalities.name, name));
  if (found) {
    if (boundTo && found.id !== boundTo) throw otherMunicipality();
    return { id: found.id, created: false };
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
  return { id: newId, created: true };
}

const otherMunicipality = () =>
  new AppError('VALIDATION', 'Filen gäller en annan kommun än din.', {
    details: [{ path: 'municipality', message: 'Kommunen i filen är inte den du är inloggad i' }],
  });

/**
 * Stores the follow-up points and scales the file brings when `write` (see maySetMunicipalSettings), then reads
 * back the municipality's full settings. Scales given replace the municipality's whole, never merged with the
 * ones it had (a new municipality's default included).
 */
/**
 * How an import treats the municipality-wide settings a file gives: not at all (a person without the right to
 * manage the municipality), added to and updated in the stored ones, or replacing the defaults of a municipality
 * the file has just created.
 */
export type SettingsWrite = 'none' | 'add' | 'replace';

export async function applySettings(
  tx: Tx,
  municipalityId: string,
  document: CommitteeYear,
  write: SettingsWrite,
): Promise<MunicipalitySettings> {
  if (write !== 'none') await writeSettings(tx, municipalityId, document, write);
  const storedPoints = await tx
    .select({ key: followUpPoints.key })
    .from(followUpPoints)
    .where(eq(followUpPoints.municipalityId, municipalityId));
  return {
    followUpKeys: new Set(storedPoints.map((point) => point.key)),
    scales: await readAssessmentScales(tx, municipalityId),
    units: await readIndicatorUnits(tx, municipalityId),
    definitionKeys: new Set(
      (await readKeyFigureDefinitions(tx, municipalityId)).map((definition) => definition.key),
    ),
  };
}

async function writeSettings(tx: Tx, municipalityId: string, document: CommitteeYear, write: SettingsWrite) {
  // A key given twice counts once, the later entry winning, as it would written one by one.
  const points = lastByKey(
    (document.municipality.followUpPoints ?? []).map((point) => ({ municipalityId, ...point })),
    (point) => point.key,
  );
  if (write === 'replace' && points.length > 0)
    await tx.delete(followUpPoints).where(eq(followUpPoints.municipalityId, municipalityId));
  await insertRows(tx, followUpPoints, points, {
    target: ['municipalityId', 'key'],
    set: ['name', 'month'],
  });
  // A created municipality has the file's units only; else they are added or updated beside the stored ones.
  const units = document.municipality.indicatorUnits;
  if (units) {
    const given = lastByKey(units, (entry) => entry.unit);
    const stored = write === 'replace' ? [] : await readIndicatorUnits(tx, municipalityId);
    const kept = stored.map((entry) => given.find((update) => update.unit === entry.unit) ?? entry);
    const added = given.filter((entry) => !stored.some((known) => known.unit === entry.unit));
    await writeIndicatorUnits(tx, municipalityId, [...kept, ...added]);
  }
  const definitions = document.municipality.keyFigureDefinitions;
  if (definitions) {
    const given = lastByKey(definitions, (definition) => definition.key);
    if (write === 'replace') await writeKeyFigureDefinitions(tx, municipalityId, given);
    else await mergeKeyFigureDefinitions(tx, municipalityId, given);
  }
  // A repeated scale is reported by the file's checks, which roll the import back; written once until then.
  const scales = scalesInDocument(document);
  if (scales)
    await replaceAssessmentScales(
      tx,
      municipalityId,
      lastByKey(scales, (scale) => scale.key),
    );
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
  if (id) {
    // The same id in another municipality is another municipality's committee, whatever this file says.
    const [elsewhere] = await tx
      .select({ id: orgNodes.id })
      .from(orgNodes)
      .where(eq(orgNodes.id, id))
      .limit(1);
    if (elsewhere)
      throw new AppError('VALIDATION', 'Id:t i committee används redan av en annan kommun.', {
        details: [{ path: 'committee.id', message: 'Id:t finns redan i en annan kommun' }],
      });
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
