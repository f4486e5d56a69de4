import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RisksForm } from './risks-form.tsx';
import { ScalesForm } from './scales-form.tsx';
import { keyedValues } from './settings-draft.ts';
import { file, id, version } from './settings-test-data.ts';
import { answers, failing, renderChanging, renderSettingsForm } from './settings-test-render.tsx';
import { StatementsForm } from './statements-form.tsx';
import { withPart } from './statements-model.ts';

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
/** The error text shown at a field, read the way a screen reader reaches it. */
const errorAt = (label: string) => {
  const field = screen.getByLabelText(label);
  return (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((describedBy) => document.getElementById(describedBy))
    .find((element) => element?.className === 'field-error')?.textContent;
};

describe('the scales form', () => {
  it('asks for a new level’s word at the field before sending anything', async () => {
    const putSettings = renderChanging(ScalesForm, ['assessmentScales']);
    click('Lägg till nivå i ”Måluppfyllelse”');
    click('Granska ändringarna');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Skala 2, nivå 3, benämning: Namnet får inte vara tomt',
    );
    expect(errorAt('Skala 2, nivå 3, benämning')).toBe('Fel: Namnet får inte vara tomt');
    expect(putSettings).not.toHaveBeenCalled();
  });

  it('reviews the changed file in a dry run, then saves it with the level keyed by its word', async () => {
    const putSettings = renderChanging(ScalesForm, ['assessmentScales']);
    click('Lägg till nivå i ”Måluppfyllelse”');
    type('Skala 2, nivå 3, benämning', 'Delvis uppfyllt');
    fireEvent.change(screen.getByLabelText('Skala 2, nivå 3, ton'), { target: { value: 'partial' } });
    click('Flytta upp ”Delvis uppfyllt”');
    fireEvent.click(screen.getByLabelText('Skala 2: en bedömning måste ha en nivå'));
    click('Granska ändringarna');
    expect(await screen.findByText('Ändringen ändrar: Bedömningsskalor')).toBeTruthy();
    const sent = {
      ...file,
      assessmentScales: [
        file.assessmentScales[0],
        {
          ...file.assessmentScales[1],
          levelRequired: false,
          levels: [
            { key: 'uppfyllt', label: 'Uppfyllt', tone: 'good' },
            { key: 'delvis-uppfyllt', label: 'Delvis uppfyllt', tone: 'partial' },
            { key: 'ej-uppfyllt', label: 'Ej uppfyllt', tone: 'bad' },
          ],
        },
      ],
    };
    expect(putSettings).toHaveBeenLastCalledWith(id(2), { version, file: sent }, true);
    click('Spara ändringarna');
    expect(await screen.findByText('Inställningarna är sparade.')).toBeTruthy();
    expect(putSettings).toHaveBeenLastCalledWith(id(2), { version, file: sent }, false);
    expect(screen.getAllByText('Nyckel: delvis-uppfyllt')).toHaveLength(1);
  });

  it('reviews again after a change, since the review was of what the form held then', async () => {
    renderChanging(ScalesForm, ['assessmentScales']);
    type('Skala 1, namn', 'Under året');
    click('Granska ändringarna');
    expect(await screen.findByRole('button', { name: 'Spara ändringarna' })).toBeTruthy();
    type('Skala 1, namn', 'Under hela året');
    expect(screen.queryByRole('button', { name: 'Spara ändringarna' })).toBeNull();
  });

  it('shows the server’s problems at the fields their paths name', async () => {
    const refused = answers.refused([
      { path: 'assessmentScales[1].levels[0].label', message: 'Nivån används av en fastställd rapport' },
    ]);
    renderSettingsForm(ScalesForm, failing(refused));
    type('Skala 2, nivå 1, benämning', 'Helt uppfyllt');
    click('Granska ändringarna');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Skala 2, nivå 1, benämning: Nivån används av en fastställd rapport');
    expect(errorAt('Skala 2, nivå 1, benämning')).toBe('Fel: Nivån används av en fastställd rapport');
    expect(errorAt('Skala 1, nivå 1, benämning')).toBeUndefined();
  });

  it('on a version conflict shows the stored scales and can take them into the form', async () => {
    const stored = {
      ...file,
      assessmentScales: file.assessmentScales.map((scale, index) =>
        index === 0 ? { ...scale, name: 'Under året' } : scale,
      ),
    };
    const conflict = answers.conflict(stored);
    renderSettingsForm(ScalesForm, failing(conflict));
    type('Skala 2, namn', 'Årets måluppfyllelse');
    click('Granska ändringarna');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Någon annan har ändrat kommunens inställningar');
    expect(within(alert).getByRole('row', { name: /Skala 1/ }).textContent).toContain('Under året: I fas');
    fireEvent.click(within(alert).getByRole('button', { name: 'Hämta aktuella uppgifter' }));
    expect(screen.getByLabelText('Skala 1, namn')).toHaveProperty('value', 'Under året');
    expect(screen.getByLabelText('Skala 2, namn')).toHaveProperty('value', 'Måluppfyllelse');
  });

  it('says at the follow-up point when two scales would both serve it', async () => {
    const putSettings = renderChanging(ScalesForm, ['assessmentScales']);
    fireEvent.click(screen.getByLabelText('Skala 1 används vid Verksamhetsberättelse (december)'));
    click('Granska ändringarna');
    await screen.findByRole('alert');
    expect(errorAt('Skala 2 används vid Verksamhetsberättelse (december)')).toBe(
      'Fel: ”bokslut” bedöms redan med skalan ”under-aret”',
    );
    expect(putSettings).not.toHaveBeenCalled();
  });
});

