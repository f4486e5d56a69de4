import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { municipalities } from '../db/schema/index.ts';
import { stableId } from '../db/stable-ids.ts';
import type { Actor, Deps } from '../deps.ts';
import { importCommitteeYear } from '../modules/interchange/index.ts';
import { importMunicipalitySettings } from '../modules/municipalities/index.ts';
import { createOrgNode } from '../modules/org/index.ts';
import { createUser, grantRole } from '../modules/users/index.ts';
import {
  type DemoNode,
  demoAccounts,
  demoCommitteeYears,
  demoOrganisation,
  demoPassword,
} from './demo-data.ts';
import { ekmarkAccounts, loadEkmarkDemo } from './ekmark-demo.ts';

export async function isDatabaseEmpty(deps: Deps): Promise<boolean> {
  const rows = await deps.db.select({ id: municipalities.id }).from(municipalities).limit(1);
  return rows.length === 0;
}

/** Creates the demo municipality, its organisation and one account per role. Refuses a database that holds data. */
export async function loadDemo(deps: Deps): Promise<{ municipalityId: string }> {
  if (!(await isDatabaseEmpty(deps)))
    throw new Error('Databasen innehåller redan data; demodata läses bara in i en tom databas.');
  // The municipality's own model (kinds of unit, follow-ups, scales, economy lines) comes in as its settings file.
  const settings = JSON.parse(await readFile(join(import.meta.dirname, 'municipality.json'), 'utf8'));
  const { municipality } = await importMunicipalitySettings(deps, 'municipality.json', settings);
  const actor: Actor = { municipalityId: municipality.id, userId: null };
  const ids = new Map<string, string>();
  // Nodes under a committee get the ids the open format gives its units, so the
  // committee-year files can name them (as owners of activities) by key.
  const create = async (node: DemoNode, parentId: string | null, sortOrder: number, committeeId?: string) => {
    const input = {
      parentId,
      kind: node.kind,
      name: node.name,
      shortName: node.shortName ?? null,
      validFrom: node.validFrom,
      sortOrder,
    };
    const id = committeeId ? stableId(municipality.id, committeeId, 'unit', node.key) : undefined;
    const created = await createOrgNode(deps, actor, input, id);
    ids.set(node.key, created.id);
    const childrensCommittee = committeeId ?? (node.kind === 'committee' ? created.id : undefined);
    for (const [index, child] of (node.children ?? []).entries()) {
      await create(child, created.id, index, childrensCommittee);
    }
  };
  for (const [index, node] of demoOrganisation.entries()) await create(node, null, index);
  for (const account of demoAccounts) {
    const user = await createUser(deps, actor, {
      email: account.email,
      displayName: account.displayName,
      password: demoPassword,
    });
    for (const grant of account.grants) {
      await grantRole(deps, actor, user.id, {
        role: grant.role,
        nodeId: grant.nodeKey ? (ids.get(grant.nodeKey) ?? null) : null,
      });
    }
  }
  // The plans and reports come in through the open format, as any municipality's own data would.
  for (const file of demoCommitteeYears) {
    const raw = JSON.parse(await readFile(join(import.meta.dirname, 'committee-years', file), 'utf8'));
    await importCommitteeYear(deps, raw, {
      source: file,
      actor: null,
      municipalityId: municipality.id,
    });
  }
  await loadEkmarkDemo(deps);
  return { municipalityId: municipality.id };
}

export function demoSignInText(): string {
  const lines = [...demoAccounts, ...ekmarkAccounts].map(
    (account) => `  ${account.email.padEnd(30)} ${account.description}`,
  );
  return [`Demokonton (lösenord för alla: ${demoPassword}):`, ...lines].join('\n');
}
