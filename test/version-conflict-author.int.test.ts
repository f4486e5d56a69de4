import { beforeAll, describe, expect, it } from 'vitest';
import { call, createSignedInTenant, type Session } from './harness.ts';

/** A stale save is answered with who saved the newer version and when, whichever object it concerns. */
let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let nodeUrl: string;

beforeAll(async () => {
  context = await createSignedInTenant();
  const created = await call(context.app, context.admin, {
    method: 'POST',
    url: `${context.base}/org-nodes`,
    payload: {
      parentId: context.tenant.nodes.department,
      kind: 'unit',
      name: 'Enhet Väster',
      validFrom: '2022-01-01',
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  nodeUrl = `${context.base}/org-nodes/${created.json().id}`;
});

const rename = (session: Session, name: string, version: number) =>
  call(context.app, session, { method: 'PATCH', url: nodeUrl, payload: { version, name } });

describe('a version conflict names who saved in between', () => {
  it('answers a stale save with the stored object, the name of the person who saved it and when', async () => {
    const saved = await rename(context.admin, 'Enhet Väst', 1);
    expect(saved.statusCode, saved.body).toBe(200);

    const stale = await rename(context.admin, 'Enhet Västra', 1);
    expect(stale.statusCode).toBe(409);
    const body = stale.json();
    expect(body).toMatchObject({
      error: { code: 'VERSION_CONFLICT' },
      current: { name: 'Enhet Väst', version: 2 },
      changedBy: { name: 'Test admin' },
    });
    expect(Date.parse(body.changedBy.at)).not.toBeNaN();
  });
});
