import { z } from 'zod';

/**
 * How the tables a document prints are laid out, as options of a template's section. Every option may be left
 * out: an absent option prints what Styr printed before the option existed, so an old template prints unchanged.
 */

const columnLabel = z
  .string()
  .trim()
  .min(1, 'Rubriken får inte vara tom')
  .max(100, 'Rubriken får vara högst 100 tecken')
  .optional()
  .meta({
    description:
      "The column's heading. Absent: the municipality's label for the column kind. {year} is replaced by the column's year, {point} by the follow-up point's name.",
    examples: ['Utfall {year}'],
  });

const relativeYear = z
  .int('Året anges som ett heltal')
  .min(-10, 'Året får ligga högst tio år före dokumentets')
  .max(5, 'Året får ligga högst fem år efter dokumentets')
  .meta({
    description:
      "A year relative to the document's year: 0 the document's year, -1 the year before, 1 the year after (a plan's later targets).",
    examples: [-1],
  });

export const indicatorStatusStyles = ['tone', 'symbol', 'text'] as const;

const indicatorColumnOptions = [
  z.object({ kind: z.literal('name'), label: columnLabel }).meta({
    description: "The measure's name (with its unit where `unit` is `name`).",
    examples: [{ kind: 'name' }],
  }),
  z.object({ kind: z.literal('unit'), label: columnLabel }).meta({
    description: "The measure's unit in a column of its own.",
    examples: [{ kind: 'unit', label: 'Enhet' }],
  }),
  z.object({ kind: z.literal('outcome'), year: relativeYear, label: columnLabel }).meta({
    description:
      "The outcome of a year: the whole-year value, else the year's latest follow-up (as the goal sections always did).",
    examples: [{ kind: 'outcome', year: -1 }],
  }),
  z
    .object({
      kind: z.literal('followUp'),
      point: z
        .string()
        .trim()
        .min(1, 'Ange uppföljningens nyckel')
        .max(100)
        .meta({
          description: "A follow-up point's key in the municipality's settings.",
          examples: ['tertial2'],
        }),
      year: relativeYear.optional(),
      label: columnLabel,
    })
    .meta({
      description: 'The outcome reported at one follow-up point of a year.',
      examples: [{ kind: 'followUp', point: 'tertial2', label: 'Utfall augusti' }],
    }),
  z.object({ kind: z.literal('target'), year: relativeYear.optional(), label: columnLabel }).meta({
    description: "The year's target (målvärde).",
    examples: [{ kind: 'target' }],
  }),
  z
    .object({
      kind: z.literal('status'),
      year: relativeYear.optional(),
      show: z
        .enum(indicatorStatusStyles)
        .optional()
        .meta({
          description:
            "Absent: tone. tone: symbol and word in the status's colour; symbol: ● ◐ ○ – alone; text: the word alone (the municipality's labels indicators.status.*).",
          examples: ['text'],
        }),
      label: columnLabel,
    })
    .meta({
      description:
        "The year's outcome judged against its target: met, partly met, not met, or not to be judged.",
      examples: [{ kind: 'status', show: 'text' }],
    }),
  z
    .object({
      kind: z.literal('change'),
      from: relativeYear,
      to: relativeYear.optional(),
      label: columnLabel,
    })
    .meta({
      description:
        "The outcome of year `to` less the outcome of year `from`, in the measure's unit and decimals (for a share in percentage points); computed, never typed.",
      examples: [{ kind: 'change', from: -1, to: 0 }],
    }),
] as const;

export const indicatorColumnSchema = z.discriminatedUnion('kind', indicatorColumnOptions);
export type IndicatorColumn = z.infer<typeof indicatorColumnSchema>;
export const indicatorColumnKinds = indicatorColumnOptions.map((option) => option.shape.kind.value);

export const unitPlacements = ['name', 'column', 'none'] as const;

