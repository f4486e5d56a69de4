import { isDeepStrictEqual } from 'node:util';
import type { CommitteeYearInput } from '@styr/shared/contracts/interchange';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportCommitteeYear } from '../apps/server/src/modules/interchange/export.service.ts';
import { economyFixture } from './fixtures/economy.ts';
import { call, createSignedInTenant, type Session, signInAs, tenantYearDocument } from './harness.ts';
import { apiVariants, forbiddenMarkup, plainPayloads, scriptPayloads } from './hostile-api-cases.ts';
import { apiTargets } from './hostile-api-targets.ts';
import { type HostileRequest, hostileImportCases } from './hostile-cases.ts';
import { hostileSpreadsheetCases } from './hostile-spreadsheet-cases.ts';
import { tenantDigest } from './tenant-digest.ts';

/**
 * Reliability under bad input: hundreds of generated malformed or hostile import files and API bodies. Each
 * must be refused with a 4xx and a Swedish message, or stored in a safe form; never a 500, and a refused
 * write leaves no trace. The cases run in a few tests on one tenant, each failure naming its case.
 */
let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let baseDocument: CommitteeYearInput;

const english = /\b(the|expected|invalid|must|received|unexpected|error|request|body)\b/i;
const swedish = /[åäö]|\b(och|inte|ska|kunde|finns|saknas|fel|ogiltig|begäran|filen|nyckeln)\b/i;

/** Why a response breaks the rules, or null: below 500, and a 4xx carries a Swedish message and details. */
function responseProblem(response: LightMyRequestResponse): string | null {
  if (response.statusCode >= 500) return `svarade ${response.statusCode}: ${response.body.slice(0, 300)}`;
  if (response.statusCode < 400) return null;
  let body: { error?: { message?: unknown; details?: { path: string; message: string }[] } };
  try {
    body = response.json();
  } catch {
    return `${response.statusCode} utan JSON: ${response.body.slice(0, 200)}`;
  }
  const message = body.error?.message;
  if (typeof message !== 'string' || !swedish.test(message) || english.test(message))
    return `${response.statusCode} utan svenskt meddelande: ${JSON.stringify(body).slice(0, 300)}`;
  for (const detail of body.error?.details ?? []) {
    if (typeof detail.path !== 'string' || english.test(detail.message))
      return `${response.statusCode} med en detalj utan sökväg eller på engelska: ${JSON.stringify(detail)}`;
  }
  return null;
}

function send(session: Session, method: 'POST' | 'PUT' | 'PATCH', url: string, request: HostileRequest) {
  const raw = typeof request.payload === 'string' || Buffer.isBuffer(request.payload);
  const contentType = raw ? request.contentType : 'application/json';
  return context.app.inject({
    method,
    url,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      ...(contentType && { 'content-type': contentType }),
    },
    payload: raw ? (request.payload as string | Buffer) : JSON.stringify(request.payload),
  });
}

beforeAll(async () => {
  context = await createSignedInTenant();
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  baseDocument = tenantYearDocument(context.tenant);
  baseDocument.documents = [{ document: 'arsrapport', status: 'review' }];
  baseDocument.economy = economyFixture();
  baseDocument.risks = [
    {
      key: 'utbetalningar',
      node: 'mottagning',
      area: 'oegentligheter',
      title: 'Felaktiga utbetalningar',
      probability: 2,
      consequence: 4,
      goals: ['bidragsberoende'],
      selected: true,
      selectionReason: 'Revisionens iakttagelse',
      toControlPlan: true,
      controls: [
        { key: 'stickprov', what: 'Stickprov', result: { performedOn: '2022-10-15', deviations: 1 } },
      ],
    },
  ];
  baseDocument.actionPlans = [
    {
      key: 'folkhalsa',
      title: 'Handlingsplan folkhälsa',
      partner: 'Hälso- och sjukvårdsnämnden',
      periodFrom: '2022-01-01',
      periodTo: '2024-12-31',
      funders: [{ key: 'sn', name: 'Socialnämnden' }],
      focusAreas: [
        {
          key: 'psykisk-halsa',
          title: 'Öka den psykiska hälsan',
          strategies: [
            {
              key: 'kunskap',
              title: 'Kunskapsutveckling',
              actions: [
                {
                  key: 'mhfa',
                  what: 'Utbildning',
                  followUps: [{ followUp: 'arsrapport', status: 'ongoing' }],
                },
              ],
            },
          ],
        },
      ],
      budget: [{ key: 'ledare', label: 'Utvecklingsledare', amounts: { sn: '700000' } }],
    },
  ];
  const imported = await send(controller, 'POST', `${context.base}/import`, {
    name: 'grund',
    payload: baseDocument,
  });
  if (imported.statusCode !== 200) throw new Error(`the base document did not import: ${imported.body}`);
});

