import type { DocumentFrameInput } from '@styr/shared/contracts/document-frame';
import type { TemplateChapter } from '@styr/shared/contracts/documents';
import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  foreignKey,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenant, versioned } from './columns.ts';
import { orgNodes } from './org.ts';

const documentKind = () =>
  text('document_kind', { enum: ['verksamhetsplan', 'delarsrapport', 'arsrapport'] }).notNull();
const kindCheck = (name: string, column: unknown) =>
  check(name, sql`${column} in ('verksamhetsplan', 'delarsrapport', 'arsrapport')`);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** The municipality's template of a document: an ordered tree of chapters, edited as one value. */
export const documentTemplates = pgTable(
  'document_templates',
  {
    municipalityId: tenant(),
    documentKind: documentKind(),
    chapters: jsonb('chapters').$type<TemplateChapter[]>().notNull(),
    /** The title page, contents, footer and header the template asks for; null: as always. */
    frame: jsonb('frame').$type<DocumentFrameInput>(),
    /** This document kind's own wording of fixed words, over the municipality's; null: none. */
    labels: jsonb('labels').$type<Record<string, string>>(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.municipalityId, table.documentKind] }),
    kindCheck('document_templates_kind_check', table.documentKind),
  ],
);

/** A chapter's text written for one committee's document in a year, e.g. the controller's summary. */
export const documentTexts = pgTable(
  'document_texts',
  {
    municipalityId: tenant(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    documentKind: documentKind(),
    chapterKey: text('chapter_key').notNull(),
    text: text('text'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({
      columns: [table.municipalityId, table.committeeId, table.year, table.documentKind, table.chapterKey],
    }),
    foreignKey({
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    kindCheck('document_texts_kind_check', table.documentKind),
  ],
);

/** The files produced when the committee adopted a document; never changed afterwards. */
export const documentSnapshots = pgTable(
  'document_snapshots',
  {
    municipalityId: tenant(),
    committeeId: uuid('committee_id').notNull(),
    year: integer('year').notNull(),
    documentKind: documentKind(),
    format: text('format', { enum: ['pdf', 'docx'] }).notNull(),
    content: bytea('content').notNull(),
    /** The name the file was adopted under, e.g. "Årsrapport 2022 Socialnämnden Hisingen.pdf". */
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    adoptedAt: timestamp('adopted_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({
      columns: [table.municipalityId, table.committeeId, table.year, table.documentKind, table.format],
    }),
    foreignKey({
      columns: [table.municipalityId, table.committeeId],
      foreignColumns: [orgNodes.municipalityId, orgNodes.id],
    }),
    kindCheck('document_snapshots_kind_check', table.documentKind),
    check('document_snapshots_format_check', sql`${table.format} in ('pdf', 'docx')`),
  ],
);

/** The municipality's logo, which a template's title page may print: one PNG image with its alternative text. */
export const municipalityLogos = pgTable('municipality_logos', {
  municipalityId: tenant().primaryKey(),
  image: bytea('image').notNull(),
  /** Read aloud in place of the image (PDF/UA, WCAG). */
  alt: text('alt').notNull(),
  ...versioned,
});
