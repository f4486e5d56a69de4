import { describe, expect, it } from 'vitest';
import {
  type AssessmentScale,
  assessmentProblem,
  defaultAssessmentScale,
  scaleForFollowUp,
  scaleProblem,
  scalesProblems,
} from './assessment.ts';

const words: AssessmentScale = {
  key: 'ord',
  name: 'Bedömning i ord',
  levelRequired: false,
  followUpPoints: ['ar'],
  levels: [
    { key: 'uppfyllt', label: 'Uppfyllt', tone: 'good' },
    { key: 'delvis', label: 'Delvis', tone: 'partial' },
    { key: 'ej', label: 'Ej uppfyllt', tone: 'bad' },
  ],
};

describe('assessment scales', () => {
  it('accepts Göteborg’s default scale, and a scale in words only with no levels', () => {
    expect(scaleProblem(defaultAssessmentScale)).toBeNull();
    expect(defaultAssessmentScale.levels.map((level) => level.label)).toEqual([
      'God',
      'Viss',
      'Ingen',
      'Svårbedömd',
    ]);
    expect(scaleProblem({ levelRequired: false, levels: [] })).toBeNull();
  });

  it('refuses too few levels where a level is required, repeated names and empty names', () => {
    const one = [{ key: 'a', label: 'Bra', tone: 'good' as const }];
    expect(scaleProblem({ levelRequired: true, levels: one })).toMatch(/minst två/);
    expect(
      scaleProblem({
        levelRequired: true,
        levels: [
          { key: 'a', label: 'Bra', tone: 'good' },
          { key: 'b', label: 'bra ', tone: 'bad' },
        ],
      }),
    ).toMatch(/olika namn/);
    expect(
      scaleProblem({
        levelRequired: true,
        levels: [
          { key: 'a', label: 'Bra', tone: 'good' },
          { key: 'b', label: ' ', tone: 'bad' },
        ],
      }),
    ).toMatch(/namn/);
  });

  it('chooses the scale that names the follow-up point, else the first', () => {
    const scales = [defaultAssessmentScale, words];
    expect(scaleForFollowUp(scales, 'ar')?.key).toBe('ord');
    expect(scaleForFollowUp(scales, 'delar')?.key).toBe('maluppfyllelse');
    expect(scaleForFollowUp([], 'ar')).toBeNull();
  });

  it('finds repeated scales, points used twice and points that do not exist', () => {
    const points = new Set(['delar', 'ar']);
    expect(scalesProblems([defaultAssessmentScale, words], points, 'assessmentScales')).toEqual([]);
    expect(scalesProblems([], points, 'assessmentScales')).toEqual([
      { path: 'assessmentScales', message: 'Minst en bedömningsskala behövs' },
    ]);
    const problems = scalesProblems(
      [
        { ...words, followUpPoints: ['ar', 'okand'] },
        { ...words, followUpPoints: ['ar'] },
      ],
      points,
      'assessmentScales',
    );
    expect(problems.map((problem) => problem.path)).toEqual([
      'assessmentScales[0].followUpPoints[1]',
      'assessmentScales[1].key',
      'assessmentScales[1].followUpPoints[0]',
    ]);
  });

  it('accepts an assessment without a level only where the scale allows it, and then with an analysis', () => {
    expect(assessmentProblem(words, 'delvis', null)).toBeNull();
    expect(assessmentProblem(words, null, '<p>Arbetet går framåt.</p>')).toBeNull();
    expect(assessmentProblem(words, null, ' ')).toMatch(/analys/);
    expect(assessmentProblem(defaultAssessmentScale, null, 'Text')).toMatch(/Välj en nivå/);
    expect(assessmentProblem(words, 'god', null)).toBe(
      '”god” finns inte i bedömningsskalan Bedömning i ord.',
    );
    expect(assessmentProblem(null, 'god', null)).toMatch(/finns inte/);
  });
});
