import { z } from 'zod';
import { pageStyles, runningParts, titlePageLines } from '../domain/document-frame.ts';
import { documentLabelDefaults, documentLabelKeys, isDocumentLabelKey } from '../domain/document-labels.ts';
import { minusStyles, thousandsStyles } from '../format/number-style.ts';
import { versionSchema } from './common.ts';

/**
 * Own wording of the fixed words documents and pages print (see `documentLabelDefaults`); a label left out prints
 * its default. Unknown keys are refused with the known ones named. The municipality's settings hold one set; a
 * template may hold its own for its document kind.
 */
export const documentLabelsSchema = z
  .record(
    z.string().max(100),
    z.string().trim().min(1, 'Etiketten får inte vara tom').max(200, 'Etiketten får vara högst 200 tecken'),
  )
  .superRefine((labels, context) => {
    for (const key of Object.keys(labels))
      if (!isDocumentLabelKey(key))
        context.addIssue({
          code: 'custom',
          path: [key],
          message: `Okänd etikett ”${key}”. Kända etiketter: ${documentLabelKeys.join(', ')}`,
        });
  })
  .meta({
    description: `Own wording of fixed document words, by key. Keys and defaults: ${JSON.stringify(documentLabelDefaults)}`,
  });

const running = z.strictObject({
  parts: z
    .array(z.enum(runningParts))
    .min(1, 'Välj minst en del')
    .max(4)
    .meta({
      description:
        'The parts in order: the document title ("Årsrapport 2025"), the committee, the municipality, the page number.',
      examples: [['municipality', 'title', 'page']],
    }),
  separator: z
    .string()
    .max(10, 'Skiljetecknet får vara högst 10 tecken')
    .optional()
    .meta({ description: 'Printed between the parts; absent: one space.', examples: [' · '] }),
  pageStyle: z
    .enum(pageStyles)
    .optional()
    .meta({
      description: 'The page number: parenthesis "6 (44)" (the default), pageOf "Sida 6 av 44", plain "6".',
      examples: ['pageOf'],
    }),
});

/** What the document prints around its chapters; a part left out prints as it always has. */
export const documentFrameSchema = z
  .strictObject({
    titlePage: z
      .union([
        z.literal(false),
        z.strictObject({
          lines: z
            .array(z.enum(titlePageLines))
            .max(4)
            .meta({
              description:
                "The title page's lines in order: the document title, the committee's name, the municipality's name, the free subtitle.",
              examples: [['municipality', 'title', 'committee']],
            }),
          subtitle: z
            .string()
            .trim()
            .max(200, 'Undertiteln får vara högst 200 tecken')
            .optional()
            .meta({ description: 'The free line printed where lines name "subtitle".' }),
          logo: z
            .boolean()
            .optional()
            .meta({ description: "The municipality's logo above the lines, when it has uploaded one." }),
        }),
      ])
      .optional()
      .meta({
        description: 'The title page; false: none. Absent: the document title and the committee, as always.',
        examples: [{ lines: ['municipality', 'title', 'committee'], logo: true }],
      }),
    contents: z
      .union([z.literal(false), z.strictObject({ depth: z.int().min(1).max(3) })])
      .optional()
      .meta({
        description:
          'The table of contents and the deepest chapter level it lists; false: none. Absent: depth 3.',
        examples: [false, { depth: 2 }],
      }),
    footer: running.optional().meta({
      description:
        'The running footer on every page but the title page. Absent: title, committee and page as "6 (44)".',
      examples: [{ parts: ['municipality', 'title', 'page'], separator: ' · ', pageStyle: 'pageOf' }],
    }),
    header: z
      .union([z.literal(false), running])
      .optional()
      .meta({
        description: 'A running header on every page but the title page; absent or false: none.',
        examples: [{ parts: ['committee'] }],
      }),
  })
  .meta({
    description:
      "The document's frame: title page, table of contents, running footer and header. Absent: as Styr has always printed them.",
  });
export type DocumentFrameInput = z.infer<typeof documentFrameSchema>;

/** How a municipality prints figures in its documents. */
export const numberStyleSchema = z
  .strictObject({
    minus: z
      .enum(minusStyles)
      .meta({ description: 'minus: the real minus sign "−1 234"; hyphen: the hyphen-minus "-1 234".' }),
    thousands: z
      .enum(thousandsStyles)
      .meta({ description: 'space: digits grouped by a space "1 234"; none: "1234".' }),
  })
  .meta({
    description:
      'How documents print figures. Absent: the real minus sign and a space between digit groups. Ordinary text is never changed.',
    examples: [{ minus: 'hyphen', thousands: 'space' }],
  });

/** What a template holds besides its chapters: its frame and its own labels for its document kind. */
export const templateExtrasShape = {
  frame: documentFrameSchema.optional(),
  labels: documentLabelsSchema.optional().meta({
    description:
      "This document kind's own wording of fixed words, over the municipality's documentLabels; same keys.",
    examples: [{ 'tables.sum': 'Totalt' }],
  }),
};

/** A logo may be this large (the image itself, before base64). */
export const logoMaxBytes = 512 * 1024;

/** The municipality's logo as the API carries it: the PNG image in base64 and what it shows, in words. */
export const municipalityLogoSchema = z.object({
  image: z.base64(),
  alt: z.string(),
  version: z.int(),
});
export type MunicipalityLogo = z.infer<typeof municipalityLogoSchema>;

export const setLogoSchema = z.object({
  /** The logo's version it replaces; null when the municipality has none yet. */
  version: versionSchema.nullable(),
  image: z
    .base64('Bilden ska vara base64-kodad')
    .max(Math.ceil(logoMaxBytes / 3) * 4, 'Logotypen får vara högst 512 kB'),
  alt: z
    .string()
    .trim()
    .min(1, 'Skriv vad logotypen visar, för den som inte ser bilden')
    .max(300, 'Texten får vara högst 300 tecken'),
});
export type SetLogo = z.infer<typeof setLogoSchema>;
