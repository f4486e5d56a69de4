import type { PdfStructure, StructNode } from './pdf-structure.ts';

/**
 * The rules of PDF/UA-1 and PDF/A-2b that Styr's PDFs are held to, as problems found in a read PDF (empty when
 * it conforms). No validator for either is installable here (veraPDF needs a Java download), so these checks are
 * the validator: each names the rule it checks, and test/pdf-conformance.int.test.ts shows they catch a plain PDF.
 */

/** Which structure elements may hold which, for the groups PDF/UA's readers navigate by (ISO 32000-1, 14.8.4). */
const allowedChildren: Record<string, readonly string[]> = {
  Table: ['TR', 'THead', 'TBody', 'TFoot', 'Caption'],
  THead: ['TR'],
  TBody: ['TR'],
  TFoot: ['TR'],
  TR: ['TH', 'TD'],
  L: ['LI', 'L', 'Caption'],
  LI: ['Lbl', 'LBody'],
  TOC: ['TOCI', 'TOC', 'Caption'],
  TOCI: ['Lbl', 'Reference', 'NonStruct', 'P', 'TOC', 'Link'],
};

const standardTypes = new Set([
  'Document',
  'Part',
  'Art',
  'Sect',
  'Div',
  'BlockQuote',
  'Caption',
  'TOC',
  'TOCI',
  'Index',
  'NonStruct',
  'Private',
  'P',
  'H',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'L',
  'LI',
  'Lbl',
  'LBody',
  'Table',
  'TR',
  'TH',
  'TD',
  'THead',
  'TBody',
  'TFoot',
  'Span',
  'Quote',
  'Note',
  'Reference',
  'BibEntry',
  'Code',
  'Link',
  'Annot',
  'Ruby',
  'Warichu',
  'Figure',
  'Formula',
  'Form',
]);

function* elements(node: StructNode): Generator<StructNode> {
  yield node;
  for (const child of node.children) yield* elements(child);
}

/** The element types of the tree in reading order, e.g. to compare the headings with the document's. */
export const elementTypes = (structure: PdfStructure): string[] =>
  structure.root ? [...elements(structure.root)].slice(1).map((node) => node.type) : [];

const has = (xmp: string, element: string, value: string) =>
  new RegExp(`<${element}>\\s*${value}\\s*</${element}>`).test(xmp);

