import type { Section } from '@styr/shared/contracts/documents';
import type { KeyFigureRow } from '@styr/shared/contracts/economy';
import type { Block, Cell } from '@styr/shared/domain/document-model';
import { heading, paragraph } from '@styr/shared/domain/document-model';
import { formatIndicatorValue } from '@styr/shared/domain/indicator-values';
import { formatChange, MISSING_TEXT } from '@styr/shared/format/number';
import { type BuildContext, contentLevel, type SectionBuilder } from '../build-context.ts';

type Of<K extends Section['kind']> = Extract<Section, { kind: K }>;

const tableOf = (context: BuildContext, key: string) =>
  context.economy.keyFigureTables.find((entry) => entry.key === key) ?? null;

type IndicatorRow = Extract<KeyFigureRow, { kind: 'indicator' }>;

/** "1 710 932 (8,8%)" where the row shows change, "8,9 %" for a share, "Ja", "–" when missing. */
function valueText(row: IndicatorRow, index: number): string {
  const value = row.values[index] ?? null;
  if (row.showChange && index > 0)
    return formatChange(value, row.values[index - 1] ?? null, { decimals: row.decimals });
  return formatIndicatorValue(row, value) ?? MISSING_TEXT;
}

/** A named key figure table with its years as columns; group headings as rows of their own. */
export const keyFigureTableSection: SectionBuilder<Of<'keyFigureTable'>> = {
  build: (context, section) => {
    const found = tableOf(context, section.table);
    if (!found) return [paragraph(`Nyckeltalstabellen ${section.table} finns inte för året.`)];
    let missing = false;
    const rows: Cell[][] = found.rows.map((row) => {
      if (row.kind === 'heading') return [{ text: row.text }, ...found.years.map(() => ({ text: '' }))];
      return [
        { text: row.unit ? `${row.name} (${row.unit})` : row.name },
        ...found.years.map((_year, index) => {
          if ((row.values[index] ?? null) === null) missing = true;
          return { text: valueText(row, index), align: 'right' as const };
        }),
      ];
    });
    return [
      {
        kind: 'table',
        header: [
          { text: found.title },
          ...found.years.map((year) => ({ text: String(year), align: 'right' as const })),
        ],
        rows,
        widths: [46, ...found.years.map(() => 54 / found.years.length)],
        notes: [
          ...(found.rows.some((row) => row.kind === 'indicator' && row.showChange)
            ? ['Inom parentes: förändring från året före.']
            : []),
          ...(missing ? [`${MISSING_TEXT} betyder att uppgift saknas.`] : []),
        ],
      },
    ];
  },
  lacking: (context, section) =>
    tableOf(context, section.table) ? null : `Nyckeltalstabellen ${section.table} finns inte`,
};

const deviationParts = [
  ['cause', 'Orsak'],
  ['consequencesForClients', 'Konsekvenser för dem verksamheten är till för'],
  ['consequencesForOrganisation', 'Konsekvenser för organisation, medarbetare och chefer'],
  ['economicConsequences', 'Ekonomiska konsekvenser'],
  ['measures', 'Vidtagna åtgärder'],
] as const;

const deviationsOf = (context: BuildContext) =>
  context.economy.significantDeviations.filter((deviation) => deviation.followUp === context.document);

/** Each väsentlig avvikelse under its title with the five fixed sub-headings, in the order the city asks. */
export const significantDeviationsSection: SectionBuilder<Of<'significantDeviations'>> = {
  build: (context, _section, place) => {
    const deviations = deviationsOf(context);
    if (deviations.length === 0) return [paragraph('Nämnden har inga väsentliga avvikelser att redovisa.')];
    const level = contentLevel(place);
    return deviations.flatMap((deviation): Block[] => [
      heading(level, deviation.title, false),
      ...deviationParts.flatMap(([field, title]): Block[] => [
        heading(Math.min(4, level + 1), title, false),
        paragraph(deviation[field] ?? MISSING_TEXT),
      ]),
    ]);
  },
  lacking: (context) => {
    const deviations = deviationsOf(context);
    const missing = deviations.filter((deviation) => deviationParts.some(([field]) => !deviation[field]));
    return missing.length === 0
      ? null
      : `${missing.length} av ${deviations.length} väsentliga avvikelser saknar någon del`;
  },
};
