import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Scrolls to and focuses the element the URL's #fragment names once the page's content is there. The router
 * scrolls before a lazily loaded page has its data, and the new page's heading takes focus first.
 */
export function useScrollToHash() {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    let second = 0;
    // Two frames: after the router's own focus on the page heading, which runs in the next frame.
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        const target = document.getElementById(decodeURIComponent(hash.slice(1)));
        if (!target) return;
        target.scrollIntoView({ block: 'start' });
        target.focus({ preventScroll: true });
      });
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [hash]);
}
