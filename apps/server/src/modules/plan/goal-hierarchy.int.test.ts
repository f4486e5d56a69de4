import type { CommitteeYearInput } from '@styr/shared/contracts/interchange';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  call,
  createSignedInTenant,
  type Session,
  signInAs,
  tenantYearDocument,
} from '../../../../../test/harness.ts';
import { importCommitteeYear } from '../interchange/import.service.ts';

let context: Awaited<ReturnType<typeof createSignedInTenant>>;
let controller: Session;
let yearUrl: string;

const councilGoal = 'Göteborg ska vara en trygg stad för barn';
const committeeGoal = 'Fler barn ska känna sig trygga i sitt bostadsområde';
const goalWithoutArea = 'Nämnden ska ha en god arbetsmiljö';

/**
 * The tenant's year with a council goal (no goal area) above a committee goal listed before it, a goal with
 * no area, and assignments that serve goals and carry a category and labels.
 */
type YearFile = CommitteeYearInput & Required<Pick<CommitteeYearInput, 'goals' | 'assignments'>>;
function hierarchyYear(): YearFile {
  const document = tenantYearDocument(context.tenant);
  const goals = document.goals ?? [];
  const assignments = document.assignments ?? [];
  goals.unshift({
    key: 'trygga-barn',
    kind: 'committee',
    title: committeeGoal,
    goalArea: 'arbete',
    parent: 'trygg-stad',
  });
  goals.push(
    { key: 'trygg-stad', kind: 'kfActivity', title: councilGoal, goalArea: null },
    { key: 'arbetsmiljo', kind: 'committee', title: goalWithoutArea },
  );
  const [closed, school] = assignments;
  if (!closed || !school) throw new Error('the fixture has two assignments');
  Object.assign(school, {
    goals: ['trygga-barn', 'bidragsberoende'],
    category: 'Samverkan',
    labels: ['trygghet', 'barn'],
  });
  assignments.push({
    key: 'barnfattigdom',
    title: 'Minska barnfattigdomen',
    source: 'budget',
    yearGiven: 2022,
    labels: ['barn'],
    reports: [],
  });
  return { ...document, goals, assignments };
}

const importFile = (document: unknown) =>
  call(context.app, controller, { method: 'POST', url: `${context.base}/import`, payload: document });
const view = async () => (await call(context.app, controller, { method: 'GET', url: yearUrl })).json();
const exported = async (url = yearUrl) =>
  (await call(context.app, controller, { method: 'GET', url: `${url}/export` })).json();
/** The built plan's text, tags dropped, as a reader sees it. */
const planText = async () => {
  const url = `${yearUrl}/documents/verksamhetsplan/render/html`;
  const html = (await call(context.app, controller, { method: 'GET', url })).body;
  return html
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
};

beforeEach(async () => {
  context = await createSignedInTenant();
  controller = await signInAs(context.app, context.tenant.users.controller.email);
  yearUrl = `${context.base}/committees/${context.tenant.nodes.committee}/years/2022`;
  // The system brings the year in, as the command line does, with the file's municipality settings.
  await importCommitteeYear(context.deps, hierarchyYear(), {
    source: 'test',
    actor: null,
    municipalityId: context.tenant.municipalityId,
  });
});

