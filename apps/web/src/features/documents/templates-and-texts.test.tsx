import type { IndicatorColumn } from '@styr/shared/contracts/document-table-options';
import type { DocumentOverview, TemplateChapter } from '@styr/shared/contracts/documents';
import type { TemplateCheckResult } from '@styr/shared/contracts/template-file';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { ChapterTexts } from './chapter-texts.tsx';
import { DocumentFiles } from './document-files.tsx';
import { id, overviewWith, renderWith } from './documents-test-render.tsx';
import { TemplateChapters } from './template-chapters.tsx';
import { TemplateFileActions } from './template-file-actions.tsx';

const chapter = (key: string, section: TemplateChapter['section']): TemplateChapter => ({
  key,
  title: key === 'summering' ? 'Sammanfattning' : 'Resultaträkning',
  section,
  pageBreakBefore: false,
  appendix: false,
  children: [],
});
const chapters = [chapter('summering', { kind: 'documentText' }), chapter('rr', { kind: 'incomeStatement' })];
const textChapter = {
  key: 'summering',
  number: '1',
  title: 'Sammanfattning',
  kind: 'documentText',
  text: 'content',
  lacking: null,
} satisfies DocumentOverview['chapters'][number];

describe('a template file on the template page', () => {
  it('checks a file read in, shows its warnings with their paths and loads its chapters into the editor', async () => {
    const result: TemplateCheckResult = {
      errors: [],
      warnings: [
        { path: 'chapters[1].text', message: 'Kapitlet ”Resultaträkning” skriver inte ut den text' },
      ],
      chapters,
    };
    const checkTemplateFile = vi.fn(async () => result);
    const onLoad = vi.fn();
    renderWith(
      { documents: { checkTemplateFile } },
      <TemplateFileActions municipalityId={id(2)} kind="arsrapport" chapters={[]} onLoad={onLoad} />,
    );
    const content = JSON.stringify({ format: 'styr/template', kind: 'arsrapport', chapters });
    const file = new File([content], 'mall.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Läs in mall'), { target: { files: [file] } });

    const findings = await screen.findByText('mall.json: 1 varningar om sådant som inte skrivs ut');
    const alert = findings.closest('.alert') as HTMLElement;
    expect(within(alert).getByText('chapters[1].text')).toBeTruthy();
    expect(alert.textContent).toContain('Kapitlet ”Resultaträkning” skriver inte ut den text');
    expect(checkTemplateFile).toHaveBeenCalledWith(id(2), JSON.parse(content));
    expect(onLoad).toHaveBeenCalledWith(chapters);
    expect(screen.getByText('Mallen är inläst i redigeraren. Granska den och spara.')).toBeTruthy();
  });

  it('refuses a template of another document before sending it, and loads nothing from a file with errors', async () => {
    const checkTemplateFile = vi.fn(async () => ({
      errors: [{ path: 'chapters[0].section.kind', message: '”tabell” är ingen känd sorts avsnitt' }],
      warnings: [],
      chapters: null,
    }));
    const onLoad = vi.fn();
    renderWith(
      { documents: { checkTemplateFile } },
      <TemplateFileActions municipalityId={id(2)} kind="arsrapport" chapters={[]} onLoad={onLoad} />,
    );
    const input = screen.getByLabelText('Läs in mall');
    const other = new File([JSON.stringify({ kind: 'verksamhetsplan' })], 'plan.json');
    fireEvent.change(input, { target: { files: [other] } });
    expect(await screen.findByText(/Filen är en mall för verksamhetsplan/)).toBeTruthy();
    expect(checkTemplateFile).not.toHaveBeenCalled();

    const broken = new File([JSON.stringify({ kind: 'arsrapport' })], 'trasig.json');
    fireEvent.change(input, { target: { files: [broken] } });
    expect(await screen.findByText('trasig.json har fel och läses inte in')).toBeTruthy();
    expect(screen.getByText('chapters[0].section.kind')).toBeTruthy();
    expect(onLoad).not.toHaveBeenCalled();
  });
});

