import { type MunicipalityFile, municipalityFileSchema } from '@styr/shared/contracts/municipality-file';
import type { Municipality } from '@styr/shared/contracts/org';
import { templateProblem } from '@styr/shared/domain/document-templates';
import type { Problem } from '@styr/shared/domain/problem';
import { eq } from 'drizzle-orm';
import { municipalities } from '../../db/schema/index.ts';
import type { Actor, Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { importRefused, zodDetails } from '../../import-errors.ts';
import { sanitizeRichText } from '../../rich-text.ts';
import { recordAudit } from '../audit/index.ts';
import { presentMunicipality } from '../org/index.ts';
import { definitionRemovalProblems, indicatorUnitProblems, unfitAssessments } from '../plan/index.ts';
import {
  normalizeSettings,
  readMunicipalityFile,
  readMunicipalitySettings,
  settingsVersion,
} from './export-settings.service.ts';
import { insertMunicipality, lockMunicipalitiesNamed } from './municipality.service.ts';
import { orgNestingProblems } from './org-nesting.ts';
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
  'orgKinds',
  'indicatorUnits',
  'keyFigureDefinitions',
  'followUpPoints',
  'assessmentScales',
  'riskAreas',
  'riskScale',
  // Tables before lines, which stand in them; lines remove the tables they left.
  'statementTables',
  'statementLines',
  'documentLabels',
  'numberStyle',
  'documentTemplates',
];

/**
 * Reads a `styr/municipality` file: creates the municipality when none has its name, else updates it, and replaces
 * its settings with the file's. All or nothing, and only what differs is written, so importing the same file
 * twice writes nothing the second time. Settings hold for every committee; this is the system's (command
 * line's) write, recorded as such.
 */
export interface SettingsImportOptions {
  /** Who writes; the system (command line) when left out. */
  actor?: Actor;
  /** The municipality the file must be about, when a person brings it in for their own municipality. */
  into?: string;
  /** Checks and compares everything, then writes nothing: what the file would change. */
  dryRun?: boolean;
  /** The settings' version the file was based on (see `settingsVersion`); a newer one refuses the write. */
  basedOn?: string;
}

/** Rolls a trial import back once its result is known. */
class DryRun extends Error {
  readonly result: MunicipalityImportResult;
  constructor(result: MunicipalityImportResult) {
    super('dry run');
    this.result = result;
  }
}

export async function importMunicipalitySettings(
  deps: Deps,
  source: string,
  input: unknown,
  options: SettingsImportOptions = {},
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

  const run = deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const named = await lockMunicipalitiesNamed(tx, file.municipality.name);
    if (named.length > 1)
      throw new AppError('CONFLICT', `Det finns flera kommuner som heter ”${file.municipality.name}”.`);
    const existing = named[0];
    if (options.into !== undefined && existing?.id !== options.into)
      throw importRefused(source, [
        {
          path: 'municipality.name',
          message: 'Filen gäller en annan kommun; namnet ska vara kommunens eget',
        },
      ]);
    const actor = options.actor ?? { municipalityId: existing?.id ?? '', userId: null };
    if (existing && options.basedOn !== undefined) {
      const current = await readMunicipalityFile(tx, existing.id);
      if (settingsVersion(current) !== options.basedOn)
        throw new AppError(
          'VERSION_CONFLICT',
          'Någon annan har ändrat kommunens inställningar sedan du läste dem. Läs in dem på nytt och gör om ändringen.',
          { current: { version: settingsVersion(current), file: current } },
        );
    }
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
          actor: { ...actor, municipalityId: row.id },
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
    const refusals = [
      ...(await orgNestingProblems(tx, municipality.id, wanted.orgKinds)),
      ...(await indicatorUnitProblems(tx, municipality.id, wanted.indicatorUnits, 'indicatorUnits', true)),
      ...(await definitionRemovalProblems(
        tx,
        municipality.id,
        wanted.keyFigureDefinitions,
        'keyFigureDefinitions',
      )),
      ...(await removalProblems(tx, municipality.id, stored, wanted)),
    ];
    if (refusals.length > 0) throw importRefused(source, refusals);
    for (const section of differing) await writeSection(tx, municipality.id, section, wanted, now);
    // Checked against the scales as written, so a level moved between scales or points is judged as it ends up.
    if (differing.includes('assessmentScales')) {
      const unfit = await unfitAssessments(tx, municipality.id, wanted.assessmentScales, 'assessmentScales');
      if (unfit.length > 0) throw importRefused(source, unfit);
    }
    if (differing.length > 0) {
      const pick = (settings: typeof stored) =>
        Object.fromEntries(differing.map((section) => [section, settings[section]]));
      await recordAudit(tx, {
        actor: { ...actor, municipalityId: municipality.id },
        at: now,
        action: 'update',
        entityType: 'municipality_settings',
        entityId: municipality.id,
        before: pick(stored),
        after: pick(wanted),
      });
    }
    const result = { municipality, created: !existing, changed: [...changed, ...differing] };
    if (options.dryRun) throw new DryRun(result);
    return result;
  });
  return run.catch((error: unknown) => {
    if (error instanceof DryRun) return error.result;
    throw error;
  });
}
