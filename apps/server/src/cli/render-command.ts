import { writeFile } from 'node:fs/promises';
import {
  type DocumentFormat,
  type DocumentKind,
  documentFormats,
  documentKinds,
} from '@styr/shared/contracts/documents';
import { InvalidArgumentError } from 'commander';
import { renderDocument } from '../modules/documents/index.ts';
import type { DatabaseOptions } from './context.ts';
import { withContext } from './context.ts';
import { findCommitteeByReference } from './interchange-commands.ts';

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

/** Renders a committee's plan or report from the data as it stands, into a file. */
export const runRender = (
  options: DatabaseOptions & {
    committee: string;
    year: number;
    document: DocumentKind;
    format: DocumentFormat;
    out: string;
  },
) =>
  withContext(options, async ({ deps }) => {
    const committee = await findCommitteeByReference(deps, options.committee);
    const file = await renderDocument(
      deps,
      { municipalityId: committee.municipalityId, committeeId: committee.id, year: options.year },
      options.document,
      options.format,
    );
    await writeFile(options.out, file.content);
    console.error(
      `${file.fileName.replace(/\.\w+$/, '')} skrivet till ${options.out} (${file.content.length} byte).`,
    );
  });
