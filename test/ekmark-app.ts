import { and, eq } from 'drizzle-orm';
import { buildApp } from '../apps/server/src/app.ts';
import { orgNodes } from '../apps/server/src/db/schema/index.ts';
import { demoPassword } from '../apps/server/src/demo/demo-data.ts';
import { loadEkmarkDemo } from '../apps/server/src/demo/ekmark-demo.ts';
import { call, depsFor, freshDatabase, signInAs } from './harness.ts';

/**
 * The Ekmark demo in a database of its own, signed in as its controller: the demo's ids and accounts are fixed, so
 * a second load into the shared test database would meet the first.
 */
export async function ekmarkApp() {
  const database = await freshDatabase();
  const deps = depsFor(database);
  const app = await buildApp(deps);
  await app.ready();
  const { municipalityId } = await loadEkmarkDemo(deps);
  const controller = await signInAs(app, 'controller@ekmark.example', demoPassword);
  const committeeId = async (name: string) => {
    const [row] = await deps.db
      .select({ id: orgNodes.id })
      .from(orgNodes)
      .where(and(eq(orgNodes.municipalityId, municipalityId), eq(orgNodes.name, name)));
    if (!row) throw new Error(`Ekmark has no committee ${name}`);
    return row.id;
  };
  /** A committee's document for 2025 as the controller downloads it. */
  const renderDocument = async (committee: string, kind: string, format: 'pdf' | 'docx' | 'html') => {
    const url = `/api/municipalities/${municipalityId}/committees/${await committeeId(committee)}/years/2025/documents/${kind}/render/${format}`;
    const response = await call(app, controller, { method: 'GET', url });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.rawPayload;
  };
  const close = async () => {
    await app.close();
    await database.close();
  };
  return { app, deps, municipalityId, controller, committeeId, renderDocument, close };
}
