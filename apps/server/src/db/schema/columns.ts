import { bigint, integer, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './org.ts';

/** The version every editable row carries for the version check, and when it was made and last changed. */
export const versioned = {
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** The municipality a row belongs to: the first column of every key. */
export const tenant = () =>
  uuid('municipality_id')
    .notNull()
    .references(() => municipalities.id);

/** An amount of money in whole öre, never a float. */
export const ore = (name: string) => bigint(name, { mode: 'bigint' });
