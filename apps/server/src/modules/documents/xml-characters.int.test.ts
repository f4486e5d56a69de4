import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxPart } from '../../../../../test/docx-parts.ts';
import {
  call,
  createSignedInTenant,
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

const get = (url: string) => call(context.app, controller, { method: 'GET', url });

describe('characters XML forbids', () => {
  it('leaves them out of the Word file, which stays well-formed XML', async () => {
    const view = (await get(yearUrl)).json();
    const goal = view.goals[0];
    const updated = await call(context.app, controller, {
      method: 'PATCH',
      url: `${yearUrl}/goals/${goal.id}`,
      payload: {
        version: goal.version,
        title: 'Målet\uFFFE med\u0001 udda\uFFFF tecken',
        planText: 'Planen\u000B med\u001F styrtecken\u0008.',
      },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    const docx = await get(`${yearUrl}/documents/verksamhetsplan/render/docx`);
    expect(docx.statusCode).toBe(200);
    const xml = docxPart(docx.rawPayload, 'word/document.xml');
    // A strict XML 1.0 parser: it throws on a character XML forbids.
    const parser = new SaxesParser();
    const texts: string[] = [];
    parser.on('text', (text) => texts.push(text));
    parser.write(xml).close();
    const text = texts.join('');
    expect(text).toContain('Målet med udda tecken');
    expect(text).toContain('Planen med styrtecken.');
  });
});
