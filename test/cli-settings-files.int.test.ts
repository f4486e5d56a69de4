import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCommandLine } from './cli-harness.ts';

const { dir, styr, newInstallationEnv, demoInstallationEnv } = useCommandLine();

// The demo's settings and templates through the command line, on one loading of the demo.
describe("styr command line: the demo municipalities' settings and templates as files", () => {
  it("exports every demo municipality's settings as a file that rebuilds them byte for byte elsewhere", async () => {
    const demoEnv = await demoInstallationEnv('demo-municipalities');
    const listed = await styr(['municipality', 'list'], demoEnv);
    const names = listed.stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t')[1] ?? '');
    expect(names).toContain('Göteborgs Stad');
    expect(new Set(names).size).toBe(names.length);

    const elsewhere = await newInstallationEnv('demo-municipalities-copy');
    for (const name of names) {
      const file = join(dir, `${name}.json`);
      const exported = await styr(['municipality', 'export', name, '--out', file], demoEnv);
      expect(exported.status, exported.stderr).toBe(0);
      const first = await styr(['municipality', 'import', file], elsewhere);
      expect(first.stdout, first.stderr).toContain(`kommunen ${name} skapad`);
      const second = await styr(['municipality', 'import', file], elsewhere);
      expect(second.stdout, second.stderr).toContain(`kommunen ${name} uppdaterad (inget ändrat)`);
      const again = await styr(['municipality', 'export', name], elsewhere);
      expect(again.stdout).toBe(readFileSync(file, 'utf8'));
    }
    const copied = await styr(['municipality', 'list'], elsewhere);
    expect(
      copied.stdout
        .trim()
        .split('\n')
        .map((line) => line.split('\t')[1]),
    ).toEqual(names);
  });

  it('exports a template, reads it back byte for byte, and checks a file naming what would not print', async () => {
    const env = await demoInstallationEnv('templates');
    const file = join(dir, 'arsrapport-mall.json');
    const exported = await styr(
      ['template', 'export', 'Göteborgs Stad', '--kind', 'arsrapport', '--out', file],
      env,
    );
    expect(exported.status, exported.stderr).toBe(0);
    const same = await styr(['template', 'import', file], env);
    expect(same.stdout, same.stderr).toContain(
      'arsrapport-mall.json: mallen för arsrapport i Göteborgs Stad oförändrad (inget ändrat).',
    );

    const template = JSON.parse(readFileSync(file, 'utf8'));
    expect(template).toMatchObject({ format: 'styr/template', municipality: { name: 'Göteborgs Stad' } });
    template.chapters[0].title = 'Sammanfattning av året';
    template.chapters[3].children[1].text = 'after';
    const edited = join(dir, 'andrad-mall.json');
    writeFileSync(edited, JSON.stringify(template));
    const changed = await styr(['template', 'import', edited], env);
    expect(changed.stdout, changed.stderr).toContain('mallen för arsrapport i Göteborgs Stad uppdaterad.');
    const again = await styr(['template', 'import', edited], env);
    expect(again.stdout).toContain('oförändrad (inget ändrat)');
    const reexported = await styr(['template', 'export', 'Göteborgs Stad', '--kind', 'arsrapport'], env);
    expect(JSON.parse(reexported.stdout)).toEqual(template);
    const roundTrip = join(dir, 'exporterad-mall.json');
    writeFileSync(roundTrip, reexported.stdout);
    const unchanged = await styr(['template', 'import', roundTrip], env);
    expect(unchanged.stdout).toContain('oförändrad (inget ändrat)');
    const last = await styr(['template', 'export', 'Göteborgs Stad', '--kind', 'arsrapport'], env);
    expect(last.stdout).toBe(reexported.stdout);

    // The summary, which Socialnämnden Hisingen has written for 2022, becomes a table-only chapter.
    template.chapters[0].section = { kind: 'incomeStatement' };
    const tableOnly = join(dir, 'tabell-mall.json');
    writeFileSync(tableOnly, JSON.stringify(template));
    const warned = await styr(['template', 'check', tableOnly], env);
    expect(warned.status, warned.stderr).toBe(0);
    expect(warned.stdout).toContain(
      'varning: tabell-mall.json: chapters[0].text: Kapitlet ”Sammanfattning av året” (sammanfattning) skriver inte ut den text som skrivits till det (Socialnämnden Hisingen 2022)',
    );
    expect(warned.stdout).toContain('0 fel');

    template.chapters[1].section = { kind: 'tabell' };
    writeFileSync(tableOnly, JSON.stringify(template));
    const refused = await styr(['template', 'check', tableOnly], env);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain(
      'fel: tabell-mall.json: chapters[1].section.kind: ”tabell” är ingen känd sorts avsnitt. Känd sort: heading, fixedText,',
    );
    const notRead = await styr(['template', 'import', tableOnly], env);
    expect(notRead.status).not.toBe(0);
    expect(notRead.stderr).toContain('inget har sparats');
  });
});
