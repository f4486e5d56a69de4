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
  values: [],
  targets: [],
  status: 'noTarget',
  version: 4,
};

const me: Me = {
  user: { id: id(1), email: 'controller@ekmark.example', displayName: 'Controller', municipalityId: id(2) },
  municipality: { id: id(2), name: 'Ekmarks kommun', shortName: 'Ekmark' },
  grants: [],
  csrfToken: 'csrf',
};

describe('the measure form', () => {
  it("offers the municipality's units with their kind, takes a chosen unit's decimals, and saves them", async () => {
    const updateIndicator = vi.fn(
      async (_scope: unknown, _id: string, body: UpdateIndicator): Promise<IndicatorFacts> => ({
        id: indicator.id,
        name: body.name ?? indicator.name,
        unit: body.unit ?? indicator.unit,
        valueKind: 'number',
        decimals: body.decimals ?? indicator.decimals,
        direction: body.direction ?? indicator.direction,
        definition: body.definition ?? null,
        version: 5,
      }),
    );
    const api = { plan: { updateIndicator } } as unknown as StyrApi;
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ApiProvider api={api}>
          <SignedInContext value={me}>
            <IndicatorFactsForm
              indicator={indicator}
              units={units}
              committeeId={id(4)}
              year={2025}
              planName="Verksamhetsplan 2025"
            />
          </SignedInContext>
        </ApiProvider>
      </QueryClientProvider>,
    );
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
      definition: null,
    });
    expect(await screen.findByText('Måttet är sparat.')).toBeTruthy();
  });
});
