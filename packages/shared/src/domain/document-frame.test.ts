import { describe, expect, it } from 'vitest';
import { frameOfModel, pageLabel, resolveFrame, runningText } from './document-frame.ts';

const values = {
  title: 'Årsrapport 2025',
  committee: 'Kultur- och fritidsnämnden',
  municipality: 'Ekmarks kommun',
};

describe('the running footer', () => {
  it('prints as always when the template sets no frame: title, committee and "6 (44)"', () => {
    const frame = frameOfModel({ title: values.title, subtitle: values.committee });
    expect(runningText(frame.footer, 6, 44)).toBe('Årsrapport 2025 Kultur- och fritidsnämnden 6 (44)');
    expect(frame.header).toBeNull();
    expect(frame.contentsDepth).toBe(3);
    expect(frame.titlePage?.lines).toEqual([
      { text: 'Årsrapport 2025', title: true },
      { text: 'Kultur- och fritidsnämnden', title: false },
    ]);
  });

  it('composes the parts in the template’s order with its separator and page style', () => {
    const frame = resolveFrame(
      {
        footer: { parts: ['municipality', 'title', 'page'], separator: ' · ', pageStyle: 'pageOf' },
        header: { parts: ['committee'] },
        contents: false,
      },
      values,
    );
    expect(runningText(frame.footer, 6, 44)).toBe('Ekmarks kommun · Årsrapport 2025 · Sida 6 av 44');
    expect(frame.header && runningText(frame.header, 6, 44)).toBe('Kultur- och fritidsnämnden');
    expect(frame.contentsDepth).toBeNull();
  });

  it('prints the page number in each style', () => {
    expect(pageLabel('parenthesis', 6, 44)).toBe('6 (44)');
    expect(pageLabel('pageOf', 6, 44)).toBe('Sida 6 av 44');
    expect(pageLabel('plain', 6, 44)).toBe('6');
  });
});

describe('the title page', () => {
  it('prints the lines asked for, the logo only when asked and there is one', () => {
    const logo = { png: new Uint8Array([1]), alt: 'Ekmarks vapen' };
    const frame = resolveFrame(
      {
        titlePage: {
          lines: ['municipality', 'title', 'subtitle'],
          subtitle: 'Antagen av nämnden',
          logo: true,
        },
      },
      values,
      logo,
    );
    expect(frame.titlePage).toEqual({
      lines: [
        { text: 'Ekmarks kommun', title: false },
        { text: 'Årsrapport 2025', title: true },
        { text: 'Antagen av nämnden', title: false },
      ],
      logo,
    });
    expect(resolveFrame({ titlePage: { lines: ['title'] } }, values, logo).titlePage?.logo).toBeNull();
    expect(resolveFrame({ titlePage: false }, values).titlePage).toBeNull();
  });
});
