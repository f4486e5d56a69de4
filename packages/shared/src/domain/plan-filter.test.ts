import { describe, expect, it } from 'vitest';
import { unassessedStatus, unreportedStatus } from './plan-counts.ts';
import { filterPlan, isFiltering, noAreaFilter, noFilter, searchWords } from './plan-filter.ts';

const goal = (id: string, fields: Partial<Parameters<typeof filterPlan>[0]['goals'][number]> = {}) => ({
  id,
  title: `Mål ${id}`,
  focus: null,
  goalAreaId: null,
  indicatorIds: [],
  activities: [],
  assessments: [],
  ...fields,
});
const indicator = (id: string, name: string, status: 'met' | 'notMet' | 'noValue') => ({ id, name, status });
const assignment = (title: string, fields: Record<string, unknown> = {}) => ({
  title,
  goalAreaId: null,
  decisionReference: null,
  category: null,
  labels: [],
  reports: [],
  ...fields,
});

const year = {
  goalAreas: [{ id: 'trygghet' }, { id: 'arbete' }],
  goals: [
    goal('g1', {
      title: 'Barn ska växa upp tryggt',
      goalAreaId: 'trygghet',
      indicatorIds: ['i1', 'i2'],
      activities: [{ title: 'Föräldrastöd i grupp', ownerNodeId: 'enhet-a' }],
      assessments: [{ followUp: 'augusti', level: 'god' }],
    }),
    goal('g2', {
      title: 'Fler i arbete',
      focus: 'Unga vuxna',
      goalAreaId: 'arbete',
      indicatorIds: ['i2'],
      assessments: [{ followUp: 'augusti', level: 'ingen' }],
    }),
    goal('g3', { title: 'Effektiv verksamhet', indicatorIds: ['i3'] }),
  ],
  indicators: [
    indicator('i1', 'Andel orosanmälningar bedömda inom 14 dagar', 'met'),
    indicator('i2', 'Antal hushåll med försörjningsstöd', 'notMet'),
    indicator('i3', 'Kostnad per brukare', 'noValue'),
    indicator('i4', 'Sjukfrånvaro', 'noValue'),
  ],
  assignments: [
    assignment('Utreda fritidsbanker', {
      goalAreaId: 'trygghet',
      labels: ['fritid'],
      reports: [{ followUp: 'augusti', status: 'ongoing', proposedClosed: false }],
    }),
    assignment('Samordna hemlöshetsarbetet', { decisionReference: 'KF 2024-11-21 § 458' }),
  ],
};

const shown = (result: typeof year) => ({
  goals: result.goals.map((entry) => `${entry.id}:${entry.indicatorIds.join(',')}`),
  indicators: result.indicators.map((entry) => entry.id),
  assignments: result.assignments.map((entry) => entry.title),
});
const filter = (fields: Partial<typeof noFilter>) =>
  shown(filterPlan(year, { ...noFilter, ...fields }, 'augusti'));

describe('filterPlan', () => {
  it('leaves everything without a filter', () => {
    expect(filter({})).toEqual({
      goals: ['g1:i1,i2', 'g2:i2', 'g3:i3'],
      indicators: ['i1', 'i2', 'i3', 'i4'],
      assignments: ['Utreda fritidsbanker', 'Samordna hemlöshetsarbetet'],
    });
  });

  it('keeps the goals and assignments of a goal area, and those of none', () => {
    expect(filter({ area: 'trygghet' })).toEqual({
      goals: ['g1:i1,i2'],
      indicators: ['i1', 'i2'],
      assignments: ['Utreda fritidsbanker'],
    });
    expect(filter({ area: noAreaFilter })).toEqual({
      goals: ['g3:i3'],
      indicators: ['i3'],
      assignments: ['Samordna hemlöshetsarbetet'],
    });
  });

  it('filters goals by their assessment in the follow-up, leaving out what has none', () => {
    expect(filter({ goalStatus: 'ingen' })).toEqual({
      goals: ['g2:i2'],
      indicators: ['i2'],
      assignments: [],
    });
    expect(filter({ goalStatus: unassessedStatus }).goals).toEqual(['g3:i3']);
  });

  it('shows only the indicators with the status, under the goals that have one', () => {
    expect(filter({ indicatorStatus: 'noValue' })).toEqual({
      goals: ['g3:i3'],
      indicators: ['i3', 'i4'],
      assignments: [],
    });
  });

  it('filters assignments by their status in the follow-up, unreported included', () => {
    expect(filter({ assignmentStatus: unreportedStatus })).toEqual({
      goals: [],
      indicators: [],
      assignments: ['Samordna hemlöshetsarbetet'],
    });
  });

  it('keeps goals whose activities a unit beneath the chosen one owns', () => {
    expect(filter({ units: new Set(['forvaltning', 'enhet-a']) })).toEqual({
      goals: ['g1:i1,i2'],
      indicators: ['i1', 'i2'],
      assignments: [],
    });
    expect(filter({ units: new Set(['enhet-b']) }).goals).toEqual([]);
  });

  it('searches titles, focus, activities, indicator names, decisions and labels, every word, in any case', () => {
    expect(filter({ text: 'föräldrastöd BARN' }).goals).toEqual(['g1:i1,i2']);
    expect(filter({ text: 'unga vuxna' }).goals).toEqual(['g2:i2']);
    expect(filter({ text: 'KF 2024-11-21' }).assignments).toEqual(['Samordna hemlöshetsarbetet']);
    expect(filter({ text: 'fritid' }).assignments).toEqual(['Utreda fritidsbanker']);
    expect(filter({ text: 'barn arbete' })).toEqual({ goals: [], indicators: [], assignments: [] });
  });

  it("shows a goal found by an indicator's name with only the indicators found", () => {
    expect(filter({ text: 'försörjningsstöd' })).toEqual({
      goals: ['g1:i2', 'g2:i2'],
      indicators: ['i2'],
      assignments: [],
    });
    expect(filter({ text: 'sjukfrånvaro' }).indicators).toEqual(['i4']);
  });

  it('combines filters', () => {
    expect(filter({ area: 'trygghet', text: 'orosanmälningar' })).toEqual({
      goals: ['g1:i1'],
      indicators: ['i1'],
      assignments: [],
    });
  });
});

describe('isFiltering and searchWords', () => {
  it('treats blank search text as no filter', () => {
    expect(isFiltering({ ...noFilter, text: '  ' })).toBe(false);
    expect(isFiltering({ ...noFilter, area: 'trygghet' })).toBe(true);
    expect(searchWords(' Barn,  ”unga” ')).toEqual(['barn', 'unga']);
  });
});
