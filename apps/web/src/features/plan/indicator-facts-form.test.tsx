import type { IndicatorUnitSetting } from '@styr/shared/contracts/indicators';
import type { IndicatorFacts, UpdateIndicator } from '@styr/shared/contracts/plan';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { conflictCells } from '../../test-queries.ts';
import { IndicatorFactsForm } from './indicator-facts-form.tsx';
import { indicator as measure, renderSignedIn, yearView } from './plan-test-data.tsx';

const units: IndicatorUnitSetting[] = [
  { unit: 'personer', decimals: 0, valueKind: 'number' },
  { unit: 'timmar', decimals: 1, valueKind: 'number' },
  { unit: 'uppfyllt', decimals: 0, valueKind: 'yesPartlyNo' },
];

const indicator = measure(3, 'Hemtjänsttid per brukare', {
  unit: 'personer',
  direction: 'lower',
  version: 4,
});

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

function renderForm(
  updateIndicator = vi.fn(async (_scope: unknown, _id: string, body: UpdateIndicator) => saved(body)),
) {
  renderSignedIn(
    <IndicatorFactsForm
      indicator={indicator}
      units={units}
      definitions={definitions}
      view={yearView({ year: 2025 })}
      planName="Verksamhetsplan 2025"
    />,
    { updateIndicator },
  );
  /** Saves the form and gives what it sent. */
  return async () => {
    fireEvent.click(screen.getByRole('button', { name: /Spara/ }));
    await waitFor(() => expect(updateIndicator).toHaveBeenCalledTimes(1));
    return updateIndicator.mock.calls[0]?.[2];
  };
}

describe('the measure form', () => {
  it("offers the municipality's units with their kind, takes a chosen unit's decimals, and saves them", async () => {
    const save = renderForm();
    const unit = screen.getByLabelText(/^Enhet/) as HTMLSelectElement;
    expect([...unit.options].map((option) => option.textContent)).toEqual([
      'personer (tal)',
      'timmar (tal)',
      'uppfyllt (ja/delvis/nej)',
    ]);
    fireEvent.change(unit, { target: { value: 'timmar' } });
    expect((screen.getByLabelText(/^Decimaler/) as HTMLSelectElement).value).toBe('1');
    expect(await save()).toEqual({
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
    const save = renderForm();
    fireEvent.change(screen.getByLabelText(/^Kommunens nyckeltal/), { target: { value: 'u21468' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hämta från kommunens nyckeltal' }));
    expect((screen.getByLabelText(/^Namn/) as HTMLInputElement).value).toBe(
      'Antal personal som en hemtjänsttagare möter under 14 dagar',
    );
    expect(screen.getByText('Ej sparad ändring')).toBeTruthy();
    expect(await save()).toEqual({
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
    expect(
      await screen.findByText(
        'Måttet följer nyckeltalet Antal personal som en hemtjänsttagare möter under 14 dagar.',
      ),
    ).toBeTruthy();
  });

  it('compares the unit and the key figure followed with those someone else saved in between', async () => {
    const theirs = saved({ version: 4, unit: 'timmar', decimals: 1, definitionKey: 'u21468' });
    const save = renderForm(
      vi.fn().mockRejectedValue(
        new ApiError({
          code: 'VERSION_CONFLICT',
          message: 'Någon annan har ändrat måttet.',
          status: 409,
          current: theirs,
          changedBy: { name: 'Eva Ek', at: '2025-03-04T10:00:00.000Z' },
        }),
      ),
    );
    fireEvent.change(screen.getByLabelText(/^Namn/), { target: { value: 'Tid per brukare' } });
    await save();
    const conflict = await screen.findByRole('alert');
    expect(conflictCells(conflict, 'Namn')).toEqual(['Tid per brukare', 'Hemtjänsttid per brukare']);
    expect(conflictCells(conflict, 'Enhet')).toEqual(['personer (tal)', 'timmar (tal)']);
    expect(conflictCells(conflict, 'Kommunens nyckeltal')).toEqual([
      'Inget nyckeltal',
      'Antal personal som en hemtjänsttagare möter under 14 dagar',
    ]);
  });

  it('says at the field that a measure needs a name, and sends nothing', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText(/^Namn/), { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: /Spara/ }));
    expect(await screen.findByText('Måttet behöver ett namn')).toBeTruthy();
    expect(screen.getByLabelText(/^Namn/).getAttribute('aria-invalid')).toBe('true');
  });
});
