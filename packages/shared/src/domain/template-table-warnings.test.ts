import { describe, expect, it } from 'vitest';
import type { TemplateChapter } from '../contracts/documents.ts';
import { tableOptionWarnings } from './template-table-warnings.ts';

const chapter = (key: string, section: TemplateChapter['section'], children: TemplateChapter[] = []) => ({
  key,
  title: key,
  section,
  pageBreakBefore: false,
  appendix: false,
  children,
});

describe('table option warnings', () => {
  it('names an indicator column of a follow-up point the municipality does not have, with its path', () => {
    const goals = chapter('mal', {
      kind: 'goals',
      goalKinds: ['committee'],
      indicatorTable: {
        columns: [
          { kind: 'name' },
          { kind: 'followUp', point: 'augusti' },
          { kind: 'followUp', point: 'tertial2' },
        ],
      },
    });
    expect(
      tableOptionWarnings([chapter('rubrik', { kind: 'heading' }, [goals])], ['tertial1', 'tertial2']),
    ).toEqual([
      {
        path: 'chapters[0].children[0].section.indicatorTable.columns[1].point',
        message:
          'Kapitlet ”mal” visar utfallet vid uppföljningen ”augusti”, som kommunen inte har; kända uppföljningar: tertial1, tertial2',
      },
    ]);
    expect(tableOptionWarnings([goals], ['augusti', 'tertial2'])).toEqual([]);
  });
});
