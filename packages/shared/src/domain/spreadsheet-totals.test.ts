import { describe, expect, it } from 'vitest';
import { computedFigureProblem } from './spreadsheet-totals.ts';

describe('a computed figure in a file', () => {
  it('agrees at the precision the file writes it with', () => {
    expect(computedFigureProblem(81.631, 'mnkr', 8_163_100_000n, 'Resultat')).toBeNull();
    expect(computedFigureProblem(81.6, 'mnkr', 8_163_100_000n, 'Resultat')).toBeNull();
    expect(computedFigureProblem(82, 'mnkr', 8_163_100_000n, 'Resultat')).toBeNull();
    expect(computedFigureProblem(-2066, 'tkr', -206_550_000n, 'Summa')).toBeNull();
  });

  it('names the computed amount when it differs', () => {
    expect(computedFigureProblem(81.7, 'mnkr', 8_163_100_000n, 'Resultat')).toBe(
      'Resultat räknas fram ur sina delar till 81,631 mnkr, inte 81,7 mnkr',
    );
    expect(computedFigureProblem(-2065, 'tkr', -206_550_000n, 'Summa')).toBe(
      'Summa räknas fram ur sina delar till \u22122\u00a0065,5 tkr, inte \u22122\u00a0065 tkr',
    );
    expect(computedFigureProblem(81.631, 'mnkr', 8_163_000_000n, 'Resultat')).toBe(
      'Resultat räknas fram ur sina delar till 81,630 mnkr, inte 81,631 mnkr',
    );
  });

  it('refuses a figure finer than öre or without parts', () => {
    expect(computedFigureProblem(1.001, 'kr', 100n, 'Resultat')).toBe(
      'Beloppet har fler decimaler än hela ören i kr',
    );
    expect(computedFigureProblem(5, 'tkr', null, 'Resultat')).toBe(
      'Resultat räknas fram ur sina delar, och de saknas i kolumnen',
    );
  });
});
