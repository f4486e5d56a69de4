import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from 'react-aria-components';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../api/api-error.ts';
import { conflictCells } from '../../test-queries.ts';
import { numberFromText, numberIssues } from './field-checks.ts';
import { FormDateField, FormNumberField, FormRadioGroupField, FormTextField } from './fields.tsx';
import { SaveForm } from './save-form.tsx';
import { UnsavedWorkGuard } from './unsaved-work-guard.tsx';
import { useSaveForm } from './use-save-form.ts';

const itemSchema = z.object({
  id: z.string(),
  name: z.string(),
  amount: z.number().nullable(),
  kind: z.enum(['liten', 'mellan', 'stor']),
  due: z.string().nullable(),
  version: z.number(),
});
type Item = z.infer<typeof itemSchema>;
const bodySchema = z.object({
  version: z.number().optional(),
  name: z.string().min(1, 'Ange ett namn'),
  amount: z.number().nullable(),
  kind: z.enum(['liten', 'mellan', 'stor']),
  due: z.iso.date().nullable(),
});
type Body = z.infer<typeof bodySchema>;
type Values = { name: string; amount: string; kind: string; due: string };

const stored: Item = { id: 'a', name: 'Lokaler', amount: 12.5, kind: 'liten', due: null, version: 1 };
const toValues = (item: Item | null): Values => ({
  name: item?.name ?? '',
  amount: item?.amount === null || !item ? '' : String(item.amount).replace('.', ','),
  kind: item?.kind ?? 'liten',
  due: item?.due ?? '',
});

function TestForm({ send }: { send: (body: Body) => Promise<Item> }) {
  const save = useSaveForm({
    stored,
    toValues,
    schema: bodySchema,
    toBody: (values: Values) => ({
      name: values.name.trim(),
      amount: numberFromText(values.amount),
      kind: values.kind,
      due: values.due || null,
    }),
    check: (values) => numberIssues({ amount: { value: values.amount, optional: true } }),
    storedSchema: itemSchema,
  });
  return (
    <SaveForm
      save={save}
      onSubmit={save.submit(send, { saved: 'Posten är sparad.' })}
      subject="posten Lokaler"
      conflictRows={(current) => [{ label: 'Post', value: current.id }]}
    >
      <FormTextField label="Namn" name="name" />
      <FormNumberField label="Belopp" name="amount" optional />
      <FormRadioGroupField
        label="Storlek"
        name="kind"
        options={[
          { value: 'liten', label: 'Liten' },
          { value: 'mellan', label: 'Mellan' },
          { value: 'stor', label: 'Stor' },
        ]}
      />
      <FormDateField label="Klar senast" name="due" optional />
    </SaveForm>
  );
}

const saved = (body: Body): Item => ({
  id: 'a',
  name: body.name,
  amount: body.amount,
  kind: body.kind,
  due: body.due,
  version: (body.version ?? 0) + 1,
});

function renderForm(send = vi.fn(async (body: Body) => saved(body))) {
  const user = userEvent.setup();
  render(
    <I18nProvider locale="sv-SE">
      <TestForm send={send} />
    </I18nProvider>,
  );
  return { user, send };
}

const save = () => screen.getByRole('button', { name: 'Spara' });

