import { describe, expect, it } from 'vitest';
import { defaultAssessmentScales, scaleProblem } from './assessment.ts';

describe('assessment scales', () => {
  it('accepts the scales of Göteborg and Gävle', () => {
    expect(scaleProblem(defaultAssessmentScales.goteborg)).toBeNull();
    expect(scaleProblem(defaultAssessmentScales.gavle)).toBeNull();
    expect(defaultAssessmentScales.goteborg.map((level) => level.label)).toEqual([
      'God',
      'Viss',
      'Ingen',
      'Svårbedömd',
    ]);
  });

  it('refuses too few levels, repeated names and empty names', () => {
    expect(scaleProblem([{ key: 'a', label: 'Bra', tone: 'good' }])).toMatch(/minst två/);
    expect(
      scaleProblem([
        { key: 'a', label: 'Bra', tone: 'good' },
        { key: 'b', label: 'bra ', tone: 'bad' },
      ]),
    ).toMatch(/olika namn/);
    expect(
      scaleProblem([
        { key: 'a', label: 'Bra', tone: 'good' },
        { key: 'b', label: ' ', tone: 'bad' },
      ]),
    ).toMatch(/namn/);
  });
});