describe("a chapter's own text", () => {
  it('is placed before or after a chapter in the template editor, never on a text chapter', () => {
    const setText = vi.fn();
    renderWith(
      {},
      <TemplateChapters
        chapters={chapters}
        statementTables={[]}
        actions={{ move: vi.fn(), remove: vi.fn(), addUnder: vi.fn(), setSection: vi.fn(), setText }}
      />,
    );
    expect(screen.queryByLabelText('Nämndens egen text i ”Sammanfattning”')).toBeNull();
    fireEvent.change(screen.getByLabelText('Nämndens egen text i ”Resultaträkning”'), {
      target: { value: 'after' },
    });
    expect(setText).toHaveBeenCalledWith('rr', 'after');
  });

  it('switches charts on a goal or department section, keeping the options it does not show', () => {
    const setSection = vi.fn();
    renderWith(
      {},
      <TemplateChapters
        chapters={[
          { ...chapter('mal', { kind: 'goals', goalKinds: ['committee'] }), title: 'Nämndens mål' },
          {
            ...chapter('avd', { kind: 'departmentResults', chart: true }),
            title: 'Resultat per avdelning',
          },
          chapter('rr', { kind: 'incomeStatement', table: 'detalj' }),
        ]}
        statementTables={[]}
        actions={{ move: vi.fn(), remove: vi.fn(), addUnder: vi.fn(), setSection, setText: vi.fn() }}
      />,
    );
    expect(screen.queryByLabelText('Visa diagram i ”Resultaträkning”')).toBeNull();
    expect(screen.queryByLabelText('Diagramtyp i ”Nämndens mål”')).toBeNull();
    fireEvent.click(screen.getByLabelText('Visa diagram i ”Nämndens mål”'));
    expect(setSection).toHaveBeenLastCalledWith('mal', {
      kind: 'goals',
      goalKinds: ['committee'],
      indicatorCharts: 'line',
    });
    const departments = screen.getByLabelText('Visa diagram i ”Resultat per avdelning”');
    expect((departments as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Resultat per avdelning (tkr), med diagram')).toBeTruthy();
    fireEvent.click(departments);
    expect(setSection).toHaveBeenLastCalledWith('avd', { kind: 'departmentResults' });
  });

  it('is written on the document page for every chapter that prints one', () => {
    const overview = overviewWith([
      textChapter,
      {
        key: 'rr',
        number: '2',
        title: 'Resultaträkning',
        kind: 'incomeStatement',
        text: 'before',
        lacking: null,
      },
      { key: 'kb', number: '3', title: 'Kommunbidrag', kind: 'municipalGrant', text: null, lacking: null },
    ]);
    renderWith(
      { documents: {} },
      <ChapterTexts scope={{ municipalityId: id(2), committeeId: id(3), year: 2022 }} overview={overview} />,
    );
    const options = within(screen.getByLabelText('Kapitel')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      '1 Sammanfattning',
      '2 Resultaträkning (före kapitlets innehåll)',
    ]);
  });
});

describe('the text of a chapter', () => {
  const overview = overviewWith(
    [textChapter],
    [{ chapterKey: 'summering', text: '<p>Året gick väl.</p>', version: 2 }],
  );
  const scope = { municipalityId: id(2), committeeId: id(3), year: 2022 };

  it('is saved against the version it was written on', async () => {
    const setText = vi.fn(async () => ({
      chapterKey: 'summering',
      text: '<p>Året gick väl.</p>',
      version: 3,
    }));
    renderWith({ documents: { setText } }, <ChapterTexts scope={scope} overview={overview} />);
    fireEvent.click(screen.getByRole('button', { name: 'Spara texten' }));
    expect(await screen.findByText('Texten är sparad.')).toBeTruthy();
    expect(setText).toHaveBeenCalledWith(scope, 'arsrapport', 'summering', {
      text: '<p>Året gick väl.</p>',
      version: 2,
    });
  });

  it('says so when the document was adopted in between, and offers to show it as adopted', async () => {
    const frozen = new ApiError({ code: 'FROZEN', status: 409, message: 'Dokumentet är fastställt.' });
    renderWith(
      { documents: { setText: async () => Promise.reject(frozen) } },
      <ChapterTexts scope={scope} overview={overview} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Spara texten' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Årsrapport 2022 är fastställd och kan inte ändras');
    expect(within(alert).getByRole('button', { name: 'Visa uppgifterna som de fastställdes' })).toBeTruthy();
  });
});

describe('an adopted document', () => {
  it('downloads as archived, while one not adopted is rendered from today', () => {
    const scope = { municipalityId: id(2), committeeId: id(3), year: 2022 };
    const overview = (snapshots: DocumentOverview['snapshots']): DocumentOverview => ({
      ...overviewWith([]),
      status: snapshots.length > 0 ? 'adopted' : 'draft',
      snapshots,
    });
    const adopted = { sha256: 'a'.repeat(64), bytes: 2048, adoptedAt: '2023-02-21T10:00:00.000Z' };
    const view = render(
      <DocumentFiles
        scope={scope}
        overview={overview([
          { format: 'pdf', ...adopted },
          { format: 'docx', ...adopted },
        ])}
        decision={{ date: '2023-02-14', paragraph: '§ 12' }}
      />,
    );
    // The committee's decision dates the files, not the day it was recorded.
    expect(screen.getAllByText('2023-02-14, § 12')).toHaveLength(2);
    expect(screen.queryByText('2023-02-21')).toBeNull();
    expect(screen.getByRole('link', { name: 'Ladda ner som PDF' }).getAttribute('href')).toMatch(
      /\/adopted\/pdf$/,
    );
    expect(screen.getByRole('link', { name: 'Ladda ner som Word' }).getAttribute('href')).toMatch(
      /\/adopted\/docx$/,
    );
    view.unmount();
    render(<DocumentFiles scope={scope} overview={overview([])} />);
    expect(screen.getByRole('link', { name: 'Ladda ner som PDF' }).getAttribute('href')).toMatch(
      /\/render\/pdf$/,
    );
  });
});

describe('the template editor', () => {
  it('leaves a chapter’s table options as they are when its statement table changes', () => {
    const setSection = vi.fn();
    renderWith(
      {},
      <TemplateChapters
        chapters={[chapter('rr', { kind: 'incomeStatement', decimals: 0, deviationNote: true })]}
        statementTables={[
          { key: 'sammandrag', title: 'Sammandrag' },
          { key: 'kostnadsslag', title: 'Per kostnadsslag' },
        ]}
        actions={{ move: vi.fn(), remove: vi.fn(), addUnder: vi.fn(), setSection, setText: vi.fn() }}
      />,
    );
    expect(screen.getByText('Resultaträkning (mnkr), med egna tabellval')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Resultaträkning i ”Resultaträkning”'), {
      target: { value: 'kostnadsslag' },
    });
    expect(setSection).toHaveBeenCalledWith('rr', {
      kind: 'incomeStatement',
      table: 'kostnadsslag',
      decimals: 0,
      deviationNote: true,
    });
  });

  it('sets a goals chapter’s indicator columns and unit, keeping the rest of its section', () => {
    const setSection = vi.fn();
    const own: IndicatorColumn[] = [{ kind: 'name' }, { kind: 'outcome', year: 0 }];
    const section: TemplateChapter['section'] = {
      kind: 'goals',
      goalKinds: ['committee'],
      indicatorTable: { columns: own, unit: 'name' },
    };
    renderWith(
      {},
      <TemplateChapters
        chapters={[{ ...chapter('mal', section), title: 'Mål' }]}
        statementTables={[]}
        actions={{ move: vi.fn(), remove: vi.fn(), addUnder: vi.fn(), setSection, setText: vi.fn() }}
      />,
    );
    const columns = screen.getByLabelText('Måttabellernas kolumner i ”Mål”') as HTMLSelectElement;
    expect(columns.value).toBe('egna');
    fireEvent.change(columns, { target: { value: 'fjolar-status' } });
    const chosen = setSection.mock.lastCall?.[1] as Extract<TemplateChapter['section'], { kind: 'goals' }>;
    expect(chosen.goalKinds).toEqual(['committee']);
    expect(chosen.indicatorTable?.unit).toBe('name');
    // Last year's and this year's outcome, the target and the status in words.
    expect(chosen.indicatorTable?.columns?.map((column) => column.kind)).toEqual([
      'name',
      'outcome',
      'outcome',
      'target',
      'status',
    ]);
    fireEvent.change(screen.getByLabelText('Måttens enhet i ”Mål”'), { target: { value: '' } });
    expect(setSection).toHaveBeenLastCalledWith('mal', {
      kind: 'goals',
      goalKinds: ['committee'],
      indicatorTable: { columns: own },
    });
  });
});
