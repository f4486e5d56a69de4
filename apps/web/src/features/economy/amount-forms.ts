import {
  departmentResultSchema,
  equityViewSchema,
  investmentViewSchema,
  updateDepartmentSchema,
  updateEquitySchema,
  updateInvestmentSchema,
} from '@styr/shared/contracts/economy';
import { amountsFormKind } from './amounts-form.tsx';

/** A form under its item's own name as heading, e.g. "Avd Försörjningsstöd", saved as "… är sparad.". */
const underItsName = (subject: (name: string) => string) => ({
  heading: true,
  names: ({ name }: { name: string }) => ({
    title: name,
    subject: subject(name),
    saved: `${name} är sparad.`,
  }),
});

/** A department's result and budget, and the committee's comment on them. */
export const departmentForm = amountsFormKind({
  amounts: { resultActual: 'Resultat', resultBudget: 'Budget' },
  text: { name: 'comment', label: 'Kommentar till resultatet', rows: 3 },
  schema: updateDepartmentSchema,
  storedSchema: departmentResultSchema,
  send: (api, scope, department, body) => api.updateDepartment(scope, department.key, body),
  ...underItsName((name) => `resultatet för ${name}`),
});

/** The decided and the proposed level of eget kapital, and the committee's assessment. */
export const equityForm = amountsFormKind({
  amounts: { decidedLevel: 'Fastställd nivå', proposedLevel: 'Föreslagen nivå' },
  text: { name: 'assessment', label: 'Nämndens värdering', rows: 4 },
  schema: updateEquitySchema,
  storedSchema: equityViewSchema,
  send: (api, scope, _equity, body) => api.setEquity(scope, body),
  names: () => ({
    title: 'Värdering av eget kapital',
    subject: 'värderingen av det egna kapitalet',
    saved: 'Värderingen av det egna kapitalet är sparad.',
  }),
});

/** An investment's budget, outcome and forecast, and a comment. */
export const investmentForm = amountsFormKind({
  amounts: { budget: 'Budget', actual: 'Utfall', forecast: 'Prognos' },
  text: { name: 'comment', label: 'Kommentar', rows: 3 },
  schema: updateInvestmentSchema,
  storedSchema: investmentViewSchema,
  send: (api, scope, investment, body) => api.updateInvestment(scope, investment.key, body),
  ...underItsName((name) => `investeringen ${name}`),
});
