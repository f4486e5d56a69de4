import type { DocumentTemplate, TemplateChapter, UpdateTemplate } from '@styr/shared/contracts/documents';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error.ts';
import { me, renderWith } from './documents-test-render.tsx';
import { TemplateEditor } from './template-editor.tsx';

const chapter = (key: string, title: string): TemplateChapter => ({
  key,
  title,
  section: { kind: 'documentText' },
  pageBreakBefore: false,
  appendix: false,
  children: [],
});
const template: DocumentTemplate = {
  kind: 'arsrapport',
  chapters: [chapter('summering', 'Sammanfattning'), chapter('ekonomi', 'Ekonomi')],
  version: 3,
};

type Update = (municipalityId: string, body: UpdateTemplate) => Promise<DocumentTemplate>;

function renderEditor(updateTemplate: Update) {
  const api = {
    documents: { updateTemplate, getTemplates: async () => [template] },
    settings: { getSettings: async () => ({ version: 'a'.repeat(64), file: { statementTables: [] } }) },
  };
  renderWith(api, <TemplateEditor municipalityId={me.user.municipalityId} template={template} />);
}

const saved = (body: UpdateTemplate): DocumentTemplate => ({ ...body, version: body.version + 1 });
const saveTemplate = () => fireEvent.click(screen.getByRole('button', { name: 'Spara mallen' }));

describe('the template editor', () => {
  it('shows today’s frame for a template without one, and saves the frame the administrator chooses', async () => {
    const updateTemplate = vi.fn<Update>(async (_id, body) => saved(body));
    renderEditor(updateTemplate);
    expect(screen.getByRole('checkbox', { name: 'Titelsida' })).toHaveProperty('checked', true);
    expect(screen.getByRole('combobox', { name: 'Innehållsförteckning' })).toHaveProperty('value', '3');
    expect(screen.getByText('Till exempel: Årsrapport 2025 Socialnämnden 6 (44)')).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'Innehållsförteckning' }), {
      target: { value: 'ingen' },
    });
    const lines = screen.getByRole('group', { name: 'Titelsidans rader, i ordning' });
    fireEvent.click(within(lines).getByRole('checkbox', { name: 'Kommunens namn' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kommunens logotyp' }));
    const footer = screen.getByRole('group', { name: 'Sidfot' });
    fireEvent.click(within(footer).getByRole('checkbox', { name: 'Nämndens namn' }));
    fireEvent.change(within(footer).getByLabelText('Mellan delarna'), { target: { value: ' · ' } });
    fireEvent.change(within(footer).getByRole('combobox', { name: 'Sidnummer' }), {
      target: { value: 'pageOf' },
    });
    expect(screen.getByText('Till exempel: Årsrapport 2025 · Sida 6 av 44')).toBeTruthy();
    saveTemplate();
    expect(await screen.findByText('Mallen är sparad.')).toBeTruthy();
    expect(updateTemplate).toHaveBeenCalledWith(me.user.municipalityId, {
      kind: 'arsrapport',
      version: 3,
      chapters: template.chapters,
      frame: {
        titlePage: { lines: ['title', 'committee', 'municipality'], logo: true },
        contents: false,
        footer: { parts: ['title', 'page'], separator: ' · ', pageStyle: 'pageOf' },
        header: false,
      },
    });
  });

  it('adds a chapter on Enter without saving, and keeps a template without a frame so', async () => {
    const updateTemplate = vi.fn<Update>(async (_id, body) => saved(body));
    renderEditor(updateTemplate);
    const title = screen.getByLabelText('Rubrik');
    fireEvent.keyDown(title, { key: 'Enter' });
    expect(await screen.findByText('Kapitlet behöver en rubrik')).toBeTruthy();
    fireEvent.change(title, { target: { value: 'Årets säkerhetsarbete' } });
    fireEvent.keyDown(title, { key: 'Enter' });
    const tree = screen.getByRole('list', { name: 'Mallens kapitel' });
    expect(await within(tree).findByText('3 Årets säkerhetsarbete')).toBeTruthy();
    expect(title).toHaveProperty('value', '');
    expect(updateTemplate).not.toHaveBeenCalled();
    expect(screen.getByText('Ej sparad ändring')).toBeTruthy();

    saveTemplate();
    await screen.findByText('Mallen är sparad.');
    const sent = updateTemplate.mock.lastCall?.[1];
    expect(sent?.chapters.map((entry) => entry.key)).toEqual([
      'summering',
      'ekonomi',
      'arets-sakerhetsarbete',
    ]);
    expect(sent).not.toHaveProperty('frame');
  });

  it('on a version conflict shows the stored chapters and saves the administrator’s over them when asked', async () => {
    const current = { ...template, chapters: [chapter('summering', 'Sammanfattning')], version: 4 };
    const conflict = new ApiError({
      code: 'VERSION_CONFLICT',
      status: 409,
      message: 'Någon annan har ändrat mallen.',
      current,
      changedBy: { name: 'Anna Administratör', at: '2026-03-02T09:00:00.000Z' },
    });
    const updateTemplate = vi
      .fn<Update>()
      .mockRejectedValueOnce(conflict)
      .mockImplementation(async (_id, body) => saved(body));
    renderEditor(updateTemplate);
    fireEvent.click(screen.getByRole('button', { name: 'Flytta ned ”Sammanfattning”' }));
    saveTemplate();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Anna Administratör har ändrat mallen för årsrapport');
    expect(within(alert).getByRole('row', { name: /^Kapitel / }).textContent).toContain(
      'Ekonomi, Sammanfattning',
    );
    fireEvent.click(within(alert).getByRole('button', { name: 'Spara min version i stället' }));
    await screen.findByText('Mallen är sparad.');
    expect(updateTemplate).toHaveBeenLastCalledWith(
      me.user.municipalityId,
      expect.objectContaining({ version: 4, chapters: [template.chapters[1], template.chapters[0]] }),
    );
  });
});
