import type { ChangeDocumentStatus, PlanDocument } from '@styr/shared/contracts/plan';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { DocumentStatusActions } from './document-status-actions.tsx';
import { adoptionChecklist, id, renderSignedIn, typeDecisionDate, yearView } from './plan-test-data.tsx';

const plan = (status: PlanDocument['status'], version: number): PlanDocument => ({
  id: id(5),
  document: 'plan',
  status,
  decision: null,
  deadline: null,
  version,
});

function renderActions(
  stored: PlanDocument,
  changeDocumentStatus: (
    scope: unknown,
    document: string,
    body: ChangeDocumentStatus,
  ) => Promise<PlanDocument>,
) {
  const getAdoptionChecklist = async () => adoptionChecklist({ document: 'plan' });
  renderSignedIn(<DocumentStatusActions view={yearView({ documents: [stored] })} documentKey="plan" />, {
    changeDocumentStatus,
    getAdoptionChecklist,
  });
}

describe("a document's status actions", () => {
  it('says that someone else changed the status in between, and what it is now', async () => {
    const user = userEvent.setup();
    const changeDocumentStatus = vi.fn(
      async (_scope: unknown, _document: string, _body: ChangeDocumentStatus) => {
        throw new ApiError({
          code: 'VERSION_CONFLICT',
          message: 'Versionen är inaktuell.',
          status: 409,
          current: plan('review', 3),
        });
      },
    );
    renderActions(plan('draft', 2), changeDocumentStatus);
    await user.click(screen.getByRole('button', { name: /^Markera klar för granskning/ }));
    expect(
      await screen.findByText(
        'Någon annan ändrade statusen under tiden. Verksamhetsplan 2023 har nu status klar för granskning.',
      ),
    ).toBeTruthy();
    expect(changeDocumentStatus.mock.calls[0]?.[2]).toEqual({ version: 2, status: 'review' });
  });

  it('adopts through the dialog, which closes, and says the document is adopted', async () => {
    const user = userEvent.setup();
    const changeDocumentStatus = vi.fn(
      async (_scope: unknown, _document: string, body: ChangeDocumentStatus) => ({
        ...plan('adopted', 4),
        decision: body.decision ?? null,
      }),
    );
    renderActions(plan('review', 3), changeDocumentStatus);
    await user.click(screen.getByRole('button', { name: /^Fastställ…/ }));
    const dialog = await screen.findByRole('dialog');
    await typeDecisionDate('2022-12-14');
    await user.type(within(dialog).getByLabelText('Paragraf'), '201');
    await user.click(within(dialog).getByRole('button', { name: 'Fastställ' }));

    expect(await screen.findByText('Verksamhetsplan 2023 är fastställd.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(changeDocumentStatus.mock.calls[0]?.[2]).toEqual({
      version: 3,
      status: 'adopted',
      decision: { date: '2022-12-14', paragraph: '§ 201' },
    });
  });
});
