import type { App } from '../apps/server/src/app.ts';
import { call, type Session, type Tenant } from './harness.ts';
import { organisationTargets } from './hostile-api-org-targets.ts';
import type { ApiTarget, Json } from './hostile-api-target.ts';

/** Write routes across plan, follow-up, risks, economy, documents, users and the organisation of one tenant. */
export function apiTargets(app: App, tenant: Tenant, sessions: Record<'controller' | 'admin', Session>) {
  const m = `/api/municipalities/${tenant.municipalityId}`;
  const year = `${m}/committees/${tenant.nodes.committee}/years/2022`;
  const get = async (url: string): Promise<Json> =>
    (await call(app, sessions.admin, { method: 'GET', url })).json();
  const goal = async () => (await get(year)).goals[0];
  const risks = async () => (await get(`${year}/risks`)) as Json;
  const ofFollowUp = (list: Json[]) => list.find((entry) => entry.followUp === 'arsrapport');
  const economy = () => get(`${year}/economy`);
  const actionPlan = async () => (await get(`${year}/action-plans`)).actionPlans[0] as Json;
  /** A plan as the API shows it, less what a write does not take: the actions' follow-ups. */
  const withoutFollowUps = (plan: Json): Json => ({
    ...plan,
    focusAreas: plan.focusAreas.map((area: Json) => ({
      ...area,
      strategies: area.strategies.map((strategy: Json) => ({
        ...strategy,
        actions: strategy.actions.map(({ followUps: _followUps, ...action }: Json) => action),
      })),
    })),
  });
  const riskNamed = async (title: string) =>
    (await risks()).risks.find((risk: Json) => risk.title === title) as Json;

  const targets: ApiTarget[] = [
    {
      name: 'mål',
      method: 'PATCH',
      as: 'controller',
      prepare: async () => {
        const found = await goal();
        return {
          url: `${year}/goals/${found.id}`,
          body: { version: found.version, title: 'Målet', focus: 'fokus', planText: '<p>Text</p>' },
        };
      },
      richText: ['planText'],
      plainText: ['title', 'focus'],
      read: async (_url, field) => (await goal())[field],
    },
    {
      name: 'målbedömning',
      method: 'PUT',
      as: 'controller',
      prepare: async () => {
        const found = await goal();
        return {
          url: `${year}/goals/${found.id}/assessments/arsrapport`,
          body: { version: ofFollowUp(found.assessments)?.version, level: 'god', analysis: 'Analys' },
        };
      },
      richText: ['analysis'],
      read: async () => ofFollowUp((await goal()).assessments)?.analysis,
    },
    {
      name: 'uppdragsrapport',
      method: 'PUT',
      as: 'controller',
      prepare: async () => {
        const assignment = (await get(year)).assignments[0];
        return {
          url: `${year}/assignments/${assignment.id}/reports/arsrapport`,
          body: {
            version: ofFollowUp(assignment.reports)?.version,
            status: 'ongoing',
            proposedClosed: false,
            comment: 'Kommentar',
          },
        };
      },
      plainText: ['comment'],
      read: async () => ofFollowUp((await get(year)).assignments[0].reports)?.comment,
    },
    {
      name: 'aktivitet',
      method: 'PATCH',
      as: 'controller',
      prepare: async () => {
        const activity = (await goal()).activities[0];
        return {
          url: `${year}/activities/${activity.id}`,
          body: { version: activity.version, status: 'done' },
        };
      },
    },
    {
      name: 'indikatorvärde',
      method: 'PUT',
      as: 'controller',
      prepare: async () => {
        const indicator = (await get(year)).indicators[0];
        const value = indicator.values.find((entry: Json) => entry.year === 2022 && entry.gender === 'T');
        return {
          url: `${year}/indicators/${indicator.id}/values`,
          body: { version: value?.version, year: 2022, period: 'year', value: 9.1, note: 'Not' },
        };
      },
    },
    {
      name: 'kapiteltext',
      method: 'PUT',
      as: 'controller',
      prepare: async () => {
        const overview = await get(`${year}/documents/arsrapport`);
        const text = overview.texts.find((entry: Json) => entry.chapterKey === 'sammanfattning');
        return {
          url: `${year}/documents/arsrapport/texts/sammanfattning`,
          body: { version: text?.version, text: 'Sammanfattning' },
        };
      },
      richText: ['text'],
      read: async () =>
        (await get(`${year}/documents/arsrapport`)).texts.find(
          (entry: Json) => entry.chapterKey === 'sammanfattning',
        )?.text,
    },
    {
      name: 'belopp i resultaträkningen',
      method: 'PUT',
      as: 'controller',
      prepare: async () => {
        const amount = (await economy()).statement.amounts.find(
          (entry: Json) => entry.line === 'intakter' && entry.year === 2022 && entry.column === 'actual',
        );
        return {
          url: `${year}/economy/amounts`,
          body: {
            version: amount?.version,
            line: 'intakter',
            year: 2022,
            column: 'actual',
            amount: '128200000',
          },
        };
      },
    },
    {
      name: 'avdelningens resultat',
      method: 'PATCH',
      as: 'controller',
      prepare: async () => {
        const row = (await economy()).departments.rows.find((entry: Json) => entry.key === 'bu-myndighet');
        return {
          url: `${year}/economy/departments/bu-myndighet`,
          body: { version: row.version, resultActual: '15390000', comment: 'Kommentar' },
        };
      },
      plainText: ['comment'],
      read: async () =>
        (await economy()).departments.rows.find((entry: Json) => entry.key === 'bu-myndighet').comment,
    },
    {
      name: 'eget kapital',
      method: 'PUT',
      as: 'controller',
      prepare: async () => {
        const { equity } = await economy();
        return {
          url: `${year}/economy/equity`,
          body: {
            version: equity.version || undefined,
            decidedLevel: '35000000',
            proposedLevel: null,
            assessment: 'Bedömning',
          },
        };
      },
      plainText: ['assessment'],
      read: async () => (await economy()).equity.assessment,
    },
    {
      name: 'väsentlig avvikelse',
      method: 'PATCH',
      as: 'controller',
      prepare: async () => {
        const deviation = (await economy()).significantDeviations.find(
          (entry: Json) => entry.key === 'personal',
        );
        return {
          url: `${year}/economy/deviations/arsrapport/personal`,
          body: { version: deviation.version, title: 'Rubrik', measures: 'Åtgärd' },
        };
      },
      plainText: ['title', 'measures'],
      read: async (_url, field) =>
        (await economy()).significantDeviations.find((entry: Json) => entry.key === 'personal')[field],
    },
    {
      name: 'ny risk',
      method: 'POST',
      as: 'controller',
      prepare: async () => ({
        url: `${year}/risks`,
        body: {
          nodeId: tenant.nodes.unit,
          area: 'lagar',
          title: 'Ny risk',
          description: 'Beskrivning',
          probability: 1,
          consequence: 2,
        },
      }),
    },
    {
      name: 'handlingsplan',
      method: 'PUT',
      as: 'controller',
      prepare: async () => {
        const plan = await actionPlan();
        const { id: _id, key: _key, version, sums: _sums, ...rest } = plan;
        return {
          url: `${year}/action-plans/${plan.id}`,
          body: {
            ...withoutFollowUps(rest),
            version,
            title: 'Planen',
            partner: 'Parten',
            purpose: '<p>Syfte</p>',
          },
        };
      },
      richText: ['purpose'],
      plainText: ['title', 'partner'],
      read: async (_url, field) => (await actionPlan())[field],
    },
    {
      name: 'handlingsplanens uppföljning',
      method: 'PUT',
      as: 'controller',
      prepare: async () => {
        const plan = await actionPlan();
        return {
          url: `${year}/action-plans/${plan.id}/follow-ups/arsrapport`,
          body: { version: plan.version, entries: [{ action: 'mhfa', status: 'done', comment: 'Klart' }] },
        };
      },
    },
    {
      name: 'risk',
      method: 'PATCH',
      as: 'controller',
      prepare: async () => {
        const risk = await riskNamed('Felaktiga utbetalningar');
        return {
          url: `${year}/risks/${risk.id}`,
          body: { version: risk.version, probability: 3, owner: 'Chef', description: 'Beskrivning' },
        };
      },
      plainText: ['description', 'owner'],
      read: async (_url, field) => (await riskNamed('Felaktiga utbetalningar'))[field],
    },
    {
      name: 'riskens val till riskbilden',
      method: 'PUT',
      as: 'controller',
      prepare: async () => {
        const risk = await riskNamed('Felaktiga utbetalningar');
        return {
          url: `${year}/risks/${risk.id}/selection`,
          body: { version: risk.version, selected: true, reason: 'Viktig', toControlPlan: true },
        };
      },
    },
    {
      name: 'kontrollmoment',
      method: 'PATCH',
      as: 'controller',
      prepare: async () => {
        const control = (await risks()).controlPlan.activities[0];
        return {
          url: `${year}/controls/${control.id}`,
          body: { version: control.version, what: 'Stickprov', frequency: 'Årligen' },
        };
      },
    },
    {
      name: 'kontrollresultat',
      method: 'PUT',
      as: 'controller',
      prepare: async () => {
        const control = (await risks()).controlPlan.activities[0];
        return {
          url: `${year}/controls/${control.id}/result`,
          body: {
            version: control.result?.version,
            performedOn: '2022-11-01',
            deviations: 1,
            findings: 'Iakttagelse',
          },
        };
      },
    },
    ...organisationTargets(get, m, tenant),
  ];
  return targets;
}
