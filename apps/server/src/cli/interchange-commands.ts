import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { and, eq, or } from 'drizzle-orm';
import { orgNodes } from '../db/schema/index.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { exportCommitteeYear, importCommitteeYear } from '../modules/interchange/index.ts';
import { type DatabaseOptions, withContext } from './context.ts';

/** Reads a committee's year from a file; on any problem nothing is saved and every problem is listed with its path. */
export const runImport = (file: string, options: DatabaseOptions) =>
  withContext(options, async ({ deps }) => {
    const source = basename(file);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(
        `${source}: filen är inte läsbar JSON (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    try {
      const summary = await importCommitteeYear(deps, raw, {
        source,
        actorUserId: null,
        municipalityId: null,
      });
      const { counts } = summary;
      console.log(
        `${source}: inläst för ${summary.year}: ${counts.goalAreas} målområden, ${counts.goals} mål, ${counts.indicators} indikatorer med ${counts.values} värden, ${counts.assignments} uppdrag, ${counts.assessments} bedömningar.`,
      );
    } catch (error) {
      if (error instanceof AppError && error.details) {
        const lines = error.details.map((detail) => `  ${source}: ${detail.path}: ${detail.message}`);
        throw new Error(`${source} kunde inte läsas in; inget har sparats.\n${lines.join('\n')}`);
      }
      throw error;
    }
  });

/** A committee named by name, short name or id; a name that two committees share must be given as an id. */
export async function findCommitteeByReference(deps: Deps, reference: string) {
  const byId = /^[0-9a-f-]{36}$/i.test(reference) ? eq(orgNodes.id, reference) : undefined;
  const matches = await deps.db
    .select({ id: orgNodes.id, municipalityId: orgNodes.municipalityId })
    .from(orgNodes)
    .where(
      and(
        eq(orgNodes.kind, 'committee'),
        or(byId, eq(orgNodes.name, reference), eq(orgNodes.shortName, reference)),
      ),
    );
  const [match] = matches;
  if (!match || matches.length > 1) {
    throw new Error(
      matches.length === 0
        ? `ingen nämnd heter "${reference}"`
        : `flera nämnder heter "${reference}"; ange id`,
    );
  }
  return match;
}

export const runExport = (options: DatabaseOptions & { committee: string; year: number; out?: string }) =>
  withContext(options, async ({ deps }) => {
    const match = await findCommitteeByReference(deps, options.committee);
    const document = await exportCommitteeYear(deps, {
      municipalityId: match.municipalityId,
      committeeId: match.id,
      year: options.year,
    });
    const json = `${JSON.stringify(document, null, 2)}\n`;
    if (options.out) {
      await writeFile(options.out, json);
      console.error(`Exporterat till ${options.out}.`);
    } else {
      process.stdout.write(json);
    }
  });
