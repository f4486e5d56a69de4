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

  it('keeps a chart as an image named by its alt text, with its shapes and values, and drops scripts in it', () => {
    const alt = 'Stapeldiagram: Budgetavvikelse per avdelning (tkr). Hemtjänst +1 200.';
    const html = `<article class="styr-document"><figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 470 120" width="470" height="120" role="img" aria-label="${alt}" onload="alert(1)"><title>${alt}</title><script>alert(2)</script><g font-family="DejaVu Sans"><rect x="10" y="20" width="100" height="12" fill="#1F5F8B"/><text x="115" y="30" font-size="7.5" text-anchor="start">+1 200</text></g></svg></figure></article>`;
    const { container } = render(<DocumentPreview html={html} />);
    const svg = container.querySelector('figure.chart svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe(alt);
    expect(svg?.getAttribute('viewBox')).toBe('0 0 470 120');
    expect(svg?.hasAttribute('onload')).toBe(false);
    expect(svg?.querySelector('script')).toBeNull();
    expect(svg?.querySelector('title')?.textContent).toBe(alt);
    expect(svg?.querySelector('rect')?.getAttribute('width')).toBe('100');
    expect(svg?.querySelector('text')?.textContent).toBe('+1 200');
  });
});