const scope = () => ({
  municipalityId: context.tenant.municipalityId,
  committeeId: context.tenant.nodes.committee,
  year: 2022,
});

describe('hostile import files', () => {
  it('refuses each with a Swedish message or stores it safely, never a 500 and never partial data', async () => {
    const cases = hostileImportCases(baseDocument);
    const failures: string[] = [];
    const exported = await exportCommitteeYear(context.deps, scope());
    let before = await tenantDigest(context.deps, context.tenant.municipalityId);
    for (const hostile of cases) {
      const response = await send(controller, 'POST', `${context.base}/import`, hostile);
      const problem = responseProblem(response);
      if (problem) failures.push(`${hostile.name}: ${problem}`);
      const refusal = response.statusCode === 400 ? response.json().error : null;
      // A file that parsed but breaks the format names where, as a JSON path.
      if (refusal?.message.startsWith('Filen') && !refusal.details?.[0]?.path)
        failures.push(`${hostile.name}: avvisades utan sökväg till felet`);
      if (response.statusCode >= 400) {
        if (!isDeepStrictEqual(await tenantDigest(context.deps, context.tenant.municipalityId), before))
          failures.push(`${hostile.name}: ett avvisat dokument ändrade databasen`);
      } else {
        // An accepted variant is stored in a safe form; the next case is compared with what it left.
        before = await tenantDigest(context.deps, context.tenant.municipalityId);
      }
    }
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await send(controller, 'POST', `${context.base}/import`, { name: 'grund', payload: baseDocument });
    expect(await exportCommitteeYear(context.deps, scope())).toEqual(exported);
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });
});

