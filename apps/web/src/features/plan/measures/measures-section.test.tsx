import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/api-error.ts';
import { assignment, conflict, id, indicator, refusal } from '../goals-editor/plan-fixtures.tsx';
import { given, renderSection } from './measures-fixtures.tsx';

describe('MeasuresSection', () => {
  it('shows each measure with its source, goals and targets in Swedish, and offers nothing to change when read only', () => {
    renderSection({}, { editable: false });
    expect(screen.getByText('% · Kolada U21468 · Högre är bättre', { selector: 'p' })).toBeTruthy();
    expect(screen.getByText(/Mäter: Trygg stad\. Målvärden: 2025: 80,5/)).toBeTruthy();
    expect(
      screen.getAllByText('KF/KS uppdrag utanför budget · KF 2024-11-21 § 458 · även Kulturnämnden'),
    ).toHaveLength(2);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('adds a measure for the goals chosen, and puts the server’s refusal on the field it names', async () => {
    const createIndicator = vi
      .fn()
      .mockRejectedValueOnce(refusal('body.unit', 'Enheten ”%” finns inte bland kommunens enheter (”antal”)'))
      .mockResolvedValueOnce({ ...indicator(7, 'Väntetid') });
    renderSection({ createIndicator });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till mått' }));
    const form = screen.getByRole('form', { name: 'Nytt mått' });
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till måttet' }));
    expect(await within(form).findByText('Måttet behöver ett namn')).toBeTruthy();

    fireEvent.change(within(form).getByLabelText('Namn'), { target: { value: 'Väntetid' } });
    fireEvent.change(within(form).getByLabelText('Enhet'), { target: { value: '%' } });
    fireEvent.change(within(form).getByLabelText(/Id hos källan/), { target: { value: 'N00945' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till måttet' }));
    expect(await within(form).findByText(/Välj minst ett mål som måttet mäter/)).toBeTruthy();
    expect(createIndicator).not.toHaveBeenCalled();

    fireEvent.click(within(form).getByRole('checkbox', { name: 'Trygga barn' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till måttet' }));
    expect(
      await within(form).findByText('Enheten ”%” finns inte bland kommunens enheter (”antal”)'),
    ).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till måttet' }));
    await waitFor(() =>
      expect(screen.getAllByRole('status')[0]?.textContent).toBe('Måttet Väntetid är tillagt.'),
    );
    expect(createIndicator.mock.calls[1]?.[1]).toMatchObject({
      name: 'Väntetid',
      unit: '%',
      sourceReference: 'N00945',
      goalIds: [id(3)],
    });
    expect(screen.queryByRole('form', { name: 'Nytt mått' })).toBeNull();
    // The keyboard goes on from the button that opened the form.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Lägg till mått' }));
  });

  it('adds an assignment given also to another committee and serving a goal', async () => {
    const createAssignment = vi.fn().mockResolvedValue(assignment(12, 'Öppna en mötesplats'));
    renderSection({ createAssignment });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till uppdrag' }));
    const form = screen.getByRole('form', { name: 'Nytt uppdrag' });
    fireEvent.change(within(form).getByLabelText('Uppdrag'), { target: { value: 'Öppna en mötesplats' } });
    fireEvent.change(within(form).getByLabelText('Källa'), { target: { value: 'committee' } });
    fireEvent.change(within(form).getByLabelText(/^Beslut/), { target: { value: 'SN 2025-01-23 § 5' } });
    fireEvent.click(await within(form).findByRole('checkbox', { name: 'Kulturnämnden' }));
    fireEvent.change(within(form).getByLabelText(/Samordnas av/), {
      target: { value: 'Socialnämnden Prov' },
    });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Trygg stad' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till uppdraget' }));
    await waitFor(() => expect(screen.getAllByRole('status')[0]?.textContent).toBe('Uppdraget är tillagt.'));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Lägg till uppdrag' }));
    expect(createAssignment.mock.calls[0]?.[1]).toEqual({
      title: 'Öppna en mötesplats',
      description: null,
      source: 'committee',
      decisionReference: 'SN 2025-01-23 § 5',
      alsoGivenTo: ['Kulturnämnden'],
      coordinatedBy: 'Socialnämnden Prov',
      goalIds: [id(2)],
    });
  });

  it('changes an assignment in a dialog, and says who changed it in between', async () => {
    const stored = { ...assignment(10, 'Fritidsbanker i alla stadsdelar', given), version: 3 };
    const updateAssignmentDetails = vi
      .fn()
      .mockRejectedValueOnce(conflict(stored))
      .mockResolvedValue({ id: id(10), version: 4 });
    const { user } = renderSection({ updateAssignmentDetails });
    await user.click(screen.getByRole('button', { name: 'Ändra Fritidsbanker' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ändra uppdraget Fritidsbanker' });
    await user.type(within(dialog).getByLabelText(/Beskrivning/), 'Lån av fritidsutrustning.');
    await user.click(within(dialog).getByRole('button', { name: 'Spara uppdraget' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Eva Ek har ändrat uppdraget Fritidsbanker');
    expect(within(alert).getByText('Fritidsbanker i alla stadsdelar')).toBeTruthy();
    expect(updateAssignmentDetails.mock.calls[0]?.[2]).toMatchObject({
      version: 2,
      description: 'Lån av fritidsutrustning.',
    });

    await user.click(within(alert).getByRole('button', { name: 'Hämta aktuella uppgifter' }));
    expect(within(dialog).getByLabelText('Uppdrag')).toHaveProperty(
      'value',
      'Fritidsbanker i alla stadsdelar',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Spara uppdraget' }));
    await waitFor(() => expect(screen.getAllByRole('status')[0]?.textContent).toBe('Uppdraget är sparat.'));
    expect(updateAssignmentDetails.mock.calls[1]?.slice(1)).toEqual([
      id(10),
      {
        version: 3,
        title: 'Fritidsbanker i alla stadsdelar',
        description: null,
        source: 'council',
        decisionReference: 'KF 2024-11-21 § 458',
        alsoGivenTo: ['Kulturnämnden'],
        coordinatedBy: null,
      },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks before removing, saying what goes with the measure, and removes with the version', async () => {
    const indicatorRemoval = vi.fn().mockResolvedValue({
      values: 2,
      targets: 1,
      reports: 0,
      parts: 0,
      links: 1,
      keptElsewhere: true,
      blocker: null,
    });
    const removeIndicator = vi.fn().mockResolvedValue(undefined);
    renderSection({ indicatorRemoval, removeIndicator });
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Andel nöjda' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(await within(dialog).findByText('2 utfall för 2025')).toBeTruthy();
    expect(within(dialog).getByText('1 målvärde för 2025')).toBeTruthy();
    expect(within(dialog).getByText('1 koppling till årets mål')).toBeTruthy();
    expect(within(dialog).getByText('Andra års uppgifter om måttet finns kvar.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ta bort måttet' }));
    await waitFor(() => expect(removeIndicator).toHaveBeenCalledWith(expect.anything(), id(5), 3));
  });

  it('orders assignments and the measures under a goal by dragging or by the move buttons', async () => {
    const moveAssignment = vi.fn().mockResolvedValue({ id: id(11), version: 3 });
    const moveIndicator = vi
      .fn()
      .mockRejectedValueOnce(new ApiError({ code: 'NOT_FOUND', message: 'Måttet finns inte i årets plan.' }))
      .mockResolvedValue({ id: id(6), version: 4 });
    const { user } = renderSection({ moveAssignment, moveIndicator });
    expect(screen.getByRole('grid', { name: 'Uppdrag i planens ordning' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dra Tillnyktringsenhet' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Flytta upp Fritidsbanker' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Flytta upp Tillnyktringsenhet' }));
    await waitFor(() =>
      expect(moveAssignment).toHaveBeenCalledWith(expect.anything(), id(11), { version: 2, position: 0 }),
    );
    expect(await screen.findByText('Uppdraget Tillnyktringsenhet är flyttat.')).toBeTruthy();

    const measures = screen.getByRole('grid', { name: 'Mått under Trygg stad' });
    await user.click(
      within(measures).getByRole('button', { name: 'Flytta upp Rutin finns under Trygg stad' }),
    );
    expect(await screen.findByText('Måttet finns inte i årets plan.')).toBeTruthy();
    await user.click(
      within(measures).getByRole('button', { name: 'Flytta upp Rutin finns under Trygg stad' }),
    );
    await waitFor(() =>
      expect(moveIndicator).toHaveBeenLastCalledWith(expect.anything(), id(2), id(6), {
        version: 3,
        position: 0,
      }),
    );
    expect(await screen.findByText('Måttet Rutin finns är flyttat.')).toBeTruthy();
  });
});
