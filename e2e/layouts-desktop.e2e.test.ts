import { describe, it } from 'vitest';
import { useLayoutsJourney, walkEveryPage, widths } from './layouts.ts';

const journey = useLayoutsJourney();

describe('every page of the app, as the administrator sees it on a computer', () => {
  it(`passes axe, target size included, at ${widths.desktop} px and does not scroll sideways`, async () => {
    await walkEveryPage(journey, 'desktop');
  });
});