describe('goal hierarchy', () => {
  it('lists every goal in hierarchy order, a committee goal under its council goal, in the view and the export', async () => {
    const year = await view();
    expect(year.goals.map((goal: { title: string; depth: number }) => [goal.title, goal.depth])).toEqual([
      ['Antalet invånare i bidragsberoende ska halveras till 2026.', 0],
      [councilGoal, 0],
      [committeeGoal, 1],
      [goalWithoutArea, 0],
    ]);
    const [bidrag, council, child] = year.goals;
    expect(child).toMatchObject({ parentGoalId: council.id, goalAreaId: year.goalAreas[0].id });
    expect(council.goalAreaId).toBeNull();

    const file = await exported();
    expect(file.goals.map((goal: { key: string; parent: string | null }) => [goal.key, goal.parent])).toEqual(
      [
        ['bidragsberoende', null],
        ['trygg-stad', null],
        ['trygga-barn', 'trygg-stad'],
        ['arbetsmiljo', null],
      ],
    );
    expect(file.assignments.find((entry: { key: string }) => entry.key === 'samverkan-skola')).toMatchObject({
      goals: ['trygga-barn', 'bidragsberoende'],
      category: 'Samverkan',
      labels: ['trygghet', 'barn'],
    });
    const school = year.assignments.find((entry: { key: string }) => entry.key === 'samverkan-skola');
    expect(school.goalIds).toEqual([child.id, bidrag.id]);
  });

  it('imports its own export with nothing changed, goal links, category and labels included', async () => {
    const first = await exported();
    const again = await importFile(first);
    expect(again.statusCode, again.body).toBe(200);
    expect(await exported()).toEqual(first);
  });

  it('prints the goal with no area after the areas, the child goal with the goal it serves, and the goals an assignment serves', async () => {
    const text = await planText();
    const areaChapter = text.indexOf('Arbete och sysselsättning');
    const others = text.indexOf('Övriga mål');
    expect(areaChapter).toBeGreaterThan(-1);
    expect(others).toBeGreaterThan(areaChapter);
    expect(text.indexOf(committeeGoal)).toBeGreaterThan(areaChapter);
    expect(text.indexOf(goalWithoutArea, others)).toBeGreaterThan(others);
    expect(text.indexOf(councilGoal, others)).toBeGreaterThan(others);
    expect(text).toContain(`Bidrar till: ${councilGoal}`);
    expect(text).toContain(
      `Bidrar till: ${committeeGoal}; Antalet invånare i bidragsberoende ska halveras till 2026.`,
    );
  });

  it('refuses a file whose goals form a cycle, naming the path, and saves nothing', async () => {
    const before = await exported();
    const document = hierarchyYear();
    const council = document.goals.find((goal) => goal.key === 'trygg-stad');
    if (!council) throw new Error('the council goal is in the file');
    council.parent = 'trygga-barn';
    council.title = 'Ändrad rubrik som inte får sparas';
    const refused = await importFile(document);
    expect(refused.statusCode).toBe(400);
    const index = document.goals.indexOf(council);
    expect(refused.json().error.details).toContainEqual({
      path: `goals[${index}].parent`,
      message: expect.stringMatching(/bildar en cirkel/),
    });
    const unknown = hierarchyYear();
    unknown.assignments[0] = { ...unknown.assignments[0], goals: ['finns-inte'] } as never;
    const refusedKey = await importFile(unknown);
    expect(refusedKey.json().error.details).toContainEqual({
      path: 'assignments[0].goals[0]',
      message: 'Målet "finns-inte" finns inte i filen',
    });
    expect(await exported()).toEqual(before);
  });

  it('moves a goal under another goal of the year through the API, and refuses a goal beneath it', async () => {
    const [first, council, child, other] = (await view()).goals;
    const patch = (goal: { id: string }, payload: Record<string, unknown>) =>
      call(context.app, controller, { method: 'PATCH', url: `${yearUrl}/goals/${goal.id}`, payload });
    const cycle = await patch(council, { version: council.version, parentGoalId: child.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.details).toEqual([
      {
        path: 'body.parentGoalId',
        message: 'Det överordnade målet ligger redan under detta mål; målen skulle bilda en cirkel',
      },
    ]);
    const moved = await patch(other, { version: other.version, parentGoalId: council.id, goalAreaId: null });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ parentGoalId: council.id, goalAreaId: null });
    expect((await view()).goals.map((goal: { id: string }) => goal.id)).toEqual([
      first.id,
      council.id,
      child.id,
      other.id,
    ]);
  });

  it('carries the hierarchy and the goals a carried assignment serves over to next year', async () => {
    const started = await call(context.app, controller, { method: 'POST', url: `${yearUrl}/start-next` });
    expect(started.statusCode, started.body).toBe(200);
    const next = await exported(`${context.base}/committees/${context.tenant.nodes.committee}/years/2023`);
    expect(next.goals.map((goal: { key: string; parent: string | null }) => [goal.key, goal.parent])).toEqual(
      [
        ['bidragsberoende', null],
        ['trygg-stad', null],
        ['trygga-barn', 'trygg-stad'],
        ['arbetsmiljo', null],
      ],
    );
    expect(next.assignments.find((entry: { key: string }) => entry.key === 'samverkan-skola')).toMatchObject({
      goals: ['trygga-barn', 'bidragsberoende'],
      labels: ['trygghet', 'barn'],
    });
  });
});