/** What keeps the PDF from conforming to PDF/UA-1 (ISO 14289-1, checked as the Matterhorn Protocol lists). */
export function pdfUaProblems(structure: PdfStructure): string[] {
  const problems: string[] = [];
  if (!structure.marked) problems.push('MarkInfo: Marked is not true');
  if (structure.lang !== 'sv-SE') problems.push(`Catalog Lang is ${structure.lang}, not sv-SE`);
  if (!structure.displayDocTitle) problems.push('ViewerPreferences: DisplayDocTitle is not true');
  const title = structure.info.title;
  if (!title) problems.push('the information dictionary has no Title');
  const escaped = title?.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (escaped && !structure.xmp.includes(`<rdf:li xml:lang="x-default">${escaped}</rdf:li>`))
    problems.push('XMP dc:title is not the document title');
  if (!has(structure.xmp, 'pdfuaid:part', '1')) problems.push('XMP has no pdfuaid:part 1');
  if (!structure.root || structure.root.children.length === 0) {
    problems.push('no structure tree');
    return problems;
  }
  const all = [...elements(structure.root)].slice(1);
  for (const node of all) {
    if (!standardTypes.has(node.type)) problems.push(`${node.type}: not a standard structure type`);
    const allowed = allowedChildren[node.type];
    for (const child of node.children)
      if (allowed && !allowed.includes(child.type)) problems.push(`${child.type} inside ${node.type}`);
  }
  for (const figure of all.filter((node) => node.type === 'Figure'))
    if (!figure.alt?.trim()) problems.push('a Figure without alternative text (Alt)');
  const tables = all.filter((node) => node.type === 'Table');
  for (const [index, table] of tables.entries()) {
    const cells = [...elements(table)].filter((node) => node.type === 'TH' || node.type === 'TD');
    const headers = cells.filter((node) => node.type === 'TH');
    if (headers.length === 0) problems.push(`table ${index + 1} has no header cells (TH)`);
    for (const header of headers)
      if (!['Column', 'Row', 'Both'].includes(header.scope ?? ''))
        problems.push(`table ${index + 1}: a header cell without Scope`);
  }
  let level = 0;
  for (const node of all) {
    const match = /^H(\d)$/.exec(node.type);
    if (!match) continue;
    const next = Number(match[1]);
    if (next > level + 1) problems.push(`H${next} follows H${level}: a heading level is skipped`);
    level = next;
  }
  const tagged = new Set(all.flatMap((node) => node.content));
  const annotated = new Set(all.flatMap((node) => node.annotations));
  for (const page of structure.pages) {
    if (page.untagged.length > 0)
      problems.push(`page ${page.number}: ${page.untagged.length} drawings neither tagged nor artifacts`);
    page.mcids.forEach((mcid, index) => {
      const parent = page.parents[index];
      if (!parent || !tagged.has(`${page.number}:${mcid}`))
        problems.push(`page ${page.number}: marked run ${mcid} belongs to no structure element`);
    });
    for (const font of page.fonts) {
      if (!font.embedded) problems.push(`page ${page.number}: font ${font.name} is not embedded`);
      if (!font.toUnicode) problems.push(`page ${page.number}: font ${font.name} has no ToUnicode map`);
    }
    if (page.annotations.length > 0 && page.tabs !== 'S')
      problems.push(`page ${page.number}: annotations without the structure's tab order (Tabs S)`);
    for (const annotation of page.annotations) {
      if (annotation.subtype !== 'Link') continue;
      if (annotation.parent?.type !== 'Link' || !annotated.has(annotation.object))
        problems.push(`page ${page.number}: a link annotation outside a Link element`);
      if (!annotation.contents?.trim()) problems.push(`page ${page.number}: a link without a description`);
    }
  }
  return problems;
}

/** What keeps the PDF from conforming to PDF/A-2b (ISO 19005-2) in what Styr's files could get wrong. */
export function pdfAProblems(structure: PdfStructure): string[] {
  const problems: string[] = [];
  const { xmp, info } = structure;
  if (!has(xmp, 'pdfaid:part', '2')) problems.push('XMP has no pdfaid:part 2');
  if (!has(xmp, 'pdfaid:conformance', '[AB]')) problems.push('XMP has no pdfaid:conformance A or B');
  if (xmp.includes('pdfuaid:part') && !xmp.includes('<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>'))
    problems.push('XMP uses pdfuaid without describing its schema (pdfaExtension)');
  const intent = structure.outputIntents.find((entry) => entry.subtype === 'GTS_PDFA1');
  if (!intent) problems.push('no GTS_PDFA1 output intent');
  else if (intent.profileComponents !== 3) problems.push('the output intent has no RGB ICC profile');
  // The information dictionary and the XMP say the same (6.6.3): dates in both notations.
  const xmpDateOf = (date: string | null) => {
    const match = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(date ?? '');
    return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z` : null;
  };
  const created = xmpDateOf(info.creationDate);
  if (!created || !has(xmp, 'xmp:CreateDate', created))
    problems.push(`CreationDate ${info.creationDate} is not the XMP CreateDate`);
  if (info.modDate && !has(xmp, 'xmp:ModifyDate', xmpDateOf(info.modDate) ?? '-'))
    problems.push(`ModDate ${info.modDate} is not the XMP ModifyDate`);
  for (const page of structure.pages) {
    for (const font of page.fonts)
      if (!font.embedded) problems.push(`page ${page.number}: font ${font.name} is not embedded`);
    if (page.notdef > 0) problems.push(`page ${page.number}: ${page.notdef} characters drawn as .notdef`);
    for (const annotation of page.annotations)
      if ((annotation.flags & 4) === 0) problems.push(`page ${page.number}: an annotation not set to print`);
  }
  if (!structure.fileId) problems.push('the trailer has no file identifier (ID)');
  if (!/^1\.[4-7]$/.test(structure.version)) problems.push(`PDF ${structure.version} is not 1.4–1.7`);
  return problems;
}
