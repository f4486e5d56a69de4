import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxPart } from '../../../../../test/docx-parts.ts';
import { depsFor, freshDatabase } from '../../../../../test/harness.ts';
import { flatten, readPdf } from '../../../../../test/pdf-text.ts';
import type { Database } from '../../db/connect.ts';
import { demoCommitteeYears } from '../../demo/demo-data.ts';
import type { Deps } from '../../deps.ts';
import type { YearScope } from '../authority/index.ts';
import { importCommitteeYear } from '../interchange/import.service.ts';
import { renderDocument } from './render.service.ts';

let database: Database;
let deps: Deps;
const scopes = new Map<string, YearScope>();
const folder = mkdtempSync(join(tmpdir(), 'styr-documents-'));

beforeAll(async () => {
  database = await freshDatabase();
  deps = depsFor(database);
  for (const file of demoCommitteeYears) {
    const document = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../demo/committee-years', file), 'utf8'),
    );
    const summary = await importCommitteeYear(deps, document, {
      source: file,
      actor: null,
      municipalityId: null,
    });
    scopes.set(file, {
      municipalityId: summary.municipalityId,
      committeeId: summary.committeeId,
      year: summary.year,
    });
  }
});
afterAll(() => database.close());

const scope = (file: string) => {
  const found = scopes.get(file);
  if (!found) throw new Error(`${file} was not imported`);
  return found;
};

/**
 * The PDF's text page after page: line by line as on the page, or in the order the page draws it (layout false),
 * cell by cell, where a table's wrapped cells would otherwise interleave line by line.
 */
async function pdfText(content: Buffer, layout = true): Promise<string> {
  const { pages } = await readPdf(content);
  return pages.map((page) => (layout ? page.text : page.flow)).join('\n');
}

/** The chapter headings of reference 003's table of contents that the data covers, numbered as there. */
const referenceChapters = [
  '1 Sammanfattning',
  '2 Väsentlig styrinformation till kommunledningen',
  '2.1 Verksamhetens utveckling',
  '2.1.1 Redovisning av resultat',
  '2.1.2 Väsentliga avvikelser i verksamhetens utveckling',
  '2.2 Kommunfullmäktiges budgetmål',
  '2.2.1 Organisationsmål',
  '2.2.2 Övergripande verksamhetsmål',
  '2.2.3 Nämndspecifika mål från KF',
  '3 Övrig uppföljning till kommunledningen',
  '3.1 Utveckling inom personalområdet',
  '3.1.1 Mått/nyckeltal som beskriver utvecklingen ur ett HR-perspektiv',
  '3.1.2 Analys av situationen inom HR-området',
  '3.1.3 Långsiktig kompetensförsörjning',
  '3.2 Ekonomisk uppföljning',
  '3.2.1 Analys av årets utfall',
  '3.2.2 Uppföljning av kommuncentrala poster som hanteras genom beslut av andra nämnder',
  '3.2.3 Uppföljning av erhållna statsbidrag',
  '3.3 Värdering av eget kapital',
  '3.4 Uppföljning av särskilda beslut och uppdrag',
  '3.4.1 Utvärdering av system för styrning, uppföljning och kontroll',
  '4 Bokslut',
  '4.1 Sammanfattande analys',
  '4.2 Resultaträkning',
  '5 Styrinformation till nämnden',
  '5.1 Resultat enligt organisationsstrukturen',
  '5.2 Kommunbidrag',
  '5.5 Barnbokslut',
  '6 Redovisning av nämndens uppdrag',
  '6.1.1 Budgetuppdrag från KF:s budget 2022',
  '6.1.2 Uppdrag till nämnd/styrelse som tilldelats utanför budgetbeslut',
];

/** Where each text stands in the content after the table of contents (flattened to one line), or -1. */
function positions(text: string, needles: readonly string[]): number[] {
  const flat = flatten(text);
  let from = flat.indexOf(referenceChapters[0] ?? '', flat.indexOf(referenceChapters[0] ?? '') + 1);
  return needles.map((needle) => {
    const found = flat.indexOf(needle, from);
    if (found >= 0) from = found;
    return found;
  });
}

