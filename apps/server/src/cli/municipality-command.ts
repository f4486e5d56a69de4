import { isoDateSchema } from '@styr/shared/contracts/common';
import { z } from 'zod';
import { createMunicipality } from '../modules/municipalities/index.ts';
import { parse } from './arguments.ts';
import { type DatabaseOptions, withContext } from './context.ts';

/** Adds a municipality; its input is checked before the database is opened. */
export async function runMunicipalityAdd(
  options: DatabaseOptions & { name: string; shortName?: string; kolada?: string; validFrom: string },
) {
  const input = {
    name: parse(z.string().trim().min(1, 'namn måste anges').max(200), options.name, '--name'),
    shortName: options.shortName ?? null,
    koladaId: options.kolada
      ? parse(z.string().regex(/^\d{4}$/, 'fyra siffror'), options.kolada, '--kolada')
      : null,
    validFrom: parse(isoDateSchema, options.validFrom, '--valid-from'),
  };
  await withContext(options, async ({ deps }) => {
    const created = await createMunicipality(deps, null, input);
    console.log(`Kommunen ${created.name} skapad med id ${created.id}.`);
  });
}
