import type { Me } from '@styr/shared/contracts/auth';
import type { IndicatorUnitSetting } from '@styr/shared/contracts/indicators';
import type { Indicator, IndicatorFacts, UpdateIndicator } from '@styr/shared/contracts/plan';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import type { StyrApi } from '../../api/styr-api.ts';
import { SignedInContext } from '../auth/index.ts';
import { IndicatorFactsForm } from './indicator-facts-form.tsx';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const units: IndicatorUnitSetting[] = [
  { unit: 'personer', decimals: 0, valueKind: 'number' },
  { unit: 'timmar', decimals: 1, valueKind: 'number' },
  { unit: 'uppfyllt', decimals: 0, valueKind: 'yesPartlyNo' },
];

const indicator: Indicator = {
  id: id(3),
  key: 'tid',
  name: 'Hemtjänsttid per brukare',
  unit: 'personer',
  valueKind: 'number',
  decimals: 0,
  direction: 'lower',
  source: 'manual',
  sourceReference: null,
  definition: null,
  definitionKey: null,
  values: [],
  targets: [],
  status: 'noTarget',
  version: 4,
};

const definitions = [
  {
    key: 'u21468',
    name: 'Antal personal som en hemtjänsttagare möter under 14 dagar',
    unit: 'personer',
    decimals: 0,
    direction: 'lower' as const,
    source: 'kolada' as const,
    sourceReference: 'U21468',
    definition: 'Mediantal personal som besöker en hemtjänsttagare under 14 dagar.',
  },
];

const me: Me = {
  user: { id: id(1), email: 'controller@ekmark.example', displayName: 'Controller', municipalityId: id(2) },
  municipality: { id: id(2), name: 'Ekmarks kommun', shortName: 'Ekmark' },
  grants: [],
  csrfToken: 'csrf',
};

function renderForm(
  updateIndicator: (scope: unknown, id: string, body: UpdateIndicator) => Promise<IndicatorFacts>,
) {
  const api = { plan: { updateIndicator } } as unknown as StyrApi;
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider api={api}>
        <SignedInContext value={me}>
          <IndicatorFactsForm
            indicator={indicator}
            units={units}
            definitions={definitions}
            view={{ committee: { id: id(4), name: 'Vård- och omsorgsnämnden' }, year: 2025 }}
            planName="Verksamhetsplan 2025"
          />
        </SignedInContext>
      </ApiProvider>
    </QueryClientProvider>,
  );
}

const saved = (body: UpdateIndicator): IndicatorFacts => ({
  id: indicator.id,
  name: body.name ?? indicator.name,
  unit: body.unit ?? indicator.unit,
  valueKind: 'number',
  decimals: body.decimals ?? indicator.decimals,
  direction: body.direction ?? indicator.direction,
  source: body.source ?? indicator.source,
  sourceReference: body.sourceReference ?? null,
  definition: body.definition ?? null,
  definitionKey: body.definitionKey ?? null,
  version: 5,
});

describe('the measure form', () => {
  it("offers the municipality's units with their kind, takes a chosen unit's decimals, and saves them", async () => {
    const updateIndicator = vi.fn(async (_scope: unknown, _id: string, body: UpdateIndicator) => saved(body));
    renderForm(updateIndicator);
    const unit = screen.getByLabelText(/^Enhet/) as HTMLSelectElement;
    expect([...unit.options].map((option) => option.textContent)).toEqual([
      'personer (tal)',
      'timmar (tal)',
      'uppfyllt (ja/delvis/nej)',
    ]);
    fireEvent.change(unit, { target: { value: 'timmar' } });
    expect((screen.getByLabelText(/^Decimaler/) as HTMLSelectElement).value).toBe('1');
    fireEvent.click(screen.getByRole('button', { name: /Spara/ }));
    await waitFor(() => expect(updateIndicator).toHaveBeenCalledTimes(1));
    expect(updateIndicator.mock.calls[0]?.[2]).toEqual({
      version: 4,
      name: 'Hemtjänsttid per brukare',
      unit: 'timmar',
      decimals: 1,
      direction: 'lower',
      source: 'manual',
      sourceReference: null,
      definition: null,
      definitionKey: null,
    });
    expect(await screen.findByText('Måttet är sparat.')).toBeTruthy();
  });

  it("takes every fact from the municipality's key figure, and saves that the measure follows it", async () => {
    const updateIndicator = vi.fn(async (_scope: unknown, _id: string, body: UpdateIndicator) => saved(body));
    renderForm(updateIndicator);
    fireEvent.change(screen.getByLabelText(/^Kommunens nyckeltal/), { target: { value: 'u21468' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hämta från kommunens nyckeltal' }));
    expect((screen.getByLabelText(/^Namn/) as HTMLInputElement).value).toBe(
      'Antal personal som en hemtjänsttagare möter under 14 dagar',
    );
    fireEvent.click(screen.getByRole('button', { name: /Spara/ }));
    await waitFor(() => expect(updateIndicator).toHaveBeenCalledTimes(1));
    expect(updateIndicator.mock.calls[0]?.[2]).toEqual({
      version: 4,
      name: 'Antal personal som en hemtjänsttagare möter under 14 dagar',
      unit: 'personer',
      decimals: 0,
      direction: 'lower',
      source: 'kolada',
      sourceReference: 'U21468',
      definition: 'Mediantal personal som besöker en hemtjänsttagare under 14 dagar.',
      definitionKey: 'u21468',
    });
  });
});
