import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ToneLabel } from './tone-label.tsx';

describe('ToneLabel', () => {
  it('shows symbol and word together, and gives screen readers the word alone', () => {
    const shown = (['good', 'partial', 'bad', 'unknown'] as const).map((tone) => {
      const { container, unmount } = render(<ToneLabel tone={tone} label={`Nivå ${tone}`} />);
      const label = container.firstElementChild;
      const symbol = label?.querySelector('[aria-hidden="true"]');
      const result = [label?.className, symbol?.textContent, label?.textContent];
      unmount();
      return result;
    });
    expect(shown).toEqual([
      ['tone tone-good', '●', '●Nivå good'],
      ['tone tone-partial', '◐', '◐Nivå partial'],
      ['tone tone-bad', '○', '○Nivå bad'],
      ['tone tone-unknown', '–', '–Nivå unknown'],
    ]);
  });
});
