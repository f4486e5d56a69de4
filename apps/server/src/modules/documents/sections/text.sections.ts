import type { Section } from '@styr/shared/contracts/documents';
import { richTextBlocks } from '@styr/shared/domain/document-rich-text';
import { richTextToPlain } from '@styr/shared/format/rich-text';
import { contentLevel, type SectionBuilder } from '../build-context.ts';

type Of<K extends Section['kind']> = Extract<Section, { kind: K }>;

/** A chapter that only carries its subchapters. */
export const headingSection: SectionBuilder<Of<'heading'>> = {
  build: () => [],
  lacking: () => null,
};

/** The template's own text, the same in every committee's document. */
export const fixedTextSection: SectionBuilder<Of<'fixedText'>> = {
  build: (_context, section, place) => richTextBlocks(section.text, contentLevel(place)),
  lacking: (_context, section) =>
    richTextToPlain(section.text).trim() === '' ? 'Mallens text är tom' : null,
};

/** A text written for this committee's document, such as the controller's summary. */
export const documentTextSection: SectionBuilder<Of<'documentText'>> = {
  build: (context, _section, place) => richTextBlocks(context.texts.get(place.key), contentLevel(place)),
  lacking: (context, _section, place) => (context.texts.get(place.key) ? null : 'Texten är inte skriven'),
};
