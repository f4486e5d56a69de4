import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ekmarkApp } from '../../../../test/ekmark-app.ts';

/**
 * Ekmark's annual report is built by its own template alone: its chapters, items, tables, words and frame differ
 * from Göteborg's, and the PDF a reader gets says so. Read as pdftotext reads it (poppler-utils, which npm test
 * installs), page by page.
 */
let ekmark: Awaited<ReturnType<typeof ekmarkApp>>;
let pages: string[];
let text: string;
const folder = mkdtempSync(join(tmpdir(), 'styr-ekmark-'));

beforeAll(async () => {
  ekmark = await ekmarkApp();
  const file = join(folder, 'arsrapport.pdf');
  writeFileSync(file, await ekmark.renderDocument('Vård- och omsorgsnämnden', 'arsrapport', 'pdf'));
  text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  pages = text.split('\f');
});

afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await ekmark?.close();
});

/** The lines of the text with runs of spaces closed up, so table rows compare as words. */
const lines = () => text.split('\n').map((line) => line.trim().replace(/\s{2,}/g, ' | '));

describe('Ekmark’s annual report, by its template alone', () => {
  it('numbers each goal as a chapter, a committee goal under the council goal it serves, with its assessment', () => {
    const all = lines();
    const at = (line: string) => all.indexOf(line);
    expect(at('2 Måluppfyllelse 2025')).toBeGreaterThanOrEqual(0);
    // The council goal is a chapter with its own assessment, the committee's goals beneath it; a goal with no
    // parent stands at the top.
    expect(text).toMatch(
      /2\.1 Invånarna i Ekmark ska kunna åldras tryggt och med\s+inflytande över sin vardag\./,
    );
    expect(at('2.1.1 Personkontinuiteten i hemtjänsten ska öka.')).toBeGreaterThan(
      at('2 Måluppfyllelse 2025'),
    );
    expect(text).toMatch(/2\.1\.1\.1 Hemtjänst norr ska ha fasta kontaktpersoner för varje\s+brukare\./);
    expect(text).toMatch(/2\.2 Fler brukare ska använda digitala tjänster som stöd i\s+vardagen\./);
    expect(all).toContain('Bedömning: ◐ Delvis uppfyllt');
    const council = text.indexOf('Nöjdheten med hemtjänsten ökar för tredje året i rad');
    expect(council).toBeGreaterThan(text.indexOf('2.1 Invånarna i Ekmark'));
    expect(council).toBeLessThan(text.indexOf('2.1.1 Personkontinuiteten i hemtjänsten ska öka.'));
    expect(all).toContain('Bedömning: ● Uppfyllt');
    // The assignment serving a goal prints under it too, as a block.
    const goal = at('2.1.1 Personkontinuiteten i hemtjänsten ska öka.');
    const served = all.indexOf('Utreda en gemensam nattpatrull för hemtjänst och särskilda boenden', goal);
    expect(served).toBeGreaterThan(goal);
    expect(served).toBeLessThan(all.findIndex((line) => line.startsWith('2.1.1.1 ')));
  });

  it('prints each assignment as a numbered block with its decision, goal, status and comment', () => {
    const all = lines();
    const first = all.findLastIndex((line) => line.startsWith('4.1 Utreda en gemensam nattpatrull'));
    expect(first).toBeGreaterThan(0);
    expect(all.slice(first + 1, first + 7)).toEqual(
      expect.arrayContaining([
        'Beslut: KF 2024-11-20 § 141',
        'Kopplat till: Personkontinuiteten i hemtjänsten ska öka.',
        'Status: ● Avslutad',
      ]),
    );
    expect(all).toContain('4.2 Byta alla analoga trygghetslarm mot digitala');
    expect(all).toContain('4.3 Öka andelen medarbetare som arbetar heltid');
    expect(all).toContain('Andelen heltidsanställda ökade från 71 till 76 procent.');
  });

  it('never prints Göteborg’s chapters or words', () => {
    for (const goteborg of [
      'Bedömd måluppfyllelse',
      'Bidrar till',
      'Mått/Indikator',
      'Nämndens omhändertagande',
      'Väsentliga avvikelser',
      'KF:s organisationsmål',
    ])
      expect(text).not.toContain(goteborg);
    expect(pages.length).toBeGreaterThan(3);
  });

  it('lays out its indicator tables with its own columns: newest year first, target, unit and status in words', () => {
    const all = lines();
    const header = all.findIndex((line) =>
      line.startsWith('Nyckeltal | Enhet | Resultat | Resultat | Resultat'),
    );
    // Word by word: how wide pdftotext sets the gap between two columns depends on their widths.
    const words = all.map((line) => line.replaceAll(' | ', ' '));
    expect(words[header]).toBe('Nyckeltal Enhet Resultat Resultat Resultat Målvärde Måluppfyllelse');
    expect(words[header + 1]).toBe('2025 2024 2023 2025');
    expect(words).toContain('Beviljade hemtjänsttimmar per timmar 29,6 30,8 31,4 30,0 Uppnått');
    expect(words).toContain('Andel trygghetslarm som är procent 78 % 61 % – – Saknar målvärde');
  });

  it('prints its own statement table and words, every minus as a hyphen', () => {
    const words = lines().map((line) => line.replaceAll(' | ', ' '));
    expect(words).toContain('3.2 Driftredovisning per kostnadsslag');
    expect(words).toContain('Personalkostnader -512,3 -531,0 -540,6 -9,6');
    expect(words).toContain('Nettokostnad -596,0 -617,0 -627,5 -10,5');
    expect(words).toContain('Avvikelse mot reviderad budget = prognos − reviderad budget.');
    expect(words).toContain('Totalt 10 900 7 100 11 400 -500');
    // No figure keeps the real minus sign (U+2212); prose may.
    expect(text).not.toMatch(/\u2212\d/);
  });

  it('has its own title page and footer, and no table of contents', () => {
    expect(pages[0]).toMatch(/Ekmarks kommun\s+Årsrapport 2025\s+Vård- och omsorgsnämnden/);
    expect(text).not.toContain('Innehållsförteckning');
    const printed = pages.filter((page) => page.trim() !== '');
    for (const [index, page] of printed.slice(1).entries())
      expect(page).toContain(`Ekmarks kommun · Årsrapport 2025 · Sida ${index + 2} av ${printed.length}`);
  });
});
