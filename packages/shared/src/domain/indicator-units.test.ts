import { describe, expect, it } from 'vitest';
import { defaultIndicatorUnits, targetProblem, valueProblem } from './indicator-units.ts';

describe('the kinds of values a unit holds', () => {
  it('keeps ja/delvis/nej to 1, 0,5 and 0, a share to 0–100, and a number free', () => {
    expect(valueProblem('yesPartlyNo', 0.5)).toBeNull();
    expect(valueProblem('yesPartlyNo', 2)).toBe(
      'Ett ja/delvis/nej-mått har värdet 1 (ja), 0,5 (delvis) eller 0 (nej)',
    );
    expect(valueProblem('share', 100)).toBeNull();
    expect(valueProblem('share', 0)).toBeNull();
    expect(valueProblem('share', 100.5)).toBe('En andel ligger mellan 0 och 100; 100,5 är utanför');
    expect(valueProblem('share', -1)).toBe('En andel ligger mellan 0 och 100; −1 är utanför');
    expect(valueProblem('number', -12_345.678)).toBeNull();
    expect(valueProblem('share', null)).toBeNull();
  });

  it('gives a ja/delvis/nej measure a ja or nej target and others a number or a comparison', () => {
    expect(targetProblem('yesPartlyNo', { kind: 'yesNo', value: 'ja' })).toBeNull();
    expect(targetProblem('yesPartlyNo', { kind: 'numeric', value: 1 })?.field).toBe('kind');
    expect(targetProblem('number', { kind: 'yesNo', value: 'nej' })?.field).toBe('kind');
    expect(targetProblem('share', { kind: 'numeric', value: 140 })).toEqual({
      field: 'value',
      message: 'En andel ligger mellan 0 och 100; 140 är utanför',
    });
    expect(targetProblem('share', { kind: 'relative', relation: 'higher', baseYear: 2021 })).toBeNull();
  });

  it('starts a municipality with the eight units Styr always knew, % a share and ja/nej ja/delvis/nej', () => {
    expect(defaultIndicatorUnits.map((entry) => [entry.unit, entry.valueKind])).toEqual([
      ['antal', 'number'],
      ['%', 'share'],
      ['kr', 'number'],
      ['tkr', 'number'],
      ['mnkr', 'number'],
      ['dagar', 'number'],
      ['index', 'number'],
      ['ja/nej', 'yesPartlyNo'],
    ]);
  });
});
