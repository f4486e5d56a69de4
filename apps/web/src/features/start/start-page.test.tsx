import type { Me } from '@styr/shared/contracts/auth';
import type { MyStart, StartDocument } from '@styr/shared/contracts/start';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import type { StyrApi } from '../../api/styr-api.ts';
import { SignedInContext } from '../auth/index.ts';
import { CommitteeNav } from '../shell/index.ts';
import { StartPage } from './start-page.tsx';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const committee = { id: id(10), name: 'Socialnämnden Prov' };
const municipalityId = id(2);

const meWith = (grants: Me['grants']): Me => ({
  user: { id: id(1), email: 'person@test.example', displayName: 'Nora Prov', municipalityId },
  municipality: { id: municipalityId, name: 'Provkommun', shortName: null },
  grants,
  csrfToken: 'csrf',
});
let grants = 100;
const grant = (role: Me['grants'][number]['role'], nodeId: string | null): Me['grants'][number] => ({
  id: id(++grants),
  userId: id(1),
  role,
  nodeId,
  createdAt: '2024-01-01T00:00:00.000Z',
});

const document = (fields: Partial<StartDocument>): StartDocument => ({
  document: 'plan',
  name: 'Verksamhetsplan',
  kind: 'verksamhetsplan',
  status: 'draft',
  decision: null,
  deadline: null,
  files: [],
  awaitingReview: null,
  ...fields,
});

function renderWith(me: Me, start: MyStart, children: ReactNode) {
  const api = {
    start: { getMyStart: vi.fn(async () => start) },
    workflow: { getMyTasks: vi.fn(async () => []) },
    // The organisation is not needed for a grant on the committee itself; it stays pending.
    org: { getOrgTree: vi.fn(() => new Promise(() => {})) },
  };
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider api={api as unknown as StyrApi}>
        <SignedInContext value={me}>
          <MemoryRouter>{children}</MemoryRouter>
        </SignedInContext>
      </ApiProvider>
    </QueryClientProvider>,
  );
}

const base = `/api/municipalities/${municipalityId}/committees/${committee.id}/years`;

describe('the start page', () => {
  it('gives a member a reading room of what is handed over, as archived files where there are some', async () => {
    const start: MyStart = {
      committees: [
        {
          committee,
          reading: 'handedOver',
          years: [
            {
              year: 2023,
              documents: [
                document({
                  status: 'adopted',
                  decision: { date: '2023-02-20', paragraph: '12' },
                  files: ['docx', 'pdf'],
                }),
              ],
            },
            {
              year: 2024,
              documents: [document({ status: 'review' })],
            },
          ],
        },
      ],
    };
    renderWith(meWith([grant('member', committee.id)]), start, <StartPage />);
    const room = (await screen.findByRole('heading', { name: 'Läsrum' }, { timeout: 5000 })).closest(
      'section',
    ) as HTMLElement;
    expect(screen.queryByRole('heading', { name: 'Dina nämnder' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Administrera kommunen' })).toBeNull();
    expect(within(room).getByText(/Fastställd 2023-02-20, § 12/)).toBeTruthy();
    expect(
      within(room).getByRole('link', { name: 'Verksamhetsplan 2023 som PDF' }).getAttribute('href'),
    ).toBe(`${base}/2023/documents/verksamhetsplan/adopted/pdf`);
    // Submitted for decision, not adopted: rendered from the data as it is now.
    expect(
      within(room).getByRole('link', { name: 'Verksamhetsplan 2024 som PDF' }).getAttribute('href'),
    ).toBe(`${base}/2024/documents/verksamhetsplan/render/pdf`);
    expect(
      within(room).getByRole('link', { name: 'Risker och intern kontroll 2024' }).getAttribute('href'),
    ).toBe(`/namnd/${committee.id}/2024/risker`);
  });

  it('takes a controller to the year being worked on, with what awaits review and deadlines', async () => {
    const start: MyStart = {
      committees: [
        {
          committee,
          reading: 'work',
          years: [
            { year: 2023, documents: [document({ status: 'adopted', awaitingReview: 0 })] },
            {
              year: 2024,
              documents: [
                document({ awaitingReview: 0 }),
                document({
                  document: 'augusti',
                  name: 'Delårsrapport augusti',
                  kind: 'delarsrapport',
                  deadline: '2024-08-31',
                  awaitingReview: 3,
                }),
              ],
            },
          ],
        },
      ],
    };
    renderWith(meWith([grant('controller', committee.id)]), start, <StartPage />);
    const link = await screen.findByRole('link', { name: 'Socialnämnden Prov 2024' });
    expect(link.getAttribute('href')).toBe(`/namnd/${committee.id}/2024`);
    const review = screen.getByRole('heading', { name: 'Att granska och sammanställa' }).closest('section');
    expect(review?.textContent).toContain('3 delar markerade klara');
    expect(
      within(review as HTMLElement)
        .getAllByRole('link', { name: 'Delårsrapport augusti 2024 – Socialnämnden Prov' })
        .map((entry) => entry.getAttribute('href')),
    ).toEqual([
      `/namnd/${committee.id}/2024/uppfoljning/augusti/rapportering`,
      `/namnd/${committee.id}/2024/uppfoljning/augusti/rapportering`,
    ]);
    expect(screen.queryByRole('heading', { name: 'Läsrum' })).toBeNull();
  });

  it('shows a person with several roles the section of each', async () => {
    const start: MyStart = {
      committees: [{ committee, reading: 'handedOver', years: [] }],
    };
    const me = meWith([grant('admin', null), grant('member', committee.id)]);
    // An administrator reads every committee's work; here the summary says otherwise, as for a member.
    renderWith(me, start, <StartPage />);
    expect(await screen.findByRole('heading', { name: 'Läsrum' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Inställningar för kommunen' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Personer och roller' })).toBeTruthy();
  });
});

describe('the committee’s tabs', () => {
  const tabs = () =>
    within(screen.getByRole('navigation', { name: 'Nämndens sidor' }))
      .getAllByRole('link')
      .map((link) => link.textContent);

  it('show a member only the pages handed over to the committee', () => {
    renderWith(
      meWith([grant('member', committee.id)]),
      { committees: [] },
      <CommitteeNav committeeId={committee.id} year={2024} />,
    );
    expect(tabs()).toEqual(['Översikt', 'Nämndens organisation', 'Risker och intern kontroll', 'Dokument']);
  });

  it('show a controller every page of the year', () => {
    renderWith(
      meWith([grant('controller', committee.id)]),
      { committees: [] },
      <CommitteeNav committeeId={committee.id} year={2024} />,
    );
    expect(tabs()).toEqual([
      'Översikt',
      'Ekonomi och nyckeltal',
      'Nämndens organisation',
      'Risker och intern kontroll',
      'Handlingsplaner',
      'Dokument',
    ]);
  });
});
