import { beforeEach, describe, expect, it } from 'vitest';
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

beforeEach(async () => {
  context = await createSignedInTenant();
  await importTenantYear(context.deps, context.tenant);
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
});

const templatesUrl = () => `${context.base}/document-templates`;
const get = (session: Session, url: string) => call(context.app, session, { method: 'GET', url });
const versionOf = async (kind: string) =>
  (await get(context.admin, templatesUrl())).json().find((entry: { kind: string }) => entry.kind === kind)
    .version;
const goalsChapter = (indicatorTable: unknown) => ({
  key: 'mal',
  title: 'Nämndspecifika mål',
  section: { kind: 'goals', goalKinds: ['kfCommittee'], indicatorTable },
  pageBreakBefore: false,
  appendix: false,
  children: [],
});
const saveTemplate = async (chapters: unknown[]) =>
  call(context.app, context.admin, {
    method: 'PUT',
    url: templatesUrl(),
    payload: { kind: 'arsrapport', version: await versionOf('arsrapport'), chapters },
  });
/** The preview's text, tags dropped and thousands separated by plain spaces, as a reader sees it. */
const previewText = async () => {
  const response = await get(controller, `${yearUrl}/documents/arsrapport/render/html`);
  expect(response.statusCode, response.body).toBe(200);
  return response.body
    .replace(/<[^>]+>/g, '\n')
    .replace(/[\u00a0\u202f]/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
};

describe('table options in a template', () => {
  it('prints the indicator table with the columns, order, labels and unit place the template chose', async () => {
    const before = await previewText();
    expect(before).toContain('Mått/Indikator\nUtfall 2020\nUtfall 2021\nUtfall 2022\nMålvärde 2022');

    const saved = await saveTemplate([
      goalsChapter({
        columns: [
          { kind: 'name', label: 'Nyckeltal' },
          { kind: 'outcome', year: 0, label: 'Resultat {year}' },
          { kind: 'outcome', year: -1 },
          { kind: 'target' },
          { kind: 'status', show: 'text' },
          { kind: 'change', from: -1 },
        ],
        unit: 'column',
      }),
    ]);
    expect(saved.statusCode, saved.body).toBe(200);
    // Saved as written: nothing added or dropped, so the template reads back the same.
    expect(saved.json().chapters[0].section.indicatorTable.unit).toBe('column');

    const text = await previewText();
    expect(text).toContain(
      'Nyckeltal\nEnhet\nResultat 2022\nUtfall 2021\nMålvärde 2022\nStatus\nFörändring\n' +
        'Snittkostnad per hushåll i behov av försörjningsstöd (tkr)\ntkr\n9,42\n8,93\n8,90\nEj uppnått\n+0,49\n' +
        'Antal barn i pågående ärenden totalt under perioden\nantal\n2 650\n2 871\n–\nSaknar målvärde\n−221',
    );
    expect(text).not.toContain('Utfall 2020');
  });

  it('refuses an option it does not know with a Swedish message naming its path, and saves nothing', async () => {
    const version = await versionOf('arsrapport');
    const refused = await saveTemplate([
      goalsChapter({ columns: [{ kind: 'name' }, { kind: 'outcome', year: 9 }] }),
    ]);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      {
        path: 'body.chapters.0.section.indicatorTable.columns.1.year',
        message: 'Året får ligga högst fem år efter dokumentets',
      },
    ]);
    expect(await versionOf('arsrapport')).toBe(version);
  });

  it('warns in the template check about a follow-up point the municipality does not have', async () => {
    const file = (await get(context.admin, `${context.base}/document-template-file?kind=arsrapport`)).json();
    const checked = await call(context.app, context.admin, {
      method: 'POST',
      url: `${context.base}/document-template-check`,
      payload: {
        ...file,
        chapters: [
          goalsChapter({ columns: [{ kind: 'name' }, { kind: 'followUp', point: 'oktober' }] }),
          ...file.chapters.filter((chapter: { key: string }) => chapter.key !== 'mal'),
        ],
      },
    });
    expect(checked.statusCode, checked.body).toBe(200);
    expect(checked.json().errors).toEqual([]);
    expect(checked.json().warnings).toContainEqual({
      path: 'chapters[0].section.indicatorTable.columns[1].point',
      message:
        'Kapitlet ”Nämndspecifika mål” visar utfallet vid uppföljningen ”oktober”, som kommunen inte har; kända uppföljningar: april, augusti, arsrapport',
    });
  });
});
