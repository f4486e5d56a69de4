import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  createTestApp,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';
import { flatten, readPdf } from '../../../../../test/pdf-text.ts';
import { goals } from '../../db/schema/index.ts';
import { assertMayRewriteYear, lockCommitteeYear } from '../authority/index.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;

beforeEach(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  controller = await signInAs(context.app, context.tenant.users.controller.email);
});

const yearUrl = (year = 2022) => `${context.base}/committees/${context.tenant.nodes.committee}/years/${year}`;
const decision = { date: '2023-02-21', paragraph: '§ 31' };
const get = (url: string) => call(context.app, controller, { method: 'GET', url });
const setStatus = (document: string, payload: Record<string, unknown>, year = 2022, app = context.app) =>
  call(app, controller, { method: 'POST', url: `${yearUrl(year)}/documents/${document}/status`, payload });
const overview = async (kind: string, year = 2022) =>
  (await get(`${yearUrl(year)}/documents/${kind}`)).json();
const toReview = async (document: string, year = 2022) =>
  expect((await setStatus(document, { status: 'review' }, year)).statusCode).toBe(200);
const adopt = (document: string, year = 2022) => setStatus(document, { status: 'adopted', decision }, year);

describe('adopting in order', () => {
  it('refuses the annual report while the plan is not adopted, naming the plan, and takes it after', async () => {
    await toReview('arsrapport');
    const early = await adopt('arsrapport');
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'CONFLICT',
      message: 'Verksamhetsplanen 2022 måste fastställas innan uppföljningen kan fastställas.',
    });
    expect(await overview('arsrapport')).toMatchObject({ status: 'review', snapshots: [] });

    await toReview('plan');
    expect((await adopt('plan')).statusCode).toBe(200);
    const adopted = await adopt('arsrapport');
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect((await overview('arsrapport')).snapshots).toHaveLength(2);
  });
});

describe('the archived files and the frozen data', () => {
  it('leaves the document unadopted with nothing stored when rendering runs past the limit', async () => {
    await toReview('plan');
    const hurried = await createTestApp({ env: { RENDER_TIMEOUT_MS: '1' } });
    const session = await signInAs(hurried.app, context.tenant.users.controller.email);
    const refused = await call(hurried.app, session, {
      method: 'POST',
      url: `${yearUrl()}/documents/plan/status`,
      payload: { status: 'adopted', decision },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toMatch(/^Dokumentet kunde inte framställas inom tidsgränsen/);
    expect(await overview('verksamhetsplan')).toMatchObject({ status: 'review', snapshots: [] });
    await hurried.app.close();

    const adopted = await adopt('plan');
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json()).toMatchObject({ status: 'adopted', decision });
  });

  /** An import's whole-year rewrite as the import does it: the year's lock, the frozen check, then the writes. */
  const rewriteYear = (year: number, title: string, holdMs: number) =>
    context.deps.db.transaction(async (tx) => {
      const scope = {
        municipalityId: context.tenant.municipalityId,
        committeeId: context.tenant.nodes.committee,
        year,
      };
      await lockCommitteeYear(tx, scope);
      const actor = { municipalityId: scope.municipalityId, userId: null };
      await assertMayRewriteYear(tx, actor, { ...scope, permission: 'content.compile' });
      await tx
        .update(goals)
        .set({ title })
        .where(
          and(
            eq(goals.municipalityId, scope.municipalityId),
            eq(goals.committeeId, scope.committeeId),
            eq(goals.year, year),
            eq(goals.key, 'bidragsberoende'),
          ),
        );
      await new Promise((resolve) => setTimeout(resolve, holdMs));
    });

  const titleBefore = 'Målet före omskrivningen';
  const titleAfter = 'Målet efter omskrivningen';

  /** The goal's title as stored now, and the archived plan's text. */
  async function storedAndArchived(year: number) {
    const view = (await get(yearUrl(year))).json();
    const pdf = await get(`${yearUrl(year)}/documents/verksamhetsplan/adopted/pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = flatten((await readPdf(pdf.rawPayload)).pages.map((page) => page.text).join('\n'));
    return { title: view.goals[0].title as string, text };
  }

  async function prepare(year: number) {
    if (year !== 2022) await importTenantYear(context.deps, context.tenant, year);
    await rewriteYear(year, titleBefore, 0);
    await toReview('plan', year);
  }

  it('adopts after a rewrite of the year that began first, archiving the rewritten data', async () => {
    await prepare(2022);
    const rewriting = rewriteYear(2022, titleAfter, 400);
    // The rewrite holds the year while the adoption asks for it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const adopted = await adopt('plan');
    await rewriting;
    expect(adopted.statusCode, adopted.body).toBe(200);
    const { title, text } = await storedAndArchived(2022);
    expect(title).toBe(titleAfter);
    expect(text).toContain(titleAfter);
    expect(text).not.toContain(titleBefore);
  });

  it('keeps a rewrite that comes during an adoption out of the year, or the adoption waits for it', async () => {
    await prepare(2023);
    const adopting = adopt('plan', 2023);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const rewrite = await rewriteYear(2023, titleAfter, 0).then(
      () => 'rewritten',
      (error: { code?: string }) => error.code,
    );
    expect((await adopting).statusCode).toBe(200);
    const { title, text } = await storedAndArchived(2023);
    // Either order is fine; what the archive shows is what the year holds.
    expect(title).toBe(rewrite === 'rewritten' ? titleAfter : titleBefore);
    if (rewrite !== 'rewritten') expect(rewrite).toBe('FROZEN');
    expect(text).toContain(title);
    expect(text).not.toContain(title === titleAfter ? titleBefore : titleAfter);
  });
});
