import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SettingsFileSection } from './settings-file-section.tsx';
import { changeSummary, scalePoints, settingsFileName } from './settings-model.ts';
import { SettingsNamesForm } from './settings-names-form.tsx';
import { SettingsTables } from './settings-tables.tsx';
import { file, id, version } from './settings-test-data.ts';
import {
  answers,
  failing,
  type Put,
  renderChanging,
  renderSettingsForm,
  savedVersion,
} from './settings-test-render.tsx';

const rename = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const saveNames = () => fireEvent.click(screen.getByRole('button', { name: 'Spara namnen' }));

describe('the settings file helpers', () => {
  it('names the changed parts in Swedish, and says when nothing changes', () => {
    expect(changeSummary(['followUpPoints', 'assessmentScales'])).toBe(
      'Filen ändrar: Uppföljningstillfällen, Bedömningsskalor',
    );
    expect(changeSummary(['municipality', 'statementLines'])).toBe(
      'Filen ändrar: Kommunens uppgifter, Resultaträkningarnas rader',
    );
    expect(changeSummary([])).toBe('Filen ändrar ingenting.');
  });

  it('names the downloaded file after the municipality in ASCII', () => {
    expect(settingsFileName('Ekmarks kommun')).toBe('ekmarks-kommun-installningar.json');
    expect(settingsFileName('Göteborgs Stad')).toBe('goteborgs-stad-installningar.json');
  });

  it('lets the first scale serve every follow-up point no scale names', () => {
    expect(scalePoints(file, 0)).toEqual(['Tertialrapport 1', 'Delårsrapport']);
    expect(scalePoints(file, 1)).toEqual(['Verksamhetsberättelse']);
  });
});

describe('the settings tables', () => {
  it('show kinds with what they hold, units with their kind of values, months in Swedish and computed lines', () => {
    render(<SettingsTables file={file} />);
    const kinds = screen.getByRole('table', { name: /Typer av enheter/ });
    expect(within(kinds).getByRole('row', { name: /^Sektor/ }).textContent).toContain('Verksamhetsområde');
    expect(within(kinds).getByRole('row', { name: /^Enhet/ }).textContent).toContain('Inga andra typer');
    const units = screen.getByRole('table', { name: /Enheter som nämndernas mått/ });
    expect(within(units).getByRole('row', { name: /^timmar/ }).textContent).toBe('timmar1Tal');
    expect(within(units).getByRole('row', { name: /^procent/ }).textContent).toContain('Andel');
    expect(within(units).getByRole('row', { name: /^uppfyllt/ }).textContent).toContain('Ja/delvis/nej');
    const figures = screen.getByRole('table', { name: /Nyckeltal som nämndernas mått kan följa/ });
    expect(within(figures).getByRole('row', { name: /^Personal/ }).textContent).toContain('Kolada U21468');
    const points = screen.getByRole('table', { name: /Uppföljningstillfällen/ });
    expect(within(points).getByRole('row', { name: /Tertialrapport 1/ }).textContent).toContain('april');
    const scales = screen.getByRole('table', { name: /Skalor/ });
    expect(within(scales).getByRole('row', { name: /Bedömning under året/ }).textContent).toContain(
      'Bedömning i ord tillåten',
    );
    const lines = screen.getByRole('table', { name: 'Resultaträkning' });
    expect(within(lines).getByRole('row', { name: /Nettokostnad/ }).textContent).toContain(
      'Ja: Intäkter − Kostnader',
    );
  });
});

