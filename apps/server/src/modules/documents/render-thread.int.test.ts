import { beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  createTestApp,
  importTenantYear,
  type Session,
  signInAs,
} from '../../../../../test/harness.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let yearUrl: string;

beforeAll(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

const get = (url: string, session = controller, app = context.app) =>
  call(app, session, { method: 'GET', url });

/** A chapter text as long as one may be: many pages of paragraphs. */
const longText = Array.from(
  { length: 140 },
  (_, index) =>
    `<p>Stycke ${index + 1}. ${'Nämnden följer upp verksamheten och rapporterar resultatet. '.repeat(5)}</p>`,
).join('');

/** The longest time the event loop went without running a timer while the work ran, in milliseconds. */
async function longestPause(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  };
  const ticker = setInterval(tick, 1);
  await work();
  clearInterval(ticker);
  tick();
  return longest;
}

describe('rendering in a thread of its own', () => {
  it('keeps the event loop turning while a long PDF renders', async () => {
    for (const chapter of ['sammanfattning', 'hr-analys', 'arets-utfall', 'kvalitetsledning', 'lex-sarah']) {
      const written = await call(context.app, controller, {
        method: 'PUT',
        url: `${yearUrl}/documents/arsrapport/texts/${chapter}`,
        payload: { text: longText },
      });
      expect(written.statusCode, written.body).toBe(200);
    }
    const url = `${yearUrl}/documents/arsrapport/render/pdf`;
    // The first rendering loads the renderer and its fonts.
    expect((await get(url)).statusCode).toBe(200);
    // Rendered on the event loop, the PDF stopped it for most of the request. Reading the year still runs on it
    // (all of it with PGlite, which runs in this thread), so the bound is a share of the request's time; the
    // best of three runs keeps a busy machine's hiccups out.
    const shares: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const pause = await longestPause(async () => expect((await get(url)).statusCode).toBe(200));
      shares.push(pause / (performance.now() - started));
    }
    expect(Math.min(...shares)).toBeLessThan(0.5);
  });

  it('stops a rendering past RENDER_TIMEOUT_MS with a Swedish answer, and renders again after', async () => {
    const hurried = await createTestApp({ env: { RENDER_TIMEOUT_MS: '1' } });
    const session = await signInAs(hurried.app, context.tenant.users.controller.email);
    for (const format of ['pdf', 'docx']) {
      const refused = await get(
        `${yearUrl}/documents/verksamhetsplan/render/${format}`,
        session,
        hurried.app,
      );
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error).toEqual({
        code: 'UNPROCESSABLE',
        message:
          'Dokumentet kunde inte framställas inom tidsgränsen på 1 sekunder och avbröts. Korta texterna eller ta ' +
          'bort kapitel ur mallen, eller be administratören höja gränsen.',
      });
    }
    await hurried.app.close();
    const rendered = await get(`${yearUrl}/documents/verksamhetsplan/render/pdf`);
    expect(rendered.statusCode).toBe(200);
    expect(rendered.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
