import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../api/api-error.ts';
import { FormCheckboxGroupField } from './checkbox-group-field.tsx';
import { SaveForm } from './save-form.tsx';
import { useSaveForm } from './use-save-form.ts';

const bodySchema = z.object({ committees: z.array(z.string()).min(1, 'Välj minst en nämnd') });
type Body = z.infer<typeof bodySchema>;

function TestForm({ send }: { send: (body: Body) => Promise<Body> }) {
  const save = useSaveForm({
    stored: null,
    toValues: (): Body => ({ committees: [] }),
    schema: bodySchema,
    toBody: (values: Body) => values,
  });
  return (
    <SaveForm save={save} onSubmit={save.submit(send, { saved: 'Sparat.' })} subject="nämnderna">
      <FormCheckboxGroupField
        label="Nämnder"
        name="committees"
        options={['Kulturnämnden', 'Idrottsnämnden', 'Socialnämnden'].map((name) => ({
          value: name,
          label: name,
        }))}
      />
    </SaveForm>
  );
}

describe('FormCheckboxGroupField', () => {
  it('sends the chosen in the order of the options, and shows at its box a chosen value the server refuses', async () => {
    const user = userEvent.setup();
    const send = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiError({
          code: 'VALIDATION',
          message: 'Uppgifterna kunde inte sparas.',
          details: [{ path: 'body.committees.1', message: 'Nämnden finns inte i kommunen' }],
        }),
      )
      .mockImplementation(async (body: Body) => body);
    render(<TestForm send={send} />);
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Välj minst en nämnd')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Socialnämnden' }));
    await user.click(screen.getByRole('checkbox', { name: 'Kulturnämnden' }));
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith({ committees: ['Kulturnämnden', 'Socialnämnden'] }),
    );
    expect(await screen.findByText('Nämnden finns inte i kommunen')).toBeTruthy();
    const refused = screen.getByRole('checkbox', { name: 'Socialnämnden' });
    expect(refused.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(refused.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Fel: Nämnden finns inte i kommunen',
    );
    expect(screen.getByRole('checkbox', { name: 'Kulturnämnden' }).getAttribute('aria-invalid')).toBeNull();
  });
});
