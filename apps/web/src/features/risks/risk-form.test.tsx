import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import type { Risk, RiskOverview } from '@styr/shared/contracts/risks';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { renderInApp, testId, testMe } from '../../test-providers.tsx';
import { ControlForm } from './control-form.tsx';
import { RiskForm } from './risk-form.tsx';
import { RiskSelectionForm } from './risk-selection-form.tsx';

const scope = { municipalityId: testMe.user.municipalityId, committeeId: testId(1), year: 2023 };
const view = {
  committee: { id: testId(1), name: 'Socialnämnden Prov' },
  year: 2023,
  followUpPoints: [{ key: 'arsrapport', name: 'Årsrapport', month: 12 }],
  documents: [],
  goals: [{ id: testId(5), title: 'Fler går till egen försörjning' }],
} as unknown as CommitteeYearView;
const steps = [1, 2, 3, 4].map((value) => ({
  value,
  label: ['Osannolik', 'Mindre', 'Möjlig', 'Sannolik'][value - 1] ?? '',
}));
const overview = {
  areas: [
    { key: 'uppdrag', name: 'Grunduppdraget' },
    { key: 'oegentligheter', name: 'Oegentligheter' },
  ],
  scale: { probability: steps, consequence: steps },
  risks: [],
} as unknown as RiskOverview;
/** What the form holds of a risk, as the API takes and gives it. */
const fields = {
  area: 'oegentligheter',
  title: 'Felaktiga utbetalningar',
  description: null,
  consequenceDescription: null,
  probability: 3,
  consequence: 2,
  owner: null,
  source: 'own',
} as const;
const risk: Risk = {
  id: testId(10),
  key: 'utbetalningar',
  origin: { id: testId(2), name: 'FUT-teamet', kind: 'unit' },
  raisedTo: null,
  ...fields,
  value: 6,
  level: 'medium',
  previous: null,
  actions: [],
  goalIds: [],
  selected: false,
  selectionReason: null,
  toControlPlan: false,
  version: 2,
};
const nodeOptions = [
  { value: testId(1), label: 'Socialnämnden Prov' },
  { value: testId(2), label: 'FUT-teamet (enhet)' },
];
const props = { scope, overview, view };
const saved = (body: object): Risk => ({ ...risk, ...body, version: risk.version + 1 }) as Risk;

async function typeDate(user: ReturnType<typeof renderInApp>['user'], label: RegExp, iso: string) {
  const group = screen.getByRole('group', { name: label });
  await user.click(within(group).getAllByRole('spinbutton')[0] as HTMLElement);
  await user.keyboard(iso.replaceAll('-', ''));
}

