import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DocumentPreview } from './document-preview.tsx';

describe('DocumentPreview', () => {
  it("keeps a wide table's scrolling box a named region the keyboard reaches, and drops other attributes", () => {
    const html = `<article class="styr-document"><div class="table-scroll" role="region" aria-label="Tabell: Kostnadsslag" tabindex="0" onclick="alert(1)"><table><thead><tr><th scope="col">Kostnadsslag</th></tr></thead></table></div></article>`;
    const { container } = render(<DocumentPreview html={html} />);
    const box = container.querySelector('.table-scroll');
    expect(box?.getAttribute('role')).toBe('region');
    expect(box?.getAttribute('aria-label')).toBe('Tabell: Kostnadsslag');
    expect(box?.getAttribute('tabindex')).toBe('0');
    expect(box?.hasAttribute('onclick')).toBe(false);
    expect(box?.querySelector('table th')?.textContent).toBe('Kostnadsslag');
  });
});
