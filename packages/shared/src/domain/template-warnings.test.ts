import { describe, expect, it } from 'vitest';
import type { Section, TemplateChapter } from '../contracts/documents.ts';
import { chapterTextPlace } from './chapter-text.ts';
import { reportedData, templateWarnings } from './template-warnings.ts';

const chapter = (key: string, section: Section, children: TemplateChapter[] = []): TemplateChapter => ({
  key,
  title: key.toUpperCase(),
  section,
  pageBreakBefore: false,
  appendix: false,
  children,
});

describe('where a chapter prints its own text', () => {
  it('is the whole content of a text chapter, else where the template places it, else nowhere', () => {
    expect(chapterTextPlace({ section: { kind: 'documentText' } })).toBe('content');
    expect(chapterTextPlace({ section: { kind: 'investments' }, text: 'after' })).toBe('after');
    expect(chapterTextPlace({ section: { kind: 'investments' } })).toBeNull();
  });
});

describe('template warnings', () => {
  const tree = [
    chapter('summary', { kind: 'documentText' }),
    chapter('economy', { kind: 'heading' }, [chapter('statement', { kind: 'incomeStatement' })]),
    chapter('goals', { kind: 'goals', goalKinds: ['committee'] }),
  ];

  it('names a text on a chapter that prints none by its path, and one on a chapter the template lacks', () => {
    const texts = [
      { committee: 'Nämnd A', year: 2024, chapterKey: 'statement' },
      { committee: 'Nämnd B', year: 2024, chapterKey: 'statement' },
      { committee: 'Nämnd A', year: 2024, chapterKey: 'summary' },
      { committee: 'Nämnd A', year: 2024, chapterKey: 'gone' },
    ];
    expect(templateWarnings(tree, { texts, data: [] })).toEqual([
      {
        path: 'chapters[1].children[0].text',
        message: expect.stringContaining(
          'Kapitlet ”STATEMENT” (statement) skriver inte ut den text som skrivits till det (Nämnd A 2024, Nämnd B 2024)',
        ),
      },
      {
        path: 'chapters',
        message:
          'Texten till kapitlet med nyckeln ”gone” (Nämnd A 2024) skrivs inte ut: mallen har inget sådant kapitel',
      },
    ]);
    const placed = [chapter('statement', { kind: 'incomeStatement' })].map((entry) => ({
      ...entry,
      text: 'before' as const,
    }));
    expect(templateWarnings(placed, { texts: texts.slice(0, 1), data: [] })).toEqual([]);
  });

  it('names data no chapter prints once per kind, with at most three committee-years', () => {
    const years = [2021, 2022, 2023, 2024, 2025].map((year) => ({
      committee: 'Nämnd A',
      year,
      data: { kind: 'investments' as const },
    }));
    const warnings = templateWarnings(tree, {
      texts: [],
      data: [
        ...years,
        { committee: 'Nämnd A', year: 2024, data: { kind: 'goals', goalKind: 'committee' } },
        { committee: 'Nämnd A', year: 2024, data: { kind: 'goals', goalKind: 'kfCommittee' } },
        { committee: 'Nämnd A', year: 2024, data: { kind: 'assignments', source: 'budget' } },
      ],
    });
    expect(warnings.map((warning) => warning.message)).toEqual([
      'Nämnd A 2021, Nämnd A 2022, Nämnd A 2023 och 2 till har investeringar (avsnittet investments), men inget kapitel i mallen skriver ut det',
      'Nämnd A 2024 har mål av slaget kfCommittee (nämndspecifika mål från KF), men inget kapitel i mallen skriver ut det',
      'Nämnd A 2024 har uppdrag av källan budget (KF/KS uppdrag i budget), men inget kapitel i mallen skriver ut det',
    ]);
  });

  it('expects no outcomes in a plan', () => {
    expect(reportedData('verksamhetsplan', { kind: 'stateGrants' })).toBe(false);
    expect(reportedData('arsrapport', { kind: 'stateGrants' })).toBe(true);
    expect(reportedData('verksamhetsplan', { kind: 'investments' })).toBe(true);
  });
});