describe('the forms layer', () => {
  it('sends the values as the shared contract reads them: a Swedish decimal number and a typed date', async () => {
    const { user, send } = renderForm();
    await user.clear(screen.getByLabelText('Belopp (valfritt)'));
    await user.type(screen.getByLabelText('Belopp (valfritt)'), '1 234,5');
    const date = screen.getByRole('group', { name: /Klar senast/ });
    await user.click(within(date).getAllByRole('spinbutton')[0] as HTMLElement);
    await user.keyboard('2026-03-15');
    expect(screen.getByText('Ej sparad ändring')).toBeTruthy();
    await user.click(save());
    await waitFor(() => expect(send).toHaveBeenCalledOnce());
    expect(send.mock.calls[0]?.[0]).toEqual({
      version: 1,
      name: 'Lokaler',
      amount: 1234.5,
      kind: 'liten',
      due: '2026-03-15',
    });
    expect(await screen.findByText('Posten är sparad.')).toBeTruthy();
    expect(screen.queryByText('Ej sparad ändring')).toBeNull();
  });

  it('chooses a date in the calendar, in Swedish', async () => {
    const { user, send } = renderForm();
    await user.click(screen.getByRole('button', { name: /Kalender/ }));
    const calendar = await screen.findByRole('dialog');
    const day = within(calendar).getAllByRole('button', { name: /15/ })[0] as HTMLElement;
    await user.click(day);
    await user.click(save());
    await waitFor(() => expect(send).toHaveBeenCalledOnce());
    expect(send.mock.calls[0]?.[0].due).toMatch(/^\d{4}-\d{2}-15$/);
  });

  it('says in Swedish at the field what is wrong and sends nothing', async () => {
    const { user, send } = renderForm();
    await user.clear(screen.getByLabelText('Namn'));
    await user.type(screen.getByLabelText('Belopp (valfritt)'), 'tolv');
    await user.click(save());
    expect(await screen.findByText('Ange ett namn')).toBeTruthy();
    expect(screen.getByText(/är inte ett tal/)).toBeTruthy();
    expect(screen.getByLabelText('Namn').getAttribute('aria-invalid')).toBe('true');
    expect(send).not.toHaveBeenCalled();
  });

  it('puts the server’s field errors at their fields and the rest in one message', async () => {
    const send = vi.fn(async () => {
      throw new ApiError({
        code: 'VALIDATION',
        message: 'Uppgifterna är inte giltiga.',
        status: 400,
        details: [
          { path: 'body.name', message: 'Namnet finns redan' },
          { path: 'body.owner', message: 'Ägaren finns inte' },
        ],
      });
    });
    const { user } = renderForm(send);
    await user.click(save());
    expect(await screen.findByText('Namnet finns redan')).toBeTruthy();
    const name = screen.getByLabelText('Namn');
    expect(name.getAttribute('aria-describedby')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(within(screen.getByRole('alert')).getByText('Ägaren finns inte')).toBeTruthy();
  });

  it('names who saved in between, shows both versions side by side and saves mine over theirs on request', async () => {
    const theirs = { ...stored, name: 'Lokaler och städ', version: 2 };
    const send = vi
      .fn<(body: Body) => Promise<Item>>()
      .mockRejectedValueOnce(
        new ApiError({
          code: 'VERSION_CONFLICT',
          message: 'Någon annan har ändrat uppgifterna.',
          status: 409,
          current: theirs,
          changedBy: { name: 'Anna Andersson', at: '2026-03-02T09:15:00Z' },
        }),
      )
      .mockImplementation(async (body) => saved(body));
    const { user } = renderForm(send);
    await user.clear(screen.getByLabelText('Namn'));
    await user.type(screen.getByLabelText('Namn'), 'Hyror');
    await user.click(save());
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText(
        'Anna Andersson har ändrat posten Lokaler 2026-03-02 10:15, medan du redigerade',
      ),
    ).toBeTruthy();
    // What the form does not edit comes first; then every field, as its field shows it.
    expect(
      within(alert)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Post', 'Namn', 'Belopp', 'Storlek', 'Klar senast']);
    expect(conflictCells(alert, 'Namn')).toEqual(['Hyror', 'Lokaler och städ']);
    expect(conflictCells(alert, 'Belopp')).toEqual(['12,5', '12,5']);
    expect(conflictCells(alert, 'Storlek')).toEqual(['Liten', 'Liten']);
    expect(conflictCells(alert, 'Klar senast')).toEqual(['–', '–']);
    await user.click(within(alert).getByRole('button', { name: 'Spara min version i stället' }));
    await waitFor(() => expect(send).toHaveBeenCalledTimes(2));
    expect(send.mock.calls[1]?.[0]).toMatchObject({ version: 2, name: 'Hyror' });
    expect(await screen.findByText('Posten är sparad.')).toBeTruthy();
  });

  it('takes the stored version into the form on request', async () => {
    const theirs = { ...stored, name: 'Lokaler och städ', version: 2 };
    const send = vi.fn(async () => {
      throw new ApiError({ code: 'VERSION_CONFLICT', message: 'Konflikt', status: 409, current: theirs });
    });
    const { user } = renderForm(send);
    await user.type(screen.getByLabelText('Namn'), ' 2');
    await user.click(save());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Någon annan har ändrat posten Lokaler medan du redigerade')).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Hämta aktuella uppgifter' }));
    expect((screen.getByLabelText('Namn') as HTMLInputElement).value).toBe('Lokaler och städ');
    expect(screen.queryByText('Ej sparad ändring')).toBeNull();
  });

  it('moves the choice of a radio group with the arrow keys without saving anything', async () => {
    const { user, send } = renderForm();
    await user.click(screen.getByRole('radio', { name: 'Liten' }));
    await user.keyboard('{ArrowDown}');
    expect((screen.getByRole('radio', { name: 'Mellan' }) as HTMLInputElement).checked).toBe(true);
    await user.keyboard('{ArrowDown}');
    expect((screen.getByRole('radio', { name: 'Stor' }) as HTMLInputElement).checked).toBe(true);
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByText('Ej sparad ändring')).toBeTruthy();
    await user.click(save());
    await waitFor(() => expect(send).toHaveBeenCalledOnce());
    expect(send.mock.calls[0]?.[0].kind).toBe('stor');
  });
});

describe('unsaved work', () => {
  function renderPages() {
    const router = createMemoryRouter([
      {
        element: (
          <>
            <Outlet />
            <UnsavedWorkGuard />
          </>
        ),
        children: [
          {
            path: '/',
            element: (
              <>
                <TestForm send={async (body) => saved(body)} />
                <Link to="/annan">Till en annan sida</Link>
              </>
            ),
          },
          { path: '/annan', element: <h1>En annan sida</h1> },
        ],
      },
    ]);
    const user = userEvent.setup();
    render(<RouterProvider router={router} />);
    return user;
  }

  it('asks before a link leaves a form with unsaved changes, and stays or leaves as chosen', async () => {
    const user = renderPages();
    await user.type(screen.getByLabelText('Namn'), ' och städ');
    await user.click(screen.getByRole('link', { name: 'Till en annan sida' }));
    const question = await screen.findByRole('alertdialog', { name: 'Du har ändringar som inte är sparade' });
    await user.click(within(question).getByRole('button', { name: 'Stanna kvar och spara' }));
    expect((screen.getByLabelText('Namn') as HTMLInputElement).value).toBe('Lokaler och städ');

    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    await user.click(screen.getByRole('link', { name: 'Till en annan sida' }));
    const again = await screen.findByRole('alertdialog');
    await user.click(within(again).getByRole('button', { name: 'Lämna sidan utan att spara' }));
    expect(await screen.findByRole('heading', { name: 'En annan sida' })).toBeTruthy();
  });

  it('lets a saved form be left without asking', async () => {
    const user = renderPages();
    await user.type(screen.getByLabelText('Namn'), ' och städ');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByText('Posten är sparad.');
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(false);
    await user.click(screen.getByRole('link', { name: 'Till en annan sida' }));
    expect(await screen.findByRole('heading', { name: 'En annan sida' })).toBeTruthy();
  });
});
