import { logoMaxBytes, type MunicipalityLogo, type SetLogo } from '@styr/shared/contracts/document-frame';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/executor.ts';
import { municipalityLogos } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { assertVersion } from '../../versioning.ts';
import { recordAudit } from '../audit/index.ts';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type LogoRow = typeof municipalityLogos.$inferSelect;
const present = (row: LogoRow): MunicipalityLogo => ({
  image: row.image.toString('base64'),
  alt: row.alt,
  version: row.version,
});
// The audit keeps what changed in words and size, not the image's bytes.
const audited = (row: LogoRow) => ({ alt: row.alt, bytes: row.image.length, version: row.version });

/** The municipality's logo, or null when it has none. */
export async function readLogo(db: Executor, municipalityId: string): Promise<LogoRow | null> {
  const [row] = await db
    .select()
    .from(municipalityLogos)
    .where(eq(municipalityLogos.municipalityId, municipalityId));
  return row ?? null;
}

export async function getLogo(db: Executor, municipalityId: string): Promise<MunicipalityLogo | null> {
  const row = await readLogo(db, municipalityId);
  return row ? present(row) : null;
}

/**
 * Stores the municipality's logo (a PNG, which PDF, Word and the web page all draw as it is), replacing the one
 * of the version given. Checked for size and kind before anything is written.
 */
export async function setLogo(
  deps: Deps,
  actor: Actor,
  municipalityId: string,
  input: SetLogo,
): Promise<MunicipalityLogo> {
  const image = Buffer.from(input.image, 'base64');
  if (image.length > logoMaxBytes)
    throw new AppError('TOO_LARGE', 'Logotypen får vara högst 512 kB.', {
      details: [{ path: 'body.image', message: 'Logotypen får vara högst 512 kB' }],
    });
  if (!image.subarray(0, pngSignature.length).equals(pngSignature))
    throw new AppError('VALIDATION', 'Logotypen ska vara en PNG-bild.', {
      details: [{ path: 'body.image', message: 'Logotypen ska vara en PNG-bild' }],
    });
  return deps.db.transaction(async (tx) => {
    const [stored] = await tx
      .select()
      .from(municipalityLogos)
      .where(eq(municipalityLogos.municipalityId, municipalityId))
      .for('update');
    const now = deps.clock.now();
    if (!stored) {
      if (input.version !== null)
        throw new AppError('VERSION_CONFLICT', 'Logotypen har tagits bort sedan du läste den.', {
          current: null,
        });
      const [row] = await tx
        .insert(municipalityLogos)
        .values({ municipalityId, image, alt: input.alt, createdAt: now, updatedAt: now })
        .returning();
      if (!row) throw new AppError('INTERNAL', 'Logotypen kunde inte sparas.');
      await recordAudit(tx, {
        actor,
        at: now,
        action: 'create',
        entityType: 'municipality_logo',
        entityId: municipalityId,
        before: null,
        after: audited(row),
      });
      return present(row);
    }
    assertVersion(stored, input.version ?? 0, present);
    const [row] = await tx
      .update(municipalityLogos)
      .set({ image, alt: input.alt, version: stored.version + 1, updatedAt: now })
      .where(eq(municipalityLogos.municipalityId, municipalityId))
      .returning();
    if (!row) throw new AppError('INTERNAL', 'Logotypen kunde inte sparas.');
    await recordAudit(tx, {
      actor,
      at: now,
      action: 'update',
      entityType: 'municipality_logo',
      entityId: municipalityId,
      before: audited(stored),
      after: audited(row),
    });
    return present(row);
  });
}
