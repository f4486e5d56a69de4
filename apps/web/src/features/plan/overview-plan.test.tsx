import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { OverviewPlan, type UnitChoices } from './overview-plan.tsx';
import { OverviewSummary } from './overview-summary.tsx';
import { area, assignment, goal, id, indicator, yearView } from './plan-test-data.tsx';

const augusti = { key: 'augusti', name: 'Delårsrapport', month: 8 };
const arsrapport = { key: 'arsrapport', name: 'Årsrapport', month: 12 };

/** Outcomes of the August follow-up. */
const outcomes = (...values: number[]) =>
  values.map((value) => ({
    year: 2023,
    period: 'augusti',
    gender: 'T' as const,
    value,
    note: null,
    version: 1,
  }));

const assessed = (level: string) => [{ followUp: 'augusti', level, analysis: null, version: 1 }];
const unit = id(90);

const view = yearView({
  followUpPoints: [augusti, arsrapport],
  assessmentScales: {
    augusti: {
      key: 'standard',
      name: 'Standard',
      levelRequired: true,
      levels: [
        { key: 'god', label: 'God', tone: 'good' },
        { key: 'ingen', label: 'Ingen', tone: 'bad' },
      ],
    },
  },
  goalAreas: [area(2, 'Tidiga insatser'), area(3, 'Arbete och sysselsättning')],
  goals: [
    goal(10, 'Barn ska växa upp tryggt', {
      goalAreaId: id(2),
      indicatorIds: [id(20)],
      assessments: assessed('god'),
      activities: [
        { id: id(40), title: 'Föräldrastöd', ownerNodeId: unit, due: null, status: 'done', version: 1 },
      ],
    }),
    goal(11, 'Fler i egen försörjning', {
      goalAreaId: id(3),
      indicatorIds: [id(21)],
      assessments: assessed('ingen'),
    }),
    goal(12, 'Effektiv verksamhet', { goalAreaId: id(3) }),
  ],
  indicators: [
    indicator(20, 'Andel orosanmälningar bedömda i tid', { status: 'met', values: outcomes(92) }),
    indicator(21, 'Hushåll med försörjningsstöd', { status: 'noValue' }),
  ],
  assignments: [
    assignment(30, 'Utreda fritidsbanker', {
      goalAreaId: id(2),
      reports: [{ followUp: 'augusti', status: 'ongoing', proposedClosed: false, comment: null, version: 1 }],
    }),
    assignment(31, 'Samordna hemlöshetsarbetet'),
  ],
});

const units: UnitChoices = {
  options: [{ value: unit, label: 'Mottagningsenheten (enhet)' }],
  pathOf: (nodeId) => [id(1), nodeId],
};

