import type { KeyFigureTableOptions } from '@styr/shared/contracts/document-table-options';
import type { Section } from '@styr/shared/contracts/documents';
import type { KeyFigureTable } from '@styr/shared/contracts/economy';
import type { DocumentLabels } from '@styr/shared/domain/document-labels';
import type { Block, Cell, TableBlock } from '@styr/shared/domain/document-model';
import { heading, paragraph } from '@styr/shared/domain/document-model';
import { keyFigureValueText } from '@styr/shared/domain/key-figures';
import { MISSING_TEXT } from '@styr/shared/format/number';
import { type BuildContext, contentLevel, type SectionBuilder } from '../build-context.ts';

type Of<K extends Section['kind']> = Extract<Section, { kind: K }>;

const tableOf = (context: BuildContext, key: string) =>
  context.economy.keyFigureTables.find((entry) => entry.key === key) ?? null;

/**
 * A named key figure table with its years as columns, in the order the template asks; group headings as rows of
 * their own. The unit follows the name unless the template places it in a column or leaves it out.
 */
export function keyFigureTable(
  found: KeyFigureTable,
  labels: DocumentLabels,
  options: KeyFigureTableOptions = {},
): TableBlock {
  const order = found.years.map((year, index) => ({ year, index }));
  if (options.yearOrder === 'ascending') order.sort((a, b) => a.year - b.year);
  if (options.yearOrder === 'descending') order.sort((a, b) => b.year - a.year);
  const change = options.change !== 'none';
  const unit = options.unit ?? 'name';
  const unitColumn = unit === 'column' ? [{ text: labels['indicators.unit'] }] : [];
  let missing = false;
  const rows: Cell[][] = found.rows.map((row) => {
    if (row.kind === 'heading')
      return [
        { text: row.text },
        ...unitColumn.map(() => ({ text: '' })),
        ...order.map(() => ({ text: '' })),
      ];
    return [
      { text: unit === 'name' && row.unit ? `${row.name} (${row.unit})` : row.name },
      ...(unit === 'column' ? [{ text: row.unit }] : []),
      ...order.map(({ index }) => {
        if ((row.values[index] ?? null) === null) missing = true;
        return { text: keyFigureValueText(row, index, change) ?? MISSING_TEXT, align: 'right' as const };
      }),
    ];
  });
  const nameWidth = unit === 'column' ? 34 : 46;
  return {
    kind: 'table',
    header: [
      { text: found.title },
      ...unitColumn,
      ...order.map(({ year }) => ({ text: String(year), align: 'right' as const })),
    ],
    rows,
    widths: [nameWidth, ...unitColumn.map(() => 12), ...order.map(() => 54 / Math.max(1, order.length))],
    notes: [
      ...(change && found.rows.some((row) => row.kind === 'indicator' && row.showChange && !row.secondary)
        ? [labels['keyFigures.changeNote']]
        : []),
      ...(missing ? [labels['indicators.missingNote']] : []),
    ],
  };
}

/** A named key figure table of the year. */
export const keyFigureTableSection: SectionBuilder<Of<'keyFigureTable'>> = {
  build: (context, section) => {
    const found = tableOf(context, section.table);
    if (!found) return [paragraph(`Nyckeltalstabellen ${section.table} finns inte för året.`)];
    return [keyFigureTable(found, context.view.labels, section.options)];
  },
  lacking: (context, section) =>
    tableOf(context, section.table) ? null : `Nyckeltalstabellen ${section.table} finns inte`,
};

const deviationParts = [
  'cause',
  'consequencesForClients',
  'consequencesForOrganisation',
  'economicConsequences',
  'measures',
] as const;

const deviationsOf = (context: BuildContext) =>
  context.economy.significantDeviations.filter((deviation) => deviation.followUp === context.document);

/** Each väsentlig avvikelse under its title with the five sub-headings (labels), in the order the city asks. */
export const significantDeviationsSection: SectionBuilder<Of<'significantDeviations'>> = {
  build: (context, _section, place) => {
    const deviations = deviationsOf(context);
    const { labels } = context.view;
    if (deviations.length === 0) return [paragraph(labels['deviations.none'])];
    const level = contentLevel(place);
    return deviations.flatMap((deviation): Block[] => [
      heading(level, deviation.title, false),
      ...deviationParts.flatMap((field): Block[] => [
        heading(Math.min(4, level + 1), labels[`deviations.${field}`], false),
        paragraph(deviation[field] ?? MISSING_TEXT),
      ]),
    ]);
  },
  lacking: (context) => {
    const deviations = deviationsOf(context);
    const missing = deviations.filter((deviation) => deviationParts.some((field) => !deviation[field]));
    return missing.length === 0
      ? null
      : `${missing.length} av ${deviations.length} väsentliga avvikelser saknar någon del`;
  },
};
