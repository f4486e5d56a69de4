import type { AdoptionChecklistView } from '@styr/shared/contracts/adoption';
import type { ChangeDocumentStatus } from '@styr/shared/contracts/plan';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { AdoptDialog } from './adopt-dialog.tsx';
import { adoptionChecklist, id, me, renderSignedIn, typeDecisionDate } from './plan-test-data.tsx';

function renderDialog(view: AdoptionChecklistView) {
  const onAdopt = vi.fn(async (body: ChangeDocumentStatus) => ({
    id: id(4),
    document: view.document,
    status: body.status,
    decision: body.decision ?? null,
    deadline: null,
    version: 2,
  }));
  const getAdoptionChecklist = vi.fn(async () => view);
  renderSignedIn(
    <AdoptDialog
      name="Årsrapport 2023"
      committeeId={id(3)}
      year={2023}
      documentKey="arsrapport"
      document={null}
      onAdopt={onAdopt}
      onClose={() => {}}
    />,
    { getAdoptionChecklist },
  );
  return { onAdopt, getAdoptionChecklist };
}

const adoptButton = () => screen.getByRole('button', { name: 'Fastställ' }) as HTMLButtonElement;

describe('the adoption dialog', () => {
  it('shows what blocks the adoption and asks for no decision', async () => {
    const message =
      'Årsrapporten är tom: inget mål är bedömt, ingen indikator har utfall och inget uppdrag har status. Den kan inte fastställas.';
    const { onAdopt, getAdoptionChecklist } = renderDialog(
      adoptionChecklist({ blocking: [{ key: 'empty-report', message }] }),
    );
    const alert = (await screen.findByText('Dokumentet kan inte fastställas')).closest(
      '.alert',
    ) as HTMLElement;
    expect(within(alert).getByText(message)).toBeTruthy();
    expect(getAdoptionChecklist).toHaveBeenCalledWith(
      { municipalityId: me.user.municipalityId, committeeId: id(3), year: 2023 },
      'arsrapport',
    );
    expect(screen.queryByRole('button', { name: 'Fastställ' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Beslutsdatum' })).toBeNull();
    expect(screen.queryByLabelText(/Jag har sett det som saknas/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Avbryt' })).toBeTruthy();
    expect(onAdopt).not.toHaveBeenCalled();
  });

  it('asks the person to acknowledge what is missing, then sends the decision with its paragraph', async () => {
    const { onAdopt } = renderDialog(
      adoptionChecklist({
        warnings: [
          { key: 'goals-unassessed', message: '2 mål saknar bedömning.' },
          { key: 'assignments-without-status', message: '1 uppdrag saknar status.' },
        ],
      }),
    );
    expect(await screen.findByText('2 mål saknar bedömning.')).toBeTruthy();
    expect(screen.getByText('1 uppdrag saknar status.')).toBeTruthy();
    // What the report will hold: the follow-up's counts, and its chapters.
    expect(screen.getByText('Mål bedömda').nextSibling?.textContent).toBe('3 av 5');
    expect(screen.getByText('2 Mål')).toBeTruthy();

    await typeDecisionDate('2024-02-20');
    fireEvent.change(screen.getByLabelText('Paragraf'), { target: { value: '12' } });
    fireEvent.click(adoptButton());
    expect(await screen.findByText('Bekräfta att du har sett det som saknas')).toBeTruthy();
    expect(onAdopt).not.toHaveBeenCalled();

    fireEvent.click(screen.getByLabelText('Jag har sett det som saknas och vill fastställa dokumentet ändå'));
    fireEvent.click(adoptButton());
    await waitFor(() => expect(onAdopt).toHaveBeenCalledTimes(1));
    expect(onAdopt.mock.calls[0]?.[0]).toEqual({
      status: 'adopted',
      decision: { date: '2024-02-20', paragraph: '§ 12' },
    });
  });

  it('needs no acknowledgement when nothing is missing', async () => {
    const { onAdopt } = renderDialog(adoptionChecklist({ document: 'plan' }));
    expect(await screen.findByText('Inget saknas.')).toBeTruthy();
    expect(screen.getByText('Målområden').nextSibling?.textContent).toBe('2');
    await typeDecisionDate('2024-02-20');
    fireEvent.change(screen.getByLabelText('Paragraf'), { target: { value: '§ 7' } });
    fireEvent.click(adoptButton());
    await waitFor(() => expect(onAdopt).toHaveBeenCalledTimes(1));
    expect(onAdopt.mock.calls[0]?.[0]).toMatchObject({ decision: { paragraph: '§ 7' } });
  });

  it('asks for the decision date and paragraph in Swedish at their fields before anything is sent', async () => {
    const { onAdopt } = renderDialog(adoptionChecklist({ document: 'plan' }));
    expect(await screen.findByText('Inget saknas.')).toBeTruthy();
    fireEvent.click(adoptButton());
    expect(await screen.findByText('Ange ett datum')).toBeTruthy();
    expect(screen.getByText('Ange paragrafen i protokollet')).toBeTruthy();
    expect(screen.getByLabelText('Paragraf').getAttribute('aria-invalid')).toBe('true');
    expect(onAdopt).not.toHaveBeenCalled();
  });

  it('says in the dialog why the server refused the adoption', async () => {
    const { onAdopt } = renderDialog(adoptionChecklist({ document: 'plan' }));
    const message = 'Dokumentet måste vara klart för granskning innan det fastställs.';
    onAdopt.mockRejectedValueOnce(
      new ApiError({
        code: 'CONFLICT',
        message,
        status: 409,
        details: [{ path: 'body.status', message }],
      }),
    );
    expect(await screen.findByText('Inget saknas.')).toBeTruthy();
    await typeDecisionDate('2024-02-20');
    fireEvent.change(screen.getByLabelText('Paragraf'), { target: { value: '7' } });
    fireEvent.click(adoptButton());
    const alert = (await screen.findByText('Ändringen kunde inte sparas')).closest('.alert') as HTMLElement;
    expect(within(alert).getAllByText(message).length).toBeGreaterThan(0);
    expect(onAdopt).toHaveBeenCalledTimes(1);
  });
});