function renderPlan(initial = '/namnd/x/2023') {
  const router = createMemoryRouter(
    [{ path: '/namnd/x/2023', element: <OverviewPlan view={view} latest={augusti} units={units} /> }],
    { initialEntries: [initial] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const result = () => screen.getByRole('status').textContent;
const goalTitles = () => screen.queryAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);

describe('OverviewPlan', () => {
  it('searches titles and indicator names as one types, announcing what is shown', () => {
    const router = renderPlan();
    expect(result()).toBe('Visar alla 3 mål, alla 2 indikatorer och alla 2 uppdrag.');
    fireEvent.change(screen.getByLabelText('Sök i mål, indikatorer och uppdrag'), {
      target: { value: 'försörjningsstöd' },
    });
    expect(result()).toBe('Visar 1 av 3 mål, 1 av 2 indikatorer och 0 av 2 uppdrag.');
    expect(goalTitles()).toEqual(['Fler i egen försörjning']);
    expect(screen.queryByRole('heading', { name: 'Uppdrag' })).toBeNull();
    expect(router.state.location.search).toBe('?sok=f%C3%B6rs%C3%B6rjningsst%C3%B6d');
  });

  it('keeps each choice in the address, so that the back button undoes it', async () => {
    const router = renderPlan();
    fireEvent.change(screen.getByLabelText('Målområde'), { target: { value: id(3) } });
    fireEvent.change(screen.getByLabelText('Måluppfyllelse i delårsrapport'), { target: { value: 'ingen' } });
    expect(goalTitles()).toEqual(['Fler i egen försörjning']);
    expect(result()).toBe('Visar 1 av 3 mål, 1 av 2 indikatorer och 0 av 2 uppdrag.');
    await act(() => router.navigate(-1));
    expect(goalTitles()).toEqual(['Fler i egen försörjning', 'Effektiv verksamhet']);
    expect((screen.getByLabelText('Måluppfyllelse i delårsrapport') as HTMLSelectElement).value).toBe('');
  });

  it('opens with the filters of a shared address: assignments by status, goals by the unit of their activities', () => {
    renderPlan('/namnd/x/2023?uppdragsstatus=_ej-rapporterad');
    expect(goalTitles()).toEqual([]);
    const assignments = screen.getByRole('table', { name: 'Nämndens uppdrag 2023' });
    expect(within(assignments).getAllByRole('row')).toHaveLength(2);
    expect(within(assignments).getByText('Samordna hemlöshetsarbetet')).toBeTruthy();
    expect(result()).toBe('Visar 0 av 3 mål, 0 av 2 indikatorer och 1 av 2 uppdrag.');
  });

  it('filters goals by the unit that owns their activities', () => {
    renderPlan(`/namnd/x/2023?enhet=${unit}`);
    expect(goalTitles()).toEqual(['Barn ska växa upp tryggt']);
  });

  it('says when nothing is left and clears every filter at once', () => {
    const router = renderPlan(`/namnd/x/2023?sok=finns+inte&omrade=${id(2)}`);
    expect(result()).toBe('Inget mål, ingen indikator och inget uppdrag motsvarar filtren.');
    fireEvent.click(screen.getByRole('button', { name: 'Rensa filtren' }));
    expect(router.state.location.search).toBe('');
    expect(result()).toBe('Visar alla 3 mål, alla 2 indikatorer och alla 2 uppdrag.');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Filtrera och sök' }));
  });

  it('ignores a value in the address that the year does not know', () => {
    renderPlan('/namnd/x/2023?indikatorstatus=kanske&omrade=okant');
    expect(result()).toBe('Visar alla 3 mål, alla 2 indikatorer och alla 2 uppdrag.');
  });
});

describe('OverviewSummary', () => {
  it('counts goals, indicators and assignments per status, and shows each goal area as a bar with its words', () => {
    render(<OverviewSummary view={view} latest={augusti} />);
    const group = (title: string) =>
      within(screen.getByRole('heading', { name: title }).parentElement as HTMLElement)
        .getAllByRole('definition')
        .map((entry) => `${entry.previousSibling?.textContent} ${entry.textContent}`);
    expect(group('Måluppfyllelse i delårsrapport')).toEqual(['●God 1', '○Ingen 1', '–Ej bedömd 1']);
    expect(group('Uppdrag i delårsrapport')).toEqual([
      '–Ej påbörjad 0',
      '◐Pågående 1',
      '●Avslutad 0',
      '–Ej rapporterad 1',
    ]);
    expect(screen.getByText('2 indikatorer, varav 1 med utfall i delårsrapport')).toBeTruthy();
    expect(screen.getByText('3 mål, varav 2 bedömda')).toBeTruthy();

    const areas = within(screen.getByRole('heading', { name: 'Per målområde' }).parentElement as HTMLElement)
      .getAllByRole('listitem')
      .map((item) => [...item.querySelectorAll('p, dt, dd')].map((cell) => cell.textContent));
    expect(areas).toEqual([
      [
        'Tidiga insatser',
        'Måluppfyllelse i delårsrapport',
        '1 mål: 1 god',
        'Indikatorer 2023',
        '1 indikator: 1 uppnått',
      ],
      [
        'Arbete och sysselsättning',
        'Måluppfyllelse i delårsrapport',
        '2 mål: 1 ingen, 1 ej bedömd',
        'Indikatorer 2023',
        '1 indikator: 1 saknar värde',
      ],
    ]);
    expect(document.querySelectorAll('.area-bars svg[aria-hidden="true"]')).toHaveLength(4);
  });
});