describe('the risks form', () => {
  it('adds an area and a step, shows the matrix size, and sends both', async () => {
    const putSettings = renderChanging(RisksForm, ['riskAreas', 'riskScale']);
    expect(screen.getByText('Riskmatrisen får 2 × 2 = 4 rutor.')).toBeTruthy();
    click('Lägg till steg i sannolikhet');
    expect(screen.getByText('Riskmatrisen får 3 × 2 = 6 rutor.')).toBeTruthy();
    type('Sannolikhet, värde 3', 'Mycket stor');
    click('Lägg till riskområde');
    type('Riskområde 2', 'Ekonomiska risker');
    click('Granska ändringarna');
    await screen.findByText('Ändringen ändrar: Riskområden, Riskskala');
    expect(putSettings).toHaveBeenCalledWith(
      id(2),
      {
        version,
        file: {
          ...file,
          riskAreas: [...file.riskAreas, { key: 'ekonomiska-risker', name: 'Ekonomiska risker' }],
          riskScale: {
            ...file.riskScale,
            probability: [...file.riskScale.probability, { value: 3, label: 'Mycket stor' }],
          },
        },
      },
      true,
    );
  });
});

describe('the statements form', () => {
  it('says at the line when a part it sums is removed', async () => {
    const putSettings = renderChanging(StatementsForm, ['statementLines']);
    click('Ta bort ”Kostnader”');
    click('Granska ändringarna');
    expect((await screen.findByRole('alert')).textContent).toContain('Rad 2, delar');
    expect(putSettings).not.toHaveBeenCalled();
  });

  it('makes a line computed by choosing its parts', async () => {
    const putSettings = renderChanging(StatementsForm, ['statementLines']);
    fireEvent.change(screen.getByLabelText('Intäkter i ”Kostnader”'), { target: { value: 'subtract' } });
    click('Granska ändringarna');
    await screen.findByText('Ändringen ändrar: Resultaträkningarnas rader');
    const sent = (putSettings.mock.lastCall?.[1] as { file: typeof file } | undefined)?.file;
    const kostnader = sent?.statementLines[1];
    expect(kostnader).toEqual({ key: 'kostnader', label: 'Kostnader', sumOf: [], subtract: ['intakter'] });
  });
});

describe('the statement columns', () => {
  it('chooses a table’s own columns, keyed by their headings', async () => {
    const putSettings = renderChanging(StatementsForm, ['statementTables']);
    fireEvent.click(screen.getByLabelText('Tabell 1 har egna kolumner'));
    fireEvent.change(screen.getByLabelText(/^Tabell 1, kolumn 1, rubrik/), {
      target: { value: 'Utfall per augusti' },
    });
    fireEvent.change(screen.getByLabelText('Tabell 1, kolumn 1, utfall per'), { target: { value: '8' } });
    click('Granska ändringarna');
    await screen.findByText('Ändringen ändrar: Resultaträkningar');
    expect(putSettings).toHaveBeenCalledWith(
      id(2),
      {
        version,
        file: {
          ...file,
          statementTables: [
            {
              key: 'rr',
              title: 'Resultaträkning',
              columns: [{ key: 'utfall-per-augusti', kind: 'actual', label: 'Utfall per augusti', month: 8 }],
            },
          ],
        },
      },
      true,
    );
  });

  it('asks a deviation for the columns it compares', async () => {
    const putSettings = renderChanging(StatementsForm, ['statementTables']);
    fireEvent.click(screen.getByLabelText('Tabell 1 har egna kolumner'));
    fireEvent.change(screen.getByLabelText('Tabell 1, kolumn 1, typ'), { target: { value: 'deviation' } });
    click('Granska ändringarna');
    await screen.findByRole('alert');
    expect(errorAt('Tabell 1, kolumn 1, jämför')).toBe(
      'Fel: En avvikelse anger vilka två kolumner den jämför',
    );
    expect(screen.getByRole('alert').textContent).toContain('Tabell 1, kolumn 1, mot: En avvikelse anger');
    expect(putSettings).not.toHaveBeenCalled();
  });
});

describe('the forms’ helpers', () => {
  it('keys a new entry by its name, unique beside the others, and leaves a kept key as it is', () => {
    const keyed = keyedValues(
      [
        { key: 'ekonomi', name: 'Ekonomiska risker' },
        { key: '', name: 'Ekonomiska risker' },
        { key: '', name: 'Åtgärd & öppenhet' },
        { key: '', name: 'Åtgärd och öppenhet' },
        { key: '', name: '  ' },
      ],
      (entry) => entry.name,
    );
    expect(keyed.map((entry) => entry.key)).toEqual([
      'ekonomi',
      'ekonomiska-risker',
      'atgard-oppenhet',
      'atgard-och-oppenhet',
      'ny',
    ]);
    expect(
      keyedValues(
        [
          { key: '', name: 'Ekonomi' },
          { key: 'ekonomi', name: 'Annat' },
        ],
        (e) => e.name,
      ),
    ).toEqual([
      { key: 'ekonomi-2', name: 'Ekonomi' },
      { key: 'ekonomi', name: 'Annat' },
    ]);
  });

  it('moves a part between added and subtracted, dropping an emptied subtract', () => {
    const line = { key: 'netto', label: 'Netto', sumOf: ['a', 'b'] };
    expect(withPart(line, 'b', 'subtract')).toEqual({ ...line, sumOf: ['a'], subtract: ['b'] });
    expect(withPart(withPart(line, 'b', 'subtract'), 'b', 'add')).toEqual(line);
    expect(withPart(line, 'c', 'none')).toEqual(line);
  });
});