describe('a new risk', () => {
  it('goes to the chosen register with the actions added to it, each date picked the Swedish way', async () => {
    const createRisk = vi.fn(async (_scope: unknown, body: object) => saved(body));
    const onCreated = vi.fn();
    const { user } = renderInApp(
      <RiskForm {...props} risk={null} nodeOptions={nodeOptions} onCreated={onCreated} />,
      { risks: { createRisk } },
    );
    await user.selectOptions(screen.getByLabelText('Register'), 'FUT-teamet (enhet)');
    await user.selectOptions(screen.getByLabelText('Riskområde'), 'Oegentligheter');
    await user.type(screen.getByLabelText('Risk'), 'Felaktiga utbetalningar');
    await user.selectOptions(screen.getByLabelText('Sannolikhet'), '3 – Möjlig');
    await user.click(screen.getByRole('button', { name: 'Lägg till åtgärd' }));
    const action = screen.getByRole('group', { name: 'Åtgärd 1' });
    expect(document.activeElement).toBe(within(action).getByLabelText('Åtgärd'));
    await user.keyboard('Månatlig kontroll');
    await typeDate(user, /Klar senast/, '2023-06-30');
    await user.click(screen.getByRole('button', { name: 'Lägg till risken' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledOnce());
    expect(createRisk.mock.calls[0]?.[1]).toEqual({
      nodeId: testId(2),
      ...fields,
      actions: [{ what: 'Månatlig kontroll', responsible: null, due: '2023-06-30', status: 'planned' }],
      goalIds: [],
    });
    expect(await screen.findByText('Risken är tillagd.')).toBeTruthy();
    // Empty again for the next risk, in the same register.
    expect((screen.getByLabelText('Risk') as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('group', { name: 'Åtgärd 1' })).toBeNull();
    expect((screen.getByLabelText('Register') as HTMLSelectElement).value).toBe(testId(2));
  });
});

describe('a changed risk', () => {
  it('opens its further details at an action without a text, says so there and sends nothing', async () => {
    const updateRisk = vi.fn(async (_scope: unknown, _id: string, body: object) => saved(body));
    const { user } = renderInApp(<RiskForm {...props} risk={risk} />, {
      risks: { updateRisk },
    });
    await user.click(screen.getByText('Fler uppgifter om risken'));
    await user.click(screen.getByRole('button', { name: 'Lägg till åtgärd' }));
    const details = screen.getByText('Fler uppgifter om risken').closest('details') as HTMLDetailsElement;
    details.open = false;
    await user.click(screen.getByRole('button', { name: 'Spara risken' }));

    const what = within(screen.getByRole('group', { name: 'Åtgärd 1' })).getByLabelText('Åtgärd');
    await waitFor(() => expect(details.open).toBe(true));
    expect(what.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Beskriv åtgärden')).toBeTruthy();
    expect(document.activeElement).toBe(what);
    expect(updateRisk).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Ta bort åtgärd 1' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Lägg till åtgärd' }));
    await user.selectOptions(screen.getByLabelText('Konsekvens'), '4 – Sannolik');
    await user.click(screen.getByRole('button', { name: 'Spara risken' }));
    expect(await screen.findByText('Risken är sparad. Riskvärdet är 6.')).toBeTruthy();
    expect(updateRisk.mock.calls[0]?.[2]).toMatchObject({ version: 2, consequence: 4, actions: [] });
  });

  it('names who saved in between and saves the person’s own version over it on request', async () => {
    const action = { what: 'Månatlig kontroll', responsible: null, due: null, status: 'planned' } as const;
    const mine: Risk = { ...risk, actions: [action] };
    const theirs: Risk = {
      ...mine,
      probability: 4,
      actions: [{ ...action, what: 'Kvartalsvis kontroll' }],
      version: 3,
    };
    const updateRisk = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError({
          code: 'VERSION_CONFLICT',
          message: 'Konflikt',
          status: 409,
          current: theirs,
          changedBy: { name: 'Anna Andersson', at: '2023-03-02T09:15:00Z' },
        }),
      )
      .mockImplementation(async (_scope: unknown, _id: string, body: object) => saved(body));
    const { user } = renderInApp(<RiskForm {...props} risk={mine} />, {
      risks: { updateRisk },
    });
    await user.selectOptions(screen.getByLabelText('Sannolikhet'), '1 – Osannolik');
    await user.click(screen.getByRole('button', { name: 'Spara risken' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Anna Andersson har ändrat risken Felaktiga utbetalningar');
    const row = within(alert).getByRole('row', { name: /Sannolikhet/ });
    expect(row.textContent).toBe('Sannolikhet1 – Osannolik4 – Sannolik');
    // The actions are one row of their own, not a row per field of each action.
    const actions = within(alert).getByRole('row', { name: /^Åtgärder/ });
    expect(actions.textContent).toBe('ÅtgärderMånatlig kontrollKvartalsvis kontroll');
    expect(within(alert).queryByRole('row', { name: /^Status/ })).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Spara min version i stället' }));
    await waitFor(() => expect(updateRisk).toHaveBeenCalledTimes(2));
    expect(updateRisk.mock.calls[1]?.[2]).toMatchObject({ version: 3, probability: 1 });
  });
});

describe('the samlad riskbild', () => {
  it('asks for the reason before a risk is taken in, then sends it with the control plan choice', async () => {
    const select = vi.fn(async (_scope: unknown, _id: string, body: { selected: boolean }) => ({
      ...risk,
      selected: body.selected,
      version: 3,
    }));
    const { user } = renderInApp(<RiskSelectionForm scope={scope} view={view} risk={risk} />, {
      risks: { select },
    });
    await user.click(screen.getByRole('button', { name: 'Välj till samlad riskbild' }));
    expect(await screen.findByText('Ange varför risken tas med i den samlade riskbilden.')).toBeTruthy();
    expect(select).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Skäl för att ta med risken'), 'Revisionens iakttagelse');
    await user.click(screen.getByLabelText('Till internkontrollplan'));
    await user.click(screen.getByRole('button', { name: 'Välj till samlad riskbild' }));
    expect(await screen.findByText('Risken ingår i den samlade riskbilden.')).toBeTruthy();
    expect(select.mock.calls[0]?.[2]).toEqual({
      version: 2,
      selected: true,
      reason: 'Revisionens iakttagelse',
      toControlPlan: true,
    });
  });

  it('takes a chosen risk out, sending neither reason nor control plan', async () => {
    const chosen = { ...risk, selected: true, selectionReason: 'Skäl', toControlPlan: true };
    const select = vi.fn(async (_scope: unknown, _id: string, _body: object) => ({
      ...chosen,
      selected: false,
      toControlPlan: false,
      version: 3,
    }));
    const { user } = renderInApp(<RiskSelectionForm scope={scope} view={view} risk={chosen} />, {
      risks: { select },
    });
    await user.click(screen.getByRole('button', { name: 'Ta bort ur samlad riskbild' }));
    expect(await screen.findByText(/finns kvar i registret för FUT-teamet/)).toBeTruthy();
    expect(select.mock.calls[0]?.[2]).toEqual({
      version: 2,
      selected: false,
      reason: null,
      toControlPlan: false,
    });
  });
});

describe('a kontrollmoment', () => {
  it('is added from its button, which takes focus again once the form is saved and closed', async () => {
    const createControl = vi.fn(async (_scope: unknown, riskId: string, body: object) => ({
      id: testId(20),
      riskId,
      key: 'k',
      method: null,
      frequency: null,
      responsible: null,
      reportWhen: null,
      result: null,
      version: 1,
      ...body,
    }));
    const { user } = renderInApp(
      <ControlForm scope={scope} view={view} riskId={risk.id} riskTitle={risk.title} />,
      { risks: { createControl } },
    );
    await user.click(screen.getByRole('button', { name: /Lägg till kontrollmoment/ }));
    const form = screen.getByRole('form', { name: 'Nytt kontrollmoment för Felaktiga utbetalningar' });
    await user.click(within(form).getByRole('button', { name: 'Spara kontrollmomentet' }));
    expect(await within(form).findByText('Beskriv vad som kontrolleras')).toBeTruthy();
    await user.type(within(form).getByLabelText('Vad kontrolleras'), 'Stickprov på utbetalningar');
    await user.type(within(form).getByLabelText('Frekvens (valfritt)'), 'Varje månad');
    await user.click(within(form).getByRole('button', { name: 'Spara kontrollmomentet' }));

    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(createControl).toHaveBeenCalledWith(scope, risk.id, {
      what: 'Stickprov på utbetalningar',
      method: null,
      frequency: 'Varje månad',
      responsible: null,
      reportWhen: null,
    });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Lägg till kontrollmoment/ }));
  });
});
