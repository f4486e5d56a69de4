import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import { ApiError } from '../../api/api-error.ts';
import type { StyrApi } from '../../api/styr-api.ts';
import { SignedInContext } from '../auth/index.ts';
import { changeSummary, readSettingsFile, scalePoints, settingsFileName } from './settings-model.ts';
import { SettingsNamesForm } from './settings-names-form.tsx';
import { SettingsTables } from './settings-tables.tsx';
import { file, id, me, version } from './settings-test-data.ts';

function renderForm(putSettings: StyrApi['settings']['putSettings']) {
  const api = { settings: { putSettings } } as unknown as StyrApi;
  const onReload = vi.fn();
  const view = render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider api={api}>
        <SignedInContext value={me}>
          <Form onReload={onReload} />
        </SignedInContext>
      </ApiProvider>
    </QueryClientProvider>,
  );
  return { view, onReload };
}

function Form({ onReload }: { onReload: () => void }) {
  return (
    <SettingsNamesForm
      municipalityId={id(2)}
      version={version}
      file={file}
      saved={false}
      onSaved={() => undefined}
      onReload={onReload}
    />
  );
}

const result = {
  municipality: { id: id(2), name: 'Ekmarks kommun', shortName: 'Ekmark', koladaId: null },
  created: false,
  changed: ['orgKinds'],
} as unknown as Awaited<ReturnType<StyrApi['settings']['putSettings']>>;

const rename = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

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

  it('refuses invalid JSON and files over 2 MB without reading them further', async () => {
    expect(await readSettingsFile(10, async () => '{"format": ')).toEqual({
      ok: false,
      message: expect.stringMatching(/inte giltig JSON/),
    });
    const text = vi.fn(async () => '{}');
    expect(await readSettingsFile(3 * 1024 * 1024, text)).toEqual({
      ok: false,
      message: expect.stringMatching(/större än 2 MB/),
    });
    expect(text).not.toHaveBeenCalled();
    expect(await readSettingsFile(2, async () => '{"a":1}')).toEqual({ ok: true, file: { a: 1 } });
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
    const putSettings = vi.fn(async () => result);
    renderForm(putSettings);
    rename('Namn på typen Verksamhetsområde', ' Område ');
    rename('Namn på uppföljningstillfälle 2 (augusti)', 'Delårsrapport augusti');
    fireEvent.click(screen.getByRole('button', { name: 'Spara namnen' }));
    await vi.waitFor(() => expect(putSettings).toHaveBeenCalledTimes(1));
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
  });

  it('asks for a name instead of sending an empty one', () => {
    const putSettings = vi.fn(async () => result);
    renderForm(putSettings);
    rename('Namn på typen Sektor', '  ');
    fireEvent.click(screen.getByRole('button', { name: 'Spara namnen' }));
    expect(screen.getByText('Skriv ett namn.')).toBeTruthy();
    expect(putSettings).not.toHaveBeenCalled();
  });

  it('shows each problem the server found with its place in the file', async () => {
    const refused = new ApiError({
      code: 'VALIDATION',
      status: 400,
      message: 'Filen kunde inte läsas in.',
      details: [{ path: 'orgKinds[2].label', message: 'Namnet får vara högst 60 tecken' }],
    });
    renderForm(vi.fn(async () => Promise.reject(refused)));
    rename('Namn på typen Enhet', 'Resultatenhet');
    fireEvent.click(screen.getByRole('button', { name: 'Spara namnen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('orgKinds[2].label: Namnet får vara högst 60 tecken');
  });

  it('on a version conflict says so and offers to read the settings again', async () => {
    const conflict = new ApiError({
      code: 'VERSION_CONFLICT',
      status: 409,
      message: 'Någon annan har ändrat kommunens inställningar sedan du läste dem.',
    });
    const { onReload } = renderForm(vi.fn(async () => Promise.reject(conflict)));
    rename('Namn på typen Enhet', 'Resultatenhet');
    fireEvent.click(screen.getByRole('button', { name: 'Spara namnen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Någon annan har ändrat kommunens inställningar');
    fireEvent.click(within(alert).getByRole('button', { name: 'Läs in inställningarna på nytt' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });
});
