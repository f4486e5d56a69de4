import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headingLabel } from '@styr/shared/domain/document-model';
import { inlineText } from '@styr/shared/domain/document-rich-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { depsFor, freshDatabase } from '../../../../../test/harness.ts';
import type { Database } from '../../db/connect.ts';
import { documentModel, renderDocument } from '../documents/render.service.ts';
import { importCommitteeYear } from '../interchange/import.service.ts';

let database: Database;
let model: Awaited<ReturnType<typeof documentModel>>;
let report: Awaited<ReturnType<typeof documentModel>>;
let html: string;

beforeAll(async () => {
  database = await freshDatabase();
  const deps = depsFor(database);
  const file = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../demo/committee-years/nordost-2023.json'), 'utf8'),
  );
  const scope = await importCommitteeYear(deps, file, {
    source: 'nordost-2023.json',
    actor: null,
    municipalityId: null,
  });
  model = await documentModel(deps, scope, 'verksamhetsplan');
  report = await documentModel(deps, scope, 'arsrapport');
  html = (await renderDocument(deps, scope, 'verksamhetsplan', 'html')).content.toString('utf8');
});
afterAll(() => database.close());

/** The document's text block by block; a table as its rows with the cells separated by " | ". */
function lines(document = model): string[] {
  return document.blocks.flatMap((block) => {
    if (block.kind === 'heading') return [headingLabel(block)];
    if (block.kind === 'paragraph') return [inlineText(block.inlines)];
    if (block.kind === 'table')
      return [block.header, ...block.rows].map((row) => row.map((cell) => cell.text).join(' | '));
    return [];
  });
}

/** Thousands are separated by a no-break space, as the documents print them. */
const tkr = (text: string) => text.replace(/(\d) (?=\d{3}\b)/g, '$1\u00a0');

describe('the folkhälsa action plan in Nordost’s verksamhetsplan 2023', () => {
  it('prints as the last appendix with its focus areas, actions and the budget per funder with the reference’s sums', () => {
    const text = lines();
    const appendix = text.indexOf('Bilaga 3: Handlingsplaner 2023');
    expect(appendix).toBeGreaterThan(text.indexOf('Bilaga 2: Intern kontrollplan 2023'));
    const after = text.slice(appendix);
    const at = (line: string) => after.indexOf(line);
    expect(at('Handlingsplan folkhälsa 2023')).toBeGreaterThan(0);
    expect(after).toContain(
      'Överenskommen med Hälso- och sjukvårdsnämnden i Göteborg (HSNG). Period: 2023-01-01 – 2025-12-31.',
    );
    const areas = [
      'Öka möjligheterna till en god start i livet och goda uppväxtvillkor',
      'Öka den psykiska hälsan',
      'Öka förutsättningarna för delaktighet, inflytande och tillit',
      'Främja hälsosamma och hållbara livsmiljöer',
      'Öka förutsättningarna för åldrande med livskvalitet',
    ];
    const positions = areas.map(at);
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(after).toContain(
      'Motverka ofrivillig ensamhet | Sociala aktiviteter för äldre i samarbete med civilsamhället och lokalsamhället – äldre | Äldre samt vård- och omsorgsförvaltningen, SF NO, civilsamhället | Utbudet av aktiviteter och målgruppens behov är kartlagda',
    );
    expect(after).toContain('Budget | Hälso- och sjukvårdsnämnden | Socialnämnden Nordost | Summa');
    expect(after).toContain(
      tkr('Utvecklingsledare folkhälsa (lön inkl. lönebikostnader) | 700 | 700 | 1 400'),
    );
    expect(after).toContain('Omkostnader (administration, resor, kurser m.m.) | – | – | –');
    expect(after).toContain(
      tkr('Öka möjligheterna till en god start i livet och goda uppväxtvillkor | 1 300 | 1 300 | 2 600'),
    );
    expect(after.at(-1)).toBe(tkr('Summa | 2 900 | 2 900 | 5 800'));
  });

  it('reaches the rendered document', () => {
    expect(html).toContain('Handlingsplan folkhälsa 2023');
    expect(html).toContain(tkr('5 800'));
  });
});

describe('the folkhälsa action plan in Nordost’s årsrapport 2023', () => {
  it('prints each action’s yearly follow-up with the plan’s budget per funder', () => {
    const text = lines(report);
    const chapter = text.findIndex((line) => /^\d+(\.\d+)* Uppföljning av handlingsplaner$/.test(line));
    expect(chapter).toBeGreaterThan(
      text.findIndex((line) => line.endsWith(' Krisledningsplaner och beredskapsplaner')),
    );
    const after = text.slice(chapter);
    expect(after[1]).toBe('Handlingsplan folkhälsa 2023');
    expect(after[2]).toBe('Av 27 insatser är 13 genomförda, 12 pågående och 2 ej påbörjade.');
    expect(after[3]).toBe(
      tkr(
        'Budget för året: Hälso- och sjukvårdsnämnden 2 900 tkr, Socialnämnden Nordost 2 900 tkr, totalt 5 800 tkr.',
      ),
    );
    expect(after).toContain('Strategi | Insats | Status | Kommentar');
    expect(after).toContain(
      'Fysisk aktivitet och sociala sammanhang för barn och unga | Idrott på kvällar och helger i Lövgärdet, Rannebergen, Hjällbo och Bergsjön | Genomförd | Aktiviteter fanns varje helg i alla fyra områdena.',
    );
    expect(after).toContain(
      ' | Utreda en ny mötesplats för digitalt skapande | Ej påbörjad | Utredningen flyttas till nästa år eftersom lokalfrågan inte är löst.',
    );
  });
});