describe('hostile API bodies', () => {
  it('answers each write with a 4xx and a Swedish message or stores it safely, never a 500', async () => {
    const sessions = { controller, admin: context.admin };
    const failures: string[] = [];
    let count = 0;
    for (const [index, target] of apiTargets(context.app, context.tenant, sessions).entries()) {
      let valid = await target.prepare();
      const variants = apiVariants(valid.body, index);
      for (const variant of variants) {
        const response = await send(sessions[target.as], target.method, valid.url, variant);
        const problem = responseProblem(response);
        if (problem) failures.push(`${target.name}, ${variant.name}: ${problem}`);
        // A stored variant moved the version on; the next one starts from the object as it is now.
        if (response.statusCode < 400) valid = await target.prepare();
      }
      count += variants.length;
      for (const [field, payloads, check] of [
        // Every script payload on the goal's plan text; four of them in turn on the other rich texts.
        ...(target.richText ?? []).map(
          (field) =>
            [
              field,
              index === 0
                ? scriptPayloads
                : [0, 1, 2, 3].map((n) => scriptPayloads[(index + n) % scriptPayloads.length] as string),
              'rich',
            ] as const,
        ),
        ...(target.plainText ?? []).map((field) => [field, plainPayloads, 'plain'] as const),
      ]) {
        for (const payload of payloads) {
          count++;
          valid = await target.prepare();
          const name = `${target.name}, ${field} = ${payload}`;
          const response = await send(sessions[target.as], target.method, valid.url, {
            name,
            payload: { ...valid.body, [field]: payload },
          });
          if (response.statusCode >= 300) {
            failures.push(`${name}: svarade ${response.statusCode} ${response.body.slice(0, 200)}`);
            continue;
          }
          const stored = await target.read?.(valid.url, field);
          // A text with nothing left to read once the script is gone is stored as no text at all.
          if (
            check === 'rich' &&
            stored !== null &&
            (typeof stored !== 'string' || forbiddenMarkup.test(stored))
          )
            failures.push(`${name}: sparades som ${JSON.stringify(stored)}`);
          if (check === 'plain' && stored !== payload)
            failures.push(`${name}: sparades som ${JSON.stringify(stored)}, inte som texten`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(count).toBeGreaterThanOrEqual(150);
  });
});

describe('hostile spreadsheets', () => {
  it('never evaluates formula-like text, reads numbers as numbers, and refuses broken files whole', async () => {
    const economyUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022/economy`;
    const intakter = async () =>
      (await call(context.app, controller, { method: 'GET', url: economyUrl }))
        .json()
        .statement.amounts.find(
          (amount: { line: string; year: number; column: string }) =>
            amount.line === 'intakter' && amount.year === 2022 && amount.column === 'actual',
        )?.amount;
    const cases = await hostileSpreadsheetCases();
    const failures: string[] = [];
    let before = await tenantDigest(context.deps, context.tenant.municipalityId);
    for (const hostile of cases) {
      const request = { ...hostile, payload: { ...hostile.payload, dryRun: !hostile.reads } };
      const response = await send(controller, 'POST', `${economyUrl}/spreadsheets/import`, request);
      const problem = responseProblem(response);
      if (problem) failures.push(`${hostile.name}: ${problem}`);
      if (hostile.refuse && response.statusCode !== 400)
        failures.push(`${hostile.name}: lästes in (${response.statusCode}) i stället för att avvisas`);
      if (hostile.reads) {
        const stored = await intakter();
        if (response.statusCode !== 200 || stored !== hostile.reads)
          failures.push(
            `${hostile.name}: ${response.statusCode}, sparades som ${stored}, inte ${hostile.reads}`,
          );
        before = await tenantDigest(context.deps, context.tenant.municipalityId);
      } else if (
        !isDeepStrictEqual(await tenantDigest(context.deps, context.tenant.municipalityId), before)
      ) {
        failures.push(`${hostile.name}: databasen ändrades utan att något skulle sparas`);
      }
    }
    expect(failures).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it('writes stored text that starts like a formula so that Excel shows it as text', async () => {
    const economyUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022/economy`;
    const document = structuredClone(baseDocument);
    const formulas = ['=1+1', '+46 31 00', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];
    document.economy = {
      ...economyFixture(),
      stateGrants: formulas.map((text, index) => ({
        name: `${text} bidrag`,
        amount: '1000',
        code: `${text}${index}`,
        grantor: text,
      })),
      centralItems: formulas.map((text) => ({ name: `${text} post`, actual: '1000', budget: '2000' })),
    };
    const imported = await send(controller, 'POST', `${context.base}/import`, {
      name: 'formler',
      payload: document,
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const unsafe: string[] = [];
    for (const table of ['stateGrants', 'centralItems', 'departments', 'statement']) {
      const response = await call(context.app, controller, {
        method: 'GET',
        url: `${economyUrl}/export/${table}`,
      });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.formula || (typeof cell.value === 'string' && /^[=+\-@\t\r]/.test(cell.value)))
              unsafe.push(`${table} ${cell.address}: ${JSON.stringify(cell.value)}`);
          }),
        ),
      );
    }
    expect(unsafe).toEqual([]);
    await send(controller, 'POST', `${context.base}/import`, { name: 'grund', payload: baseDocument });
  });
});
