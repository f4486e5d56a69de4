import { type ReactNode, useContext, useEffect, useRef } from 'react';
import { NavigationFocusContext } from '../app/navigation-focus.ts';

export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – Styr`;
  }, [title]);
}

/** The page's one h1, focusable so that navigation can move focus to it. */
export function PageHeader({
  title,
  kicker,
  documentTitle,
  children,
}: {
  title: string;
  /** The browser tab's title when the heading alone would not tell sibling pages apart. */
  documentTitle?: string;
  /** Short context above the title, e.g. the kind of page. */
  kicker?: ReactNode;
  children?: ReactNode;
}) {
  usePageTitle(documentTitle ?? title);
  const heading = useRef<HTMLHeadingElement>(null);
  const navigatedAt = useContext(NavigationFocusContext);
  // A page that finishes loading after navigation replaces the heading that had focus; take it over.
  useEffect(() => {
    const since = navigatedAt.current;
    if (since === null || Date.now() - since > 10_000) return;
    if (!document.activeElement || document.activeElement === document.body) heading.current?.focus();
  }, [navigatedAt]);
  return (
    <header className="page-header">
      {kicker && <p className="page-kicker">{kicker}</p>}
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </header>
  );
}
