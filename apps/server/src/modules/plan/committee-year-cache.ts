import { committeeYearViewSchema } from '@styr/shared/contracts/plan';
import type { Db } from '../../db/executor.ts';
import { readRevision } from '../../db/revision.ts';
import type { Deps } from '../../deps.ts';
import type { ExportScope } from './committee-year.queries.ts';
import { getCommitteeYearView } from './committee-year.service.ts';

/** Enough for every committee-year people open in a busy hour; the oldest read goes first. */
const CAPACITY = 500;

interface Entry {
  revision: number;
  /** The view checked against its schema and serialized once, as the response body. */
  json: string;
}

const caches = new WeakMap<Db, Map<string, Entry>>();

/**
 * The committee-year view as its JSON body, built once per revision of the municipality's data. The view is the same for every
 * reader and builds from sixteen queries; the revision is one. Read before the view, the revision can only
 * be older than what the view shows, so a write committing in between makes the next request build anew.
 */
export async function cachedCommitteeYearView(deps: Deps, scope: ExportScope): Promise<string> {
  const cache = caches.get(deps.db) ?? new Map<string, Entry>();
  caches.set(deps.db, cache);
  const key = `${scope.municipalityId}:${scope.committeeId}:${scope.year}`;
  const revision = await readRevision(deps.db, scope.municipalityId);
  const hit = cache.get(key);
  if (hit && revision !== null && hit.revision === revision) {
    cache.delete(key);
    cache.set(key, hit);
    return hit.json;
  }
  const json = JSON.stringify(committeeYearViewSchema.parse(await getCommitteeYearView(deps, scope)));
  if (revision === null) return json;
  cache.delete(key);
  cache.set(key, { revision, json });
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
  return json;
}
