import type { Section } from '@styr/shared/contracts/documents';
import type { Block, Cell } from '@styr/shared/domain/document-model';
import { paragraph } from '@styr/shared/domain/document-model';
import { formatKronor } from '@styr/shared/format/number';
import type { SectionBuilder } from '../build-context.ts';

type Of<K extends Section['kind']> = Extract<Section, { kind: K }>;

const tkr = (kronor: string | null): Cell => ({
  text: formatKronor(kronor, { unit: 'tkr' }),
  align: 'right',
});
const right = (text: string): Cell => ({ text, align: 'right' });

/** "Tkr | Budget | Utfall | Prognos | Avvikelse" per project with a Summa row, and each project's comment. */
export const investmentsSection: SectionBuilder<Of<'investments'>> = {
  build: (context) => {
    const { rows, total } = context.economy.investments;
    if (rows.length === 0) return [paragraph('Nämnden har inga investeringar för året.')];
    const blocks: Block[] = [
      {
        kind: 'table',
        header: [
          { text: context.view.labels['tables.tkr'] },
          right(context.view.labels['tables.budget']),
          right(context.view.labels['tables.actual']),
          right(context.view.labels['tables.forecast']),
          right(context.view.labels['tables.deviation']),
        ],
        rows: [
          ...rows.map((row) => [
            { text: row.name },
            tkr(row.budget),
            tkr(row.actual),
            tkr(row.forecast),
            tkr(row.deviation),
          ]),
          [
            { text: context.view.labels['tables.sum'] },
            tkr(total.budget),
            tkr(total.actual),
            tkr(total.forecast),
            tkr(total.deviation),
          ],
        ],
        widths: [40, 15, 15, 15, 15],
        notes: [context.view.labels['investments.deviationNote']],
      },
    ];
    for (const row of rows)
      if (row.comment)
        blocks.push({
          kind: 'paragraph',
          inlines: [
            { kind: 'text', text: `${row.name}: `, bold: true },
            { kind: 'text', text: row.comment },
          ],
        });
    return blocks;
  },
  lacking: (context) =>
    context.economy.investments.rows.some((row) => row.budget === null)
      ? 'Någon investering saknar budget'
      : null,
};