describe('the names form', () => {
  it('saves the loaded file with only the changed names, against the loaded version', async () => {
    const putSettings = vi.fn<Put>(async () => answers.changing(['orgKinds']));
    const { getSettings } = renderSettingsForm(SettingsNamesForm, putSettings);
    rename('Namn på typen Verksamhetsområde', ' Område ');
    rename('Namn på uppföljningstillfälle 2 (augusti)', 'Delårsrapport augusti');
    expect(screen.getByText('Ej sparad ändring')).toBeTruthy();
    saveNames();
    expect(await screen.findByText('Inställningarna är sparade.')).toBeTruthy();
    expect(putSettings).toHaveBeenCalledTimes(1);
    expect(putSettings).toHaveBeenCalledWith(
      id(2),
      {
        version,
        file: {
          ...file,
          orgKinds: file.orgKinds.map((kind) =>
            kind.kind === 'department' ? { ...kind, label: 'Område' } : kind,
          ),
          followUpPoints: file.followUpPoints.map((point) =>
            point.key === 'delar' ? { ...point, name: 'Delårsrapport augusti' } : point,
          ),
        },
      },
      false,
    );
    // The form follows the settings as stored, with the version the next save names.
    expect(getSettings).toHaveBeenCalled();
    expect(screen.getByLabelText('Namn på typen Område')).toHaveProperty('value', 'Område');
    expect(screen.queryByText('Ej sparad ändring')).toBeNull();
  });

  it('asks for a name at the field instead of sending an empty one', async () => {
    const putSettings = renderChanging(SettingsNamesForm, ['orgKinds']);
    rename('Namn på typen Sektor', '  ');
    saveNames();
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('Namn på typen Sektor: Namnet får inte vara tomt'),
    );
    const field = screen.getByLabelText('Namn på typen Sektor');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(putSettings).not.toHaveBeenCalled();
  });

  it('shows each problem the server found at its field and names its place', async () => {
    const refused = answers.refused([
      { path: 'orgKinds[3].label', message: 'Namnet används av en fastställd rapport' },
    ]);
    renderSettingsForm(SettingsNamesForm, failing(refused));
    rename('Namn på typen Enhet', 'Resultatenhet');
    saveNames();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Namn på typen Enhet: Namnet används av en fastställd rapport');
    const field = screen.getByLabelText('Namn på typen Enhet');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('on a version conflict shows the stored names beside the person’s and can take the stored ones', async () => {
    const stored = {
      ...file,
      followUpPoints: file.followUpPoints.map((point) =>
        point.key === 'tertial1' ? { ...point, name: 'Tertial 1' } : point,
      ),
    };
    const conflict = answers.conflict(stored);
    renderSettingsForm(SettingsNamesForm, failing(conflict));
    rename('Namn på typen Enhet', 'Resultatenhet');
    saveNames();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Någon annan har ändrat kommunens inställningar');
    const kinds = within(alert).getByRole('row', { name: /Typer av enheter/ });
    expect(kinds.textContent).toContain('Resultatenhet');
    expect(within(alert).getByRole('row', { name: /Uppföljningstillfällen/ }).textContent).toContain(
      'Tertial 1',
    );
    fireEvent.click(within(alert).getByRole('button', { name: 'Hämta aktuella uppgifter' }));
    expect(screen.getByLabelText('Namn på uppföljningstillfälle 1 (april)')).toHaveProperty(
      'value',
      'Tertial 1',
    );
    expect(screen.getByLabelText('Namn på typen Enhet')).toHaveProperty('value', 'Enhet');
  });

  it('saves the person’s names over the stored version when asked to', async () => {
    const putSettings = vi
      .fn<Put>()
      .mockRejectedValueOnce(answers.conflict(file))
      .mockResolvedValueOnce(answers.changing(['orgKinds']));
    renderSettingsForm(SettingsNamesForm, putSettings);
    rename('Namn på typen Enhet', 'Resultatenhet');
    saveNames();
    fireEvent.click(await screen.findByRole('button', { name: 'Spara min version i stället' }));
    expect(await screen.findByText('Inställningarna är sparade.')).toBeTruthy();
    expect(putSettings).toHaveBeenLastCalledWith(
      id(2),
      expect.objectContaining({ version: savedVersion }),
      false,
    );
  });
});

describe('the settings file', () => {
  it('says what a file read in would change, and saves it only when asked', async () => {
    const putSettings = renderChanging(SettingsFileSection, ['followUpPoints']);
    const changed = { ...file, followUpPoints: [{ key: 'bokslut', name: 'Bokslut', month: 12 }] };
    const chosen = new File([JSON.stringify(changed)], 'andrad.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Läs in en ändrad fil'), { target: { files: [chosen] } });
    expect(await screen.findByText('Filen ändrar: Uppföljningstillfällen')).toBeTruthy();
    expect(putSettings).toHaveBeenCalledWith(id(2), { version, file: changed }, true);
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringarna' }));
    expect(await screen.findByText('Inställningarna är sparade.')).toBeTruthy();
    expect(putSettings).toHaveBeenLastCalledWith(id(2), { version, file: changed }, false);
  });

  it('refuses a file that is no JSON, and one over 2 MB without reading it, before anything is sent', async () => {
    const putSettings = renderChanging(SettingsFileSection, ['followUpPoints']);
    const input = screen.getByLabelText('Läs in en ändrad fil');
    fireEvent.change(input, { target: { files: [new File(['{"format": '], 'trasig.json')] } });
    expect((await screen.findByRole('alert')).textContent).toContain('Filen är inte giltig JSON');
    const text = vi.fn(async () => '{}');
    fireEvent.change(input, { target: { files: [{ name: 'stor.json', size: 3 * 1024 * 1024, text }] } });
    expect(await screen.findByText(/Filen är större än 2 MB/)).toBeTruthy();
    expect(text).not.toHaveBeenCalled();
    expect(putSettings).not.toHaveBeenCalled();
  });
});
