import { strFromU8, unzipSync } from 'fflate';

/**
 * One part of a Word file (a zip archive), e.g. `word/document.xml`, as text: what `unzip -p` printed. fflate is
 * the zip library the server already writes and normalises Word files with.
 */
export function docxPart(content: Uint8Array, path: string): string {
  const part = unzipSync(content, { filter: (file) => file.name === path })[path];
  if (!part) throw new Error(`The Word file has no part ${path}`);
  return strFromU8(part);
}