describe('an assignment’s place in the plan', () => {
  it('edits its category, labels and goals through the API, refusing repeats, goals outside the year and stale versions', async () => {
    const year = await view();
    const school = year.assignments.find((entry: { key: string }) => entry.key === 'samverkan-skola');
    const council = year.goals.find((goal: { title: string }) => goal.title === councilGoal);
    const patch = (payload: Record<string, unknown>) =>
      call(context.app, controller, {
        method: 'PATCH',
        url: `${yearUrl}/assignments/${school.id}`,
        payload: { version: school.version, ...payload },
      });
    const repeated = await patch({ labels: ['barn', 'barn'], goalIds: [crypto.randomUUID()] });
    expect(repeated.statusCode).toBe(400);
    expect(repeated.json().error.details).toEqual([
      { path: 'body.labels[1]', message: 'Etiketten ”barn” står redan i listan' },
      { path: 'body.goalIds[0]', message: 'Målet finns inte i årets plan' },
    ]);
    const saved = await patch({ category: 'Trygghet', labels: ['skola'], goalIds: [council.id] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({
      id: school.id,
      category: 'Trygghet',
      labels: ['skola'],
      goalIds: [council.id],
      version: school.version + 1,
    });
    expect((await patch({ category: null })).statusCode).toBe(409);
    const file = await exported();
    expect(file.assignments.find((entry: { key: string }) => entry.key === 'samverkan-skola')).toMatchObject({
      goals: ['trygg-stad'],
      category: 'Trygghet',
      labels: ['skola'],
    });
  });
});

describe('assignments grouped in a document', () => {
  it('prints the assignment section grouped by label when the template asks for it', async () => {
    const templatesUrl = `${context.base}/document-templates`;
    const templates = (await call(context.app, context.admin, { method: 'GET', url: templatesUrl })).json();
    const plan = templates.find((entry: { kind: string }) => entry.kind === 'verksamhetsplan');
    const group = (chapters: { key: string; section: object; children: never[] }[]): unknown =>
      chapters.map((chapter) => ({
        ...chapter,
        section:
          chapter.key === 'uppdrag-budget' ? { ...chapter.section, groupBy: 'label' } : chapter.section,
        children: group(chapter.children),
      }));
    const saved = await call(context.app, context.admin, {
      method: 'PUT',
      url: templatesUrl,
      payload: { kind: 'verksamhetsplan', version: plan.version, chapters: group(plan.chapters) },
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const text = await planText();
    const section = text.slice(text.indexOf('Uppdrag i KF:s budget 2022'));
    const lines = section.split('\n');
    const barn = lines.indexOf('barn');
    const trygghet = lines.indexOf('trygghet');
    expect(barn).toBeGreaterThan(-1);
    expect(trygghet).toBeGreaterThan(barn);
    const underBarn = lines.slice(barn, trygghet).join('\n');
    expect(underBarn).toContain('Minska barnfattigdomen');
    expect(underBarn).toContain('Utveckla samverkan med skolan');
    expect(lines.slice(trygghet).join('\n')).toContain('Utveckla samverkan med skolan');
    expect(lines.slice(trygghet, lines.indexOf('Uppdrag utanför budget')).join('\n')).not.toContain(
      'Minska barnfattigdomen',
    );
  });
});
