import { type MunicipalityFile, municipalityFileSchema } from '@styr/shared/contracts/municipality-file';
import type { Municipality } from '@styr/shared/contracts/org';
import { templateProblem } from '@styr/shared/domain/document-templates';
import type { Problem } from '@styr/shared/domain/problem';
import { eq } from 'drizzle-orm';
import { municipalities } from '../../db/schema/index.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { importRefused, zodDetails } from '../../import-errors.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import { recordAudit } from '../audit/index.ts';
import { presentMunicipality } from '../org/index.ts';
import { normalizeSettings, readMunicipalitySettings } from './export-settings.service.ts';
import { insertMunicipality, lockMunicipalitiesNamed } from './municipality.service.ts';
import { removalProblems } from './settings-references.ts';
import { type SettingsSection, writeSection } from './settings-write.ts';

export interface MunicipalityImportResult {
  municipality: Municipality;
  created: boolean;
  /** The parts of the file that differed from what was stored and were written. */
  changed: string[];
}

type Chapters = MunicipalityFile['documentTemplates'][number]['chapters'];
// Fixed texts are stored cleaned, as the template editor stores them, so an equal file compares equal.
const sanitizeChapters = (chapters: Chapters): Chapters =>
  chapters.map((chapter) => ({
    ...chapter,
    section:
      chapter.section.kind === 'fixedText'
        ? { kind: 'fixedText', text: sanitizeRichText(chapter.section.text) ?? '' }
        : chapter.section,
    children: sanitizeChapters(chapter.children),
  }));

function templateProblems(file: MunicipalityFile): Problem[] {
  return file.documentTemplates.flatMap((template, index) => {
    const problem = templateProblem(template.chapters);
    if (!problem) return [];
    return [
      { ...problem, path: problem.path.replace(/^body\.chapters/, `documentTemplates[${index}].chapters`) },
    ];
  });
}

const sections: SettingsSection[] = [
  'followUpPoints',
  'assessmentScale',
  'riskAreas',
  'riskScale',
  // Tables before lines, which stand in them; lines remove the tables they left.
  'statementTables',
  'statementLines',
  'documentTemplates',
];

/**
 * Reads a `styr/municipality` file: creates the municipality when none has its name, else updates it, and replaces
 * its settings with the file's. All or nothing, and only what differs is written, so importing the same file
 * twice writes nothing the second time. Settings hold for every committee; this is the system's (command
 * line's) write, recorded as such.
 */
export async function importMunicipalitySettings(
  deps: Deps,
  source: string,
  input: unknown,
): Promise<MunicipalityImportResult> {
  const parsed = municipalityFileSchema.safeParse(input);
  if (!parsed.success) throw importRefused(source, zodDetails(parsed.error));
  const file = parsed.data;
  const problems = templateProblems(file);
  if (problems.length > 0) throw importRefused(source, problems);
  const wanted = normalizeSettings({
    ...file,
    documentTemplates: file.documentTemplates.map((t) => ({ ...t, chapters: sanitizeChapters(t.chapters) })),
  });

  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const named = await lockMunicipalitiesNamed(tx, file.municipality.name);
    if (named.length > 1)
      throw new AppError('CONFLICT', `Det finns flera kommuner som heter ”${file.municipality.name}”.`);
    const existing = named[0];
    const changed: string[] = [];
    let municipality: Municipality;
    if (!existing) {
      municipality = await insertMunicipality(tx, now, null, file.municipality);
    } else {
      municipality = presentMunicipality(existing);
      const { shortName, koladaId, validFrom } = file.municipality;
      if (
        existing.shortName !== shortName ||
        existing.koladaId !== koladaId ||
        existing.validFrom !== validFrom
      ) {
        const [row] = await tx
          .update(municipalities)
          .set({ shortName, koladaId, validFrom, version: existing.version + 1, updatedAt: now })
          .where(eq(municipalities.id, existing.id))
          .returning();
        if (!row) throw new AppError('INTERNAL', 'Kommunen kunde inte sparas.');
        await recordAudit(tx, {
          actor: { municipalityId: row.id, userId: null },
          at: now,
          action: 'update',
          entityType: 'municipality',
          entityId: row.id,
          before: municipality,
          after: presentMunicipality(row),
        });
        municipality = presentMunicipality(row);
        changed.push('municipality');
      }
    }

    const stored = await readMunicipalitySettings(tx, municipality.id);
    const differing = sections.filter(
      (section) => JSON.stringify(stored[section]) !== JSON.stringify(wanted[section]),
    );
    const refusals = await removalProblems(tx, municipality.id, stored, wanted);
    if (refusals.length > 0) throw importRefused(source, refusals);
    for (const section of differing) await writeSection(tx, municipality.id, section, wanted, now);
    if (differing.length > 0) {
      const pick = (settings: typeof stored) =>
        Object.fromEntries(differing.map((section) => [section, settings[section]]));
      await recordAudit(tx, {
        actor: { municipalityId: municipality.id, userId: null },
        at: now,
        action: 'update',
        entityType: 'municipality_settings',
        entityId: municipality.id,
        before: pick(stored),
        after: pick(wanted),
      });
    }
    return { municipality, created: !existing, changed: [...changed, ...differing] };
  });
}
