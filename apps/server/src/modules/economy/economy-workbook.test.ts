import { describe, expect, it } from 'vitest';
import { safeText } from './economy-workbook.ts';

describe('safeText', () => {
  it('defuses text that a spreadsheet would read as a formula', () => {
    expect(safeText('=HYPERLINK("http://x","klicka")')).toBe(`'=HYPERLINK("http://x","klicka")`);
    expect(safeText('+46 31 000')).toBe("'+46 31 000");
    expect(safeText('-1')).toBe("'-1");
    expect(safeText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeText('\tx')).toBe("'\tx");
  });

  it('leaves ordinary text alone', () => {
    expect(safeText('Avd Barn och unga myndighet')).toBe('Avd Barn och unga myndighet');
    expect(safeText('Summa = 5')).toBe('Summa = 5');
  });
});
