import {
  type DocumentFormat,
  type DocumentKind,
  documentFormats,
  documentKinds,
} from '@styr/shared/domain/document-kinds';
import { InvalidArgumentError } from 'commander';
import type { z } from 'zod';

// Checked while the command line is parsed, before any command's code is loaded: kept free of heavy imports.

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('Porten måste vara ett heltal 0–65535.');
  return port;
}

export function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw new InvalidArgumentError('Året måste vara ett årtal, t.ex. 2022.');
  return year;
}

export function parseDocumentKind(value: string): DocumentKind {
  const kind = documentKinds.find((entry) => entry === value);
  if (!kind) throw new InvalidArgumentError(`okänt dokument "${value}"; välj ${documentKinds.join(', ')}`);
  return kind;
}

export function parseDocumentFormat(value: string): DocumentFormat {
  const format = documentFormats.find((entry) => entry === value);
  if (!format) throw new InvalidArgumentError(`okänt format "${value}"; välj ${documentFormats.join(', ')}`);
  return format;
}

/** Parses command-line input with the same schemas as the API, so both refuse the same things. */
export function parse<T extends z.ZodType>(schema: T, value: unknown, label: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new Error(`${label}: ${result.error.issues.map((issue) => issue.message).join(', ')}`);
  return result.data;
}
