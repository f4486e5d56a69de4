import { describe, expect, it } from 'vitest';
import { formatNumber } from './number.ts';
import { styleFigures, styleFiguresDeep } from './number-style.ts';

const figure = formatNumber(-1234.5, { decimals: 1 });

describe('styleFigures', () => {
  it('prints a figure with the hyphen-minus and with or without digit groups', () => {
    expect(figure).toBe('\u22121\u00a0234,5');
    expect(styleFigures(figure, { minus: 'hyphen', thousands: 'none' })).toBe('-1234,5');
    expect(styleFigures(figure, { minus: 'hyphen', thousands: 'space' })).toBe('-1\u00a0234,5');
    expect(styleFigures(figure, { minus: 'minus', thousands: 'none' })).toBe('\u22121234,5');
    expect(
      styleFigures('1\u00a0234\u00a0567 (\u22127,7\u00a0%)', { minus: 'hyphen', thousands: 'none' }),
    ).toBe('1234567 (-7,7\u00a0%)');
  });

  it('leaves dashes, hyphens and spaces of prose alone', () => {
    const prose = 'Åren 2019–2022 – ett s.k. tvåårs-perspektiv \u2212 utan siffra, 12\u00a0% och 3\u00a0mnkr';
    expect(styleFigures(prose, { minus: 'hyphen', thousands: 'none' })).toBe(prose);
  });
});

describe('styleFiguresDeep', () => {
  it('restyles every text of a tree but links', () => {
    const tree = {
      rows: [[{ text: figure }]],
      inlines: [{ kind: 'text', text: `Se ${figure}`, href: 'https://e.se/\u22121' }],
    };
    expect(styleFiguresDeep(tree, { minus: 'hyphen', thousands: 'space' })).toEqual({
      rows: [[{ text: '-1\u00a0234,5' }]],
      inlines: [{ kind: 'text', text: 'Se -1\u00a0234,5', href: 'https://e.se/\u22121' }],
    });
  });
});
