import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { FIXED_TIME } from './deterministic.ts';

/**
 * The docx package numbers heading bookmarks (_Toc1, _Toc2 …) from a counter shared by every document the
 * process makes, and zips with the time of packing. Renumbering the bookmarks in the order they appear and
 * zipping with a fixed time gives the same bytes for the same document in any process.
 */
export function normalizeDocx(packed: Uint8Array): Buffer {
  const files = unzipSync(packed);
  const document = files['word/document.xml'];
  if (document) {
    const numbers = new Map<string, number>();
    const renumber = (old: string) => {
      if (!numbers.has(old)) numbers.set(old, numbers.size + 1);
      return String(numbers.get(old));
    };
    const xml = strFromU8(document)
      .replace(/_Toc(\d+)/g, (_whole, id: string) => `_Toc${renumber(id)}`)
      .replace(
        /(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)"/g,
        (_whole, head: string, id: string) => `${head}${renumber(id)}"`,
      );
    files['word/document.xml'] = strToU8(xml);
  }
  return Buffer.from(zipSync(files, { mtime: FIXED_TIME, level: 6 }));
}