describe('documents from the demo data', () => {
  it('renders Hisingen årsrapport 2022 as a PDF with the reference chapters, in order and numbered, and its figures', async () => {
    const file = await renderDocument(deps, scope('hisingen-2022.json'), 'arsrapport', 'pdf');
    expect(file.fileName).toBe('Årsrapport 2022 Socialnämnden Hisingen.pdf');
    const pdf = await readPdf(file.content);
    const text = pdf.pages.map((page) => page.text).join('\n');
    const found = positions(text, referenceChapters);
    expect(found.filter((position) => position < 0)).toEqual([]);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
    const flat = flatten(text);
    expect(flat).toMatch(/8,85 8,93 9,42 8,90/);
    // The footer at the bottom of each page numbers it out of the document's pages.
    expect(pdf.pages[2]?.lines.at(-1)?.text).toBe(
      `Årsrapport 2022 Socialnämnden Hisingen 3 (${pdf.numPages})`,
    );
    expect(text).toContain('Bedömd måluppfyllelse: ◐ Viss');
    expect(text).toContain('överskott på 81,6 mnkr');
    // The income statement in mnkr: Bokslut 2022, Budget 2022, Avvikelse, Bokslut 2021.
    expect(flat).toMatch(/Mnkr Bokslut 2022 Budget 2022 Avvikelse Bokslut 2021/);
    expect(flat).toMatch(/Resultat 81,6 0,0 81,6 56,9/);
    expect(flat).toMatch(/Kommunbidrag 1 170,8 1 170,8 0,0 1 133,2/);
    // The kommunbidrag table in tkr ends with the year's total.
    expect(flat).toMatch(/Summa 1 124 310 .*1 170 830/);
    // Key figures with the change from the year before.
    expect(flat).toContain('1 015 135 (2,4 %) 1 020 985 (0,6 %)');
    expect(flat).toContain('Konsekvenser för dem verksamheten är till för');
    // Hisingen has no handlingsplaner in 2022: their follow-up chapter is left out, heading and all.
    expect(flat).not.toContain('Uppföljning av handlingsplaner');
    expect(pdf.tagged).toBe(true);
    expect(pdf.info.Title).toBe('Årsrapport 2022 Socialnämnden Hisingen');
  });

  it('renders the Nordost plan 2023 with its five goal areas, goals, indicator tables and assignments', async () => {
    const file = await renderDocument(deps, scope('nordost-2023.json'), 'verksamhetsplan', 'html');
    const html = file.content.toString('utf8');
    for (const area of [
      '3.1 Tidiga insatser',
      '3.2 Arbete och sysselsättning',
      '3.3 Trygghet och stadsutveckling',
      '3.4 Delaktighet och tillit',
      '3.5 Kultur, kvalitet och effektivitet',
    ]) {
      expect(html).toContain(`>${area}</h3>`);
    }
    expect(html).toContain('3.1.1 Nämndens mål');
    expect(html).toContain('Livsvillkoren för Göteborgs invånare ska bli mer jämlika.');
    expect(html).toContain('<th scope="col" class="num">Målvärde 2023</th>');
    expect(html).toContain('<th scope="col">Nämndens omhändertagande</th>');
    expect(html).not.toMatch(/<script/i);
  });

  it('renders the Nordost plan 2023 with the samlad riskbild and the internal control plan as appendices', async () => {
    const file = await renderDocument(deps, scope('nordost-2023.json'), 'verksamhetsplan', 'pdf');
    const flat = flatten(await pdfText(file.content, false));
    const appendices = positions(flat, [
      'Bilaga 1: Samlad riskbild 2023',
      'Bilaga 2: Intern kontrollplan 2023',
    ]);
    expect(appendices.every((position) => position >= 0)).toBe(true);
    expect(appendices[0]).toBeLessThan(appendices[1] ?? 0);
    const plan = flat.slice(appendices[1]);
    expect(plan).toContain('Riskområden Risker Aktivitet');
    for (const activity of [
      'Uppföljning av den lokala rutinen för hantering av skyddade personuppgifter',
      'Inköp av konsulter följer den nya processen och är dokumenterade',
      'Direktupphandlingar av inhyrda socionomer kontrolleras mot ramavtal',
      'Uppföljning av utbetalningar av traktamenten och annan ersättning vid tjänsteresor',
      'Uppföljning och utvärdering av rätt insats-möten',
    ]) {
      // A word broken after its hyphen ("insats-" at the end of a line) is joined again by flatten.
      expect(plan).toContain(activity);
    }
    const picture = flat.slice(appendices[0], appendices[1]);
    expect(picture).toContain('Svårigheter att rekrytera erfarna socialsekreterare');
    expect(picture.match(/ Ja /g)?.length).toBe(4);
  });

  it('renders the same bytes twice from the same data', async () => {
    for (const format of ['pdf', 'docx', 'html'] as const) {
      const first = await renderDocument(deps, scope('hisingen-2022.json'), 'arsrapport', format);
      const second = await renderDocument(deps, scope('hisingen-2022.json'), 'arsrapport', format);
      expect(first.content.equals(second.content), format).toBe(true);
    }
  });

  it('writes a Word file with heading styles, a table of contents, repeated table headers and Swedish', async () => {
    const file = await renderDocument(deps, scope('hisingen-2022.json'), 'arsrapport', 'docx');
    const documentXml = docxPart(file.content, 'word/document.xml');
    const stylesXml = docxPart(file.content, 'word/styles.xml');
    const footerXml = docxPart(file.content, 'word/footer1.xml');
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Heading3"/>');
    expect(documentXml).toContain('TOC \\h \\o &quot;1-3&quot;');
    expect(documentXml).toContain('<w:tblHeader/>');
    expect(documentXml).toContain('2.2.1 Organisationsmål');
    expect(stylesXml).toContain('w:val="sv-SE"');
    expect(stylesXml).toMatch(/<w:style[^>]*w:styleId="Heading1"[^>]*>\s*<w:name w:val="heading 1"\/>/);
    expect(footerXml).toContain('Årsrapport 2022 Socialnämnden Hisingen');
    expect(footerXml).toMatch(/PAGE/);
    expect(footerXml).toMatch(/NUMPAGES/);
  });

  it('writes a Word file that LibreOffice opens and converts to PDF', async () => {
    const file = await renderDocument(deps, scope('nordost-2023.json'), 'verksamhetsplan', 'docx');
    const path = join(folder, 'verksamhetsplan.docx');
    writeFileSync(path, file.content);
    execFileSync('soffice', ['--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder, path], {
      env: { ...process.env, HOME: folder },
      stdio: 'ignore',
    });
    const text = await pdfText(readFileSync(join(folder, 'verksamhetsplan.pdf')));
    expect(text).toContain('3.1 Tidiga insatser');
    expect(text).toContain('Verksamhetsplan 2023 Socialnämnden Nordost');
  });
});
