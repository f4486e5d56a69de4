import type { ReactNode } from 'react';

/**
 * A table's own scrolling region, so that a wide table scrolls inside itself instead of widening the page. It is
 * a named region (a section with a name) in the tab order, so that keyboard users can scroll it too (WCAG 2.1.1),
 * and its first column stays in view while it scrolls (tables.css).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to scroll by keyboard
    <section className="table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
