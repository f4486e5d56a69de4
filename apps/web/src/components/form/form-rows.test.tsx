import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { FormErrorSummary } from './error-summary.tsx';
import { FormTextField } from './fields.tsx';
import { FormRows } from './form-rows.tsx';
import { SaveForm } from './save-form.tsx';
import { useSaveForm } from './use-save-form.ts';

const bodySchema = z.object({
  steps: z
    .array(z.object({ text: z.string().trim().min(1, 'Skriv steget') }))
    .min(1, 'Lägg till minst ett steg'),
});
type Body = z.infer<typeof bodySchema>;
type Values = { steps: { text: string }[] };

function StepsForm({ send }: { send: (body: Body) => Promise<Body> }) {
  const save = useSaveForm({
    stored: null,
    toValues: (): Values => ({ steps: [{ text: 'Planera' }] }),
    schema: bodySchema,
    toBody: (values: Values) => values,
  });
  return (
    <SaveForm save={save} onSubmit={save.submit(send, { saved: 'Stegen är sparade.' })} subject="stegen">
      <FormErrorSummary title="Stegen är inte sparade" place={(path) => `Plats ${path}`} />
      <FormRows
        name="steps"
        legend="Steg"
        rowName="Steg"
        addLabel="Lägg till ett steg"
        newRow={() => ({ text: '' })}
      >
        {(row) => <FormTextField label="Text" name={`${row}.text`} />}
      </FormRows>
    </SaveForm>
  );
}

function renderForm() {
  const send = vi.fn(async (body: Body) => body);
  const user = userEvent.setup();
  render(<StepsForm send={send} />);
  const add = () => screen.getByRole('button', { name: 'Lägg till ett steg' });
  return { user, send, add, save: () => user.click(screen.getByRole('button', { name: 'Spara' })) };
}

describe('a list of rows in a form', () => {
  it('says what is wrong with the list as a whole, and moves focus to a row added and past one removed', async () => {
    const { user, send, add, save } = renderForm();
    await user.click(screen.getByRole('button', { name: 'Ta bort steg 1' }));
    expect(document.activeElement).toBe(add());
    await save();
    expect(await screen.findByText(/Lägg till minst ett steg/, { selector: '.field-error' })).toBeTruthy();
    expect(send).not.toHaveBeenCalled();

    await user.click(add());
    expect(document.activeElement).toBe(
      within(screen.getByRole('group', { name: 'Steg 1' })).getByLabelText('Text'),
    );
    await user.keyboard('Genomföra');
    await save();
    await waitFor(() => expect(send).toHaveBeenCalledWith({ steps: [{ text: 'Genomföra' }] }));
  });

  it('lists the problems of the last save above the form, until the next one', async () => {
    const { user, add, save } = renderForm();
    await user.click(add());
    await save();
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Plats steps.1.text: Skriv steget']);

    await user.keyboard('Följa upp');
    await waitFor(() => expect(screen.queryByText(/Skriv steget/, { selector: '.field-error' })).toBeNull());
    expect(within(summary).getByRole('listitem').textContent).toBe('Plats steps.1.text: Skriv steget');
    await save();
    expect(await screen.findByText('Stegen är sparade.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
