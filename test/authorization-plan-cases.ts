import type { App } from '../apps/server/src/app.ts';
import type { Deps } from '../apps/server/src/deps.ts';
import { contribute, reopenPart, reviewPart } from '../apps/server/src/modules/workflow/parts.service.ts';
import type { Case } from './authorization-case.ts';
import { call, fixtureRoles, type Session, type Tenant } from './harness.ts';

const m = (t: Tenant) => `/api/municipalities/${t.municipalityId}`;
const everyone = fixtureRoles;

/** The matrix rows of plans, follow-ups and reporting, against each tenant's imported 2022. */
export function planCases(current: () => { app: App; deps: Deps }): Record<string, Case> {
  const fetchJson = async (admin: Session, url: string) =>
    (await call(current().app, admin, { method: 'GET', url })).json();
  const year = (t: Tenant) => `${m(t)}/committees/${t.nodes.committee}/years/2022`;
  const view = (t: Tenant, admin: Session) => fetchJson(admin, year(t));
  let nextYearOffset = 0;

  const partsUrl = (t: Tenant) => `${year(t)}/follow-ups/arsrapport/parts`;
  const goalPart = async (t: Tenant, admin: Session) => {
    const { parts } = await fetchJson(admin, partsUrl(t));
    return parts.find((part: { kind: string }) => part.kind === 'goal');
  };
  /** Moves the tenant's goal part to a state through the services, as the unit and the controller would. */
  async function partIn(t: Tenant, admin: Session, wanted: 'open' | 'ready' | 'approved') {
    const { deps } = current();
    const actor = { municipalityId: t.municipalityId, userId: null };
    const scope = { municipalityId: t.municipalityId, committeeId: t.nodes.committee, year: 2022 };
    let part = await goalPart(t, admin);
    const target = { followUp: 'arsrapport', kind: 'goal' as const, objectId: part.objectId };
    if (part.state === 'approved' && wanted !== 'approved') {
      part = await reopenPart(deps, actor, scope, target, { version: part.version, reason: 'Förberedelse' });
    }
    if (wanted !== 'open' && part.state !== 'ready' && part.state !== 'approved') {
      part = await contribute(deps, actor, scope, target, {
        version: part.version,
        contribution: 'Text',
        ready: true,
      });
    }
    if (wanted === 'approved' && part.state === 'ready') {
      part = await reviewPart(deps, actor, scope, target, {
        version: part.version,
        decision: 'approve',
        comment: null,
      });
    }
    return part;
  }

  return {
    // A member gets the year as handed over to the committee: before the plan is, its documents only.
    'GET /api/municipalities/:municipalityId/committees/:committeeId/years/:year': {
      allowed: ['admin', 'controller', 'reader', 'reporter', 'member', 'auditor'],
      build: async (t) => ({ url: `${m(t)}/committees/${t.nodes.committee}/years/2024` }),
    },
    'GET /api/municipalities/:municipalityId/committees/:committeeId/years/:year/follow-ups/:followUp/completeness':
      {
        allowed: ['admin', 'controller', 'reader', 'reporter', 'auditor'],
        build: async (t) => ({
          url: `${m(t)}/committees/${t.nodes.committee}/years/2022/follow-ups/arsrapport/completeness`,
        }),
      },
    'GET /api/municipalities/:municipalityId/committees/:committeeId/years/:year/documents/:document/checklist':
      {
        // Those who read the committee's year; a rapportör reads only what their unit owns.
        allowed: ['admin', 'controller', 'reader', 'auditor'],
        build: async (t) => ({ url: `${year(t)}/documents/arsrapport/checklist` }),
      },
    'GET /api/municipalities/:municipalityId/committees/:committeeId/years/:year/export': {
      allowed: ['admin', 'controller', 'reader', 'reporter', 'auditor'],
      build: async (t) => ({ url: `${m(t)}/committees/${t.nodes.committee}/years/2024/export` }),
    },
    'PATCH /api/municipalities/:municipalityId/committees/:committeeId/years/:year/goals/:goalId': {
      allowed: ['controller'],
      build: async (t, admin) => {
        const goal = (await view(t, admin)).goals[0];
        return {
          url: `${year(t)}/goals/${goal.id}`,
          payload: { version: goal.version, planText: 'Ny text' },
        };
      },
    },
    'PUT /api/municipalities/:municipalityId/committees/:committeeId/years/:year/goals/:goalId/assessments/:followUp':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const goal = (await view(t, admin)).goals[0];
          const version = goal.assessments.find(
            (entry: { followUp: string }) => entry.followUp === 'arsrapport',
          )?.version;
          return {
            url: `${year(t)}/goals/${goal.id}/assessments/arsrapport`,
            payload: { version, level: 'god', analysis: null },
          };
        },
      },
    'PATCH /api/municipalities/:municipalityId/committees/:committeeId/years/:year/assignments/:assignmentId':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const { assignments, goals } = await view(t, admin);
          const assignment = assignments[0];
          return {
            url: `${year(t)}/assignments/${assignment.id}`,
            payload: { version: assignment.version, labels: ['Ny etikett'], goalIds: [goals[0].id] },
          };
        },
      },
    'PUT /api/municipalities/:municipalityId/committees/:committeeId/years/:year/assignments/:assignmentId/reports/:followUp':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const assignment = (await view(t, admin)).assignments[0];
          const version = assignment.reports.find(
            (entry: { followUp: string }) => entry.followUp === 'arsrapport',
          )?.version;
          return {
            url: `${year(t)}/assignments/${assignment.id}/reports/arsrapport`,
            payload: { version, status: 'ongoing', proposedClosed: false, comment: null },
          };
        },
      },
    'PATCH /api/municipalities/:municipalityId/committees/:committeeId/years/:year/activities/:activityId': {
      allowed: ['controller', 'reporter'],
      build: async (t, admin) => {
        const activity = (await view(t, admin)).goals[0].activities[0];
        return {
          url: `${year(t)}/activities/${activity.id}`,
          payload: { version: activity.version, status: 'done' },
        };
      },
    },
    'GET /api/municipalities/:municipalityId/indicator-units': {
      allowed: everyone,
      build: async (t) => ({ url: `${m(t)}/indicator-units` }),
    },
    'GET /api/municipalities/:municipalityId/key-figure-definitions': {
      allowed: everyone,
      build: async (t) => ({ url: `${m(t)}/key-figure-definitions` }),
    },
    'PATCH /api/municipalities/:municipalityId/committees/:committeeId/years/:year/indicators/:indicatorId': {
      allowed: ['controller'],
      build: async (t, admin) => {
        const indicator = (await view(t, admin)).indicators[0];
        return {
          url: `${year(t)}/indicators/${indicator.id}`,
          payload: { version: indicator.version, name: 'Nytt namn på måttet' },
        };
      },
    },
    'PUT /api/municipalities/:municipalityId/committees/:committeeId/years/:year/indicators/:indicatorId/values':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const indicator = (await view(t, admin)).indicators[0];
          const version = indicator.values.find((entry: { year: number }) => entry.year === 2022)?.version;
          return {
            url: `${year(t)}/indicators/${indicator.id}/values`,
            payload: { version, year: 2022, period: 'year', value: 9.1 },
          };
        },
      },
    'POST /api/municipalities/:municipalityId/committees/:committeeId/years/:year/documents/:document/status':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const document = (await view(t, admin)).documents.find(
            (entry: { document: string }) => entry.document === 'augusti',
          );
          const payload = document
            ? { version: document.version, status: document.status === 'draft' ? 'review' : 'draft' }
            : { status: 'review' };
          return { url: `${year(t)}/documents/augusti/status`, payload };
        },
      },
    'POST /api/municipalities/:municipalityId/committees/:committeeId/years/:year/start-next': {
      allowed: ['controller'],
      // A year of its own each time: a year can be started only once.
      build: async (t) => ({
        url: `${m(t)}/committees/${t.nodes.committee}/years/${2100 + nextYearOffset++}/start-next`,
      }),
    },
    'GET /api/municipalities/:municipalityId/committees/:committeeId/years/:year/follow-ups/:followUp/parts':
      {
        allowed: ['admin', 'controller', 'reader', 'reporter', 'auditor'],
        build: async (t) => ({ url: partsUrl(t) }),
      },
    'PUT /api/municipalities/:municipalityId/committees/:committeeId/years/:year/follow-ups/:followUp/deadline':
      {
        allowed: ['controller'],
        build: async (t) => ({
          url: `${year(t)}/follow-ups/arsrapport/deadline`,
          payload: { deadline: '2023-01-31' },
        }),
      },
    'PUT /api/municipalities/:municipalityId/committees/:committeeId/years/:year/follow-ups/:followUp/parts/:kind/:objectId':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const goal = (await view(t, admin)).goals[0];
          return { url: `${partsUrl(t)}/goal/${goal.id}`, payload: { nodeId: t.nodes.unit } };
        },
      },
    'PUT /api/municipalities/:municipalityId/committees/:committeeId/years/:year/follow-ups/:followUp/parts/:kind/:objectId/contribution':
      {
        allowed: ['controller', 'reporter'],
        build: async (t, admin) => {
          const part = await partIn(t, admin, 'open');
          return {
            url: `${partsUrl(t)}/goal/${part.objectId}/contribution`,
            payload: { version: part.version, contribution: 'Bidrag', ready: false },
          };
        },
      },
    'POST /api/municipalities/:municipalityId/committees/:committeeId/years/:year/follow-ups/:followUp/parts/:kind/:objectId/review':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const part = await partIn(t, admin, 'ready');
          return {
            url: `${partsUrl(t)}/goal/${part.objectId}/review`,
            payload: { version: part.version, decision: 'return', comment: 'Komplettera' },
          };
        },
      },
    'POST /api/municipalities/:municipalityId/committees/:committeeId/years/:year/follow-ups/:followUp/parts/:kind/:objectId/reopen':
      {
        allowed: ['controller'],
        build: async (t, admin) => {
          const part = await partIn(t, admin, 'approved');
          return {
            url: `${partsUrl(t)}/goal/${part.objectId}/reopen`,
            payload: { version: part.version, reason: 'Rättelse' },
          };
        },
      },
    'GET /api/municipalities/:municipalityId/my-tasks': {
      allowed: everyone,
      build: async (t) => ({ url: `${m(t)}/my-tasks` }),
    },
    'GET /api/municipalities/:municipalityId/my-start': {
      allowed: everyone,
      build: async (t) => ({ url: `${m(t)}/my-start` }),
    },
    'POST /api/municipalities/:municipalityId/import': {
      allowed: ['controller'],
      build: async (t, admin) => {
        const document = await fetchJson(admin, `${year(t)}/export`);
        return { url: `${m(t)}/import`, payload: document };
      },
    },
  };
}