/** The indicator table of a goal (or any section that prints measures). */
export const indicatorTableOptionsSchema = z
  .object({
    columns: z
      .array(indicatorColumnSchema)
      .min(1, 'Tabellen behöver minst en kolumn')
      .max(12, 'Tabellen får ha högst 12 kolumner')
      .optional()
      .meta({
        description:
          'The columns in the order they print. Absent: name, the outcomes of the two years before the document (a plan) or of the three years up to it (a report), and the target of the year.',
        examples: [
          [
            { kind: 'name' },
            { kind: 'outcome', year: -1 },
            { kind: 'outcome', year: 0 },
            { kind: 'target' },
            { kind: 'status', show: 'text' },
          ],
        ],
      }),
    unit: z
      .enum(unitPlacements)
      .optional()
      .meta({
        description:
          'Where the unit prints: after the name ("Väntetid (dagar)"), in a column of its own after the name, or nowhere. Absent: nowhere, as before. A share\'s values carry their % sign wherever the unit prints.',
        examples: ['column'],
      }),
  })
  .meta({
    description: "The indicator table's columns and the unit's place.",
    examples: [
      { columns: [{ kind: 'name' }, { kind: 'outcome', year: 0 }, { kind: 'target' }], unit: 'name' },
    ],
  });
export type IndicatorTableOptions = z.infer<typeof indicatorTableOptionsSchema>;

/** A key figure table of the year's data. */
export const keyFigureTableOptionsSchema = z
  .object({
    yearOrder: z
      .enum(['ascending', 'descending'])
      .optional()
      .meta({
        description: 'The order of the year columns. Absent: as the table stores them.',
        examples: ['descending'],
      }),
    change: z
      .enum(['rows', 'none'])
      .optional()
      .meta({
        description:
          'rows: the rows marked to show change print it computed from the year before, "1 710 932 (8,8 %)"; none: values alone. Absent: rows.',
        examples: ['none'],
      }),
    unit: z
      .enum(unitPlacements)
      .optional()
      .meta({
        description: 'Where the unit prints. Absent: after the name, as before.',
        examples: ['column'],
      }),
  })
  .meta({
    description: "The key figure table's year order, change and unit.",
    examples: [{ yearOrder: 'descending' }],
  });
export type KeyFigureTableOptions = z.infer<typeof keyFigureTableOptionsSchema>;

const decimals = z
  .int('Antalet decimaler ska vara ett heltal')
  .min(0)
  .max(3)
  .optional()
  .meta({
    description: 'Decimals of every amount in the table. Absent: one in mnkr, none in tkr.',
    examples: [0],
  });

/** A statement table (resultaträkning) of the municipality's statement tables. */
export const incomeStatementOptionsSchema = {
  decimals,
  deviationNote: z
    .boolean()
    .optional()
    .meta({
      description:
        'A note under the table for each deviation column naming the two columns it compares ("Avvikelse = bokslut − reviderad budget."). Absent: printed where the table has no chosen columns, as before.',
      examples: [true],
    }),
};

export const departmentColumnKinds = ['budget', 'actual', 'forecast', 'deviation'] as const;

/** The result per department. */
export const departmentResultsOptionsSchema = {
  columns: z
    .array(z.enum(departmentColumnKinds))
    .min(1, 'Tabellen behöver minst en kolumn')
    .max(4)
    .refine((columns) => new Set(columns).size === columns.length, 'Varje kolumn får väljas en gång')
    .optional()
    .meta({
      description:
        "The figure columns in order: budgeted result, actual result, the forecast (of the document's follow-up point, else the latest), deviation (actual less budget). Absent: budget, actual, deviation.",
      examples: [['budget', 'forecast', 'deviation']],
    }),
  deviationOf: z
    .enum(['actual', 'forecast'])
    .optional()
    .meta({
      description:
        'What the deviation compares with the budget: the actual result, or the forecast. Absent: the actual result.',
      examples: ['forecast'],
    }),
  deviationNote: z
    .boolean()
    .optional()
    .meta({
      description:
        'A note under the table naming the two columns the deviation compares ("Avvikelse = prognos − budget."). Absent: none.',
      examples: [true],
    }),
  decimals,
  total: z
    .boolean()
    .optional()
    .meta({ description: 'A sum row under the departments. Absent: printed.', examples: [false] }),
};
