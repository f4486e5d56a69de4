import { writeFile } from 'node:fs/promises';
import type { DocumentFormat, DocumentKind } from '@styr/shared/domain/document-kinds';
import { renderDocument } from '../modules/documents/index.ts';
import { findCommitteeByReference } from './committee-reference.ts';
import { type DatabaseOptions, withContext } from './context.ts';

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
