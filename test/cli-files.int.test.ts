import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCommandLine } from './cli-harness.ts';

const { dir, styr, newInstallationEnv, demoInstallationEnv } = useCommandLine();

// A committee-year and municipalities through the command line; the demo's settings and templates are in
// cli-settings-files.int.test.ts, and the commands themselves in cli.int.test.ts, so the three run side by side.
describe('styr command line: committee-years and municipalities as files', () => {
  it('loads the demo, exports a committee year as JSON, and refuses a bad file naming file, path and reason', async () => {
    const env = await demoInstallationEnv('interchange');
    const exported = await styr(['export', '--committee', 'Socialnämnden Hisingen', '--year', '2022'], env);
    expect(exported.status, exported.stderr).toBe(0);
    const document = JSON.parse(exported.stdout);
    const goal = document.goals.find((entry: { title: string }) =>
      entry.title.startsWith('Antalet invånare i bidragsberoende'),
    );
    expect(document.assessments.find((entry: { goal: string }) => entry.goal === goal.key).level).toBe(
      'viss',
    );
    expect(document.assignments).toHaveLength(43);

    const rendered = join(dir, 'arsrapport.html');
    const render = await styr(
      [
        'render',
        '--committee',
        'Socialnämnden Hisingen',
        '--year',
        '2022',
        '--document',
        'arsrapport',
        '--format',
        'html',
        '--out',
        rendered,
      ],
      env,
    );
    expect(render.status, render.stderr).toBe(0);
    expect(readFileSync(rendered, 'utf8')).toContain('2.2.3 Nämndspecifika mål från KF');

    // A preview reads the whole file and says what it would do, and saves nothing.
    const changed = join(dir, 'andrad.json');
    const firstIndicator = document.indicators[0];
    writeFileSync(
      changed,
      JSON.stringify({
        ...document,
        indicators: [{ ...firstIndicator, name: 'Nytt namn' }, ...document.indicators.slice(1)],
      }),
    );
    const preview = await styr(['import', changed, '--preview'], env);
    expect(preview.status, preview.stderr).toBe(0);
    expect(preview.stdout).toContain('andrad.json: så skulle filen ändra året 2022; inget har sparats.');
    expect(preview.stdout).toContain(
      `  Mått: läggs till 0, ändras 1, oförändrade ${document.indicators.length - 1}, tas bort 0`,
    );
    expect(preview.stdout).toContain('  Mått, ändras: Nytt namn');
    const after = await styr(['export', '--committee', 'Socialnämnden Hisingen', '--year', '2022'], env);
    expect(JSON.parse(after.stdout).indicators[0].name).toBe(firstIndicator.name);

    const file = join(dir, 'trasig.json');
    document.goals[0].goalArea = 'finns-inte';
    writeFileSync(file, JSON.stringify(document));
    const refused = await styr(['import', file], env);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain(
      'trasig.json: goals[0].goalArea: Målområdet "finns-inte" finns inte i filen',
    );
    expect(refused.stderr).toContain('inget har sparats');
  });

  it('lists, exports and imports municipalities as settings files, and refuses a name already taken', async () => {
    const env = await newInstallationEnv('municipality-file');
    const added = await styr(['municipality', 'add', '--name', 'Filkommun', '--kolada', '1480'], env);
    expect(added.status, added.stderr).toBe(0);
    const duplicate = await styr(['municipality', 'add', '--name', 'Filkommun'], env);
    expect(duplicate.status).not.toBe(0);
    expect(duplicate.stderr).toContain('Det finns redan en kommun som heter ”Filkommun”');

    const file = join(dir, 'filkommun.json');
    const exported = await styr(['municipality', 'export', 'Filkommun', '--out', file], env);
    expect(exported.status, exported.stderr).toBe(0);
    const document = JSON.parse(readFileSync(file, 'utf8'));
    expect(document).toMatchObject({ format: 'styr/municipality', municipality: { koladaId: '1480' } });
    document.municipality.name = 'Kopierad kommun';
    // Before arsrapport (month 12), where an export puts it.
    document.followUpPoints.splice(2, 0, { key: 'oktober', name: 'Oktoberrapport', month: 10 });
    const copy = join(dir, 'kopierad.json');
    writeFileSync(copy, JSON.stringify(document));
    const imported = await styr(['municipality', 'import', copy], env);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('kommunen Kopierad kommun skapad');

    const list = await styr(['municipality', 'list'], env);
    expect(list.status, list.stderr).toBe(0);
    const lines = list.stdout.trim().split('\n');
    expect(lines.map((line) => line.split('\t').slice(1))).toEqual([
      ['Filkommun', '0 nämnder'],
      ['Kopierad kommun', '0 nämnder'],
    ]);
    const id = lines[1]?.split('\t')[0] ?? '';
    const byId = await styr(['municipality', 'export', id], env);
    expect(byId.stdout).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });
});
