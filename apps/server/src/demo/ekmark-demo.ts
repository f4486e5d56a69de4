import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Role } from '@styr/shared/contracts/auth';
import { and, eq } from 'drizzle-orm';
import { orgNodes } from '../db/schema/index.ts';
import type { Actor, Deps } from '../deps.ts';
import { setLogo } from '../modules/documents/index.ts';
import { importCommitteeYear } from '../modules/interchange/index.ts';
import { importMunicipalitySettings } from '../modules/municipalities/index.ts';
import { createUser, grantRole } from '../modules/users/index.ts';
import { type DemoAccount, demoPassword } from './demo-data.ts';

/**
 * Ekmarks kommun, invented, steers differently from Göteborg in every part of its model: its own kinds of unit,
 * follow-ups and scales (one with an assessment in words only), council goals above committee goals, one sector
 * serving two committees, labelled assignments. It comes in only through its files, as a new municipality would.
 */
const folder = join(import.meta.dirname, 'ekmark');

/** Its committee years, in the order they must load: the sector's own committee before the one it serves. */
export const ekmarkCommitteeYears = ['vard-och-omsorg-2025.json', 'socialnamnden-2025.json'];

export const ekmarkAccounts: (Omit<DemoAccount, 'grants'> & {
  grants: { role: Role; committee: string | null }[];
})[] = [
  {
    email: 'admin@ekmark.example',
    displayName: 'Elin Ek',
    grants: [{ role: 'admin', committee: null }],
    description: 'administratör för Ekmarks kommun (påhittad)',
  },
  {
    email: 'controller@ekmark.example',
    displayName: 'Erik Ekman',
    grants: [
      { role: 'controller', committee: 'Vård- och omsorgsnämnden' },
      { role: 'controller', committee: 'Socialnämnden' },
    ],
    description: 'controller för Ekmarks två nämnder',
  },
];

/** What Ekmark's logo shows, for whoever does not see it. */
export const ekmarkLogoAlt = 'Ekmarks kommuns logotyp: en ek på en blå linje';

const readJson = async (...path: string[]) => JSON.parse(await readFile(join(folder, ...path), 'utf8'));

export async function loadEkmarkDemo(deps: Deps): Promise<{ municipalityId: string }> {
  const { municipality } = await importMunicipalitySettings(
    deps,
    'municipality.json',
    await readJson('municipality.json'),
  );
  // The logo its årsrapport's title page prints, uploaded as a municipality's administrator would.
  await setLogo(deps, { municipalityId: municipality.id, userId: null }, municipality.id, {
    version: null,
    image: (await readFile(join(folder, 'logo.png'))).toString('base64'),
    alt: ekmarkLogoAlt,
  });
  for (const file of ekmarkCommitteeYears)
    await importCommitteeYear(deps, await readJson('committee-years', file), {
      source: file,
      actor: null,
      municipalityId: municipality.id,
    });
  const actor: Actor = { municipalityId: municipality.id, userId: null };
  const committeeNamed = async (name: string) => {
    const [row] = await deps.db
      .select({ id: orgNodes.id })
      .from(orgNodes)
      .where(and(eq(orgNodes.municipalityId, municipality.id), eq(orgNodes.name, name)));
    if (!row) throw new Error(`Ekmarks demo saknar nämnden ${name}`);
    return row.id;
  };
  for (const account of ekmarkAccounts) {
    const user = await createUser(deps, actor, {
      email: account.email,
      displayName: account.displayName,
      password: demoPassword,
    });
    for (const grant of account.grants)
      await grantRole(deps, actor, user.id, {
        role: grant.role,
        nodeId: grant.committee ? await committeeNamed(grant.committee) : null,
      });
  }
  return { municipalityId: municipality.id };
}
