import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFString,
} from 'pdf-lib';

/**
 * Reads what PDF/UA and PDF/A speak of from a PDF's objects with pdf-lib, for tests: the catalog's entries, the
 * information dictionary, the XMP packet, the structure tree, and per page which content is tagged (a marked run
 * with an MCID), which is an artifact, and which is neither. test/pdf-conformance.ts judges it.
 */

export interface StructNode {
  type: string;
  /** The Scope of a table header cell's Table attributes. */
  scope: string | null;
  /** The element's alternative text (a Figure's words for what it shows). */
  alt: string | null;
  children: StructNode[];
  /** Marked runs it holds directly, as "page:mcid". */
  content: string[];
  /** Annotations it holds (OBJR), by object number. */
  annotations: number[];
}

export interface PageContent {
  number: number;
  /** MCIDs of the page's marked runs, in drawing order. */
  mcids: number[];
  /** The structure element of each MCID, as the parent tree says (null where it says nothing). */
  parents: (StructNode | null)[];
  /** Text drawn inside an artifact, per artifact type ("Pagination", or "" without a type). */
  artifactText: { type: string; text: number }[];
  /** Operators that draw (text, paths, images) outside any marked run or artifact. */
  untagged: string[];
  /** How many times the page shows glyph 0 (.notdef), a character its font does not have. */
  notdef: number;
  annotations: {
    object: number;
    subtype: string;
    contents: string | null;
    flags: number;
    parent: StructNode | null;
  }[];
  /** Fonts of the page's resources, whether each embeds its font program and maps its glyphs to Unicode. */
  fonts: { name: string; embedded: boolean; toUnicode: boolean }[];
  /** The page's tab order (Tabs): S follows the structure. */
  tabs: string | null;
}

export interface PdfStructure {
  version: string;
  lang: string | null;
  marked: boolean;
  displayDocTitle: boolean;
  info: { title: string | null; creationDate: string | null; modDate: string | null };
  xmp: string;
  outputIntents: { subtype: string; condition: string; profileComponents: number | null }[];
  root: StructNode | null;
  pages: PageContent[];
  /** The trailer has a file identifier (ID). */
  fileId: boolean;
}

const text = (object: PDFObject | undefined): string | null =>
  object instanceof PDFString || object instanceof PDFHexString
    ? object.decodeText()
    : object instanceof PDFName
      ? object.decodeText()
      : null;

/** The date exactly as written ("D:20230221000000Z"), not as a reader would turn it into a time. */
const rawDate = (object: PDFObject | undefined): string | null =>
  object instanceof PDFString ? object.asString() : text(object);

/** The tokens of a content stream: operands and operators, strings and dictionaries skipped over whole. */
function* tokens(content: string): Generator<{ operator: string } | { operand: string }> {
  let index = 0;
  const length = content.length;
  while (index < length) {
    const char = content[index] as string;
    if (/\s/.test(char)) index += 1;
    else if (char === '%') while (index < length && content[index] !== '\n') index += 1;
    else if (char === '(') {
      let depth = 0;
      for (; index < length; index += 1) {
        const current = content[index];
        if (current === '\\') index += 1;
        else if (current === '(') depth += 1;
        else if (current === ')' && --depth === 0) break;
      }
      index += 1;
      yield { operand: 'string' };
    } else if (content.startsWith('<<', index)) {
      const end = content.indexOf('>>', index);
      yield { operand: content.slice(index, end + 2) };
      index = end + 2;
    } else if (char === '<') {
      const end = content.indexOf('>', index);
      // Glyph ids as Styr's fonts (Type0, Identity-H) are shown: four hex digits each.
      yield { operand: `glyphs:${content.slice(index + 1, end).replace(/\s/g, '')}` };
      index = end + 1;
    } else if (char === '[' || char === ']') {
      index += 1;
    } else {
      const match = /^\/?[^\s()<>[\]{}/%]+/.exec(content.slice(index, index + 200));
      const word = match ? match[0] : char;
      index += word.length;
      if (word.startsWith('/') || /^[-+.\d]/.test(word)) yield { operand: word };
      else yield { operator: word };
    }
  }
}

const drawing = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'Do', 'sh']);
const showing = new Set(['Tj', 'TJ', "'", '"']);

export async function readPdfStructure(content: Uint8Array): Promise<PdfStructure> {
  const pdf = await PDFDocument.load(content, { updateMetadata: false });
  const { context, catalog } = pdf;
  const lookup = (object: PDFObject | undefined): PDFObject | undefined =>
    object instanceof PDFRef ? context.lookup(object) : object;
  const dict = (object: PDFObject | undefined) => {
    const found = lookup(object);
    return found instanceof PDFDict ? found : undefined;
  };
  const array = (object: PDFObject | undefined) => {
    const found = lookup(object);
    return found instanceof PDFArray ? found.asArray() : found === undefined ? [] : [found];
  };
  const get = (from: PDFDict | undefined, key: string) => lookup(from?.get(PDFName.of(key)));
  const bytesOf = (stream: PDFObject | undefined) =>
    stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : new Uint8Array();

  const pageRefs = pdf.getPages().map((page) => page.ref);
  const pageNumber = (ref: PDFObject | undefined) => (ref instanceof PDFRef ? pageRefs.indexOf(ref) + 1 : 0);

  const byDict = new Map<PDFDict, StructNode>();
  const walk = (element: PDFDict): StructNode => {
    const attributes = array(element.get(PDFName.of('A'))).map((entry) => dict(entry));
    const scope = attributes.map((attribute) => text(get(attribute, 'Scope'))).find(Boolean) ?? null;
    const node: StructNode = {
      type: text(get(element, 'S')) ?? '',
      scope,
      alt: text(get(element, 'Alt')),
      children: [],
      content: [],
      annotations: [],
    };
    byDict.set(element, node);
    const page = pageNumber(element.get(PDFName.of('Pg')));
    for (const kid of array(element.get(PDFName.of('K')))) {
      if (kid instanceof PDFNumber) node.content.push(`${page}:${kid.asNumber()}`);
      const child = dict(kid);
      if (!child) continue;
      const type = text(get(child, 'Type'));
      if (type === 'MCR')
        node.content.push(
          `${pageNumber(child.get(PDFName.of('Pg')))}:${(get(child, 'MCID') as PDFNumber).asNumber()}`,
        );
      else if (type === 'OBJR') {
        const object = child.get(PDFName.of('Obj'));
        if (object instanceof PDFRef) node.annotations.push(object.objectNumber);
      } else node.children.push(walk(child));
    }
    return node;
  };
  const treeRoot = dict(catalog.get(PDFName.of('StructTreeRoot')));
  const tops = array(treeRoot?.get(PDFName.of('K'))).flatMap((kid) => {
    const child = dict(kid);
    return child ? [walk(child)] : [];
  });
  const root: StructNode | null = treeRoot
    ? { type: 'StructTreeRoot', scope: null, alt: null, children: tops, content: [], annotations: [] }
    : null;

  const parentTree = new Map<number, PDFObject>();
  const collect = (node: PDFDict | undefined) => {
    const nums = array(node?.get(PDFName.of('Nums')));
    for (let index = 0; index + 1 < nums.length; index += 2)
      parentTree.set((nums[index] as PDFNumber).asNumber(), nums[index + 1] as PDFObject);
    for (const kid of array(node?.get(PDFName.of('Kids')))) collect(dict(kid));
  };
  collect(dict(treeRoot?.get(PDFName.of('ParentTree'))));
  const nodeOf = (object: PDFObject | undefined) => {
    const found = dict(object);
    return found ? (byDict.get(found) ?? null) : null;
  };

  const pages = pdf.getPages().map((page, index): PageContent => {
    const { node } = page;
    const stream = Array.from(array(node.get(PDFName.of('Contents'))), (part) =>
      new TextDecoder('latin1').decode(bytesOf(lookup(part))),
    ).join('\n');
    const marks: { mcid: number | null; artifact: string | null }[] = [];
    const result: PageContent = {
      number: index + 1,
      mcids: [],
      parents: [],
      artifactText: [],
      untagged: [],
      notdef: 0,
      annotations: [],
      fonts: [],
      tabs: text(get(node, 'Tabs')),
    };
    let operands: string[] = [];
    for (const token of tokens(stream)) {
      if ('operand' in token) {
        operands.push(token.operand);
        continue;
      }
      const { operator } = token;
      if (operator === 'BDC' || operator === 'BMC') {
        const tag = operands[0] ?? '';
        const properties = operator === 'BDC' ? (operands[1] ?? '') : '';
        const mcid = /\/MCID\s+(\d+)/.exec(properties);
        const artifact = tag === '/Artifact' ? (/\/Type\s*\/(\w+)/.exec(properties)?.[1] ?? '') : null;
        marks.push({ mcid: mcid ? Number(mcid[1]) : null, artifact });
        if (mcid) result.mcids.push(Number(mcid[1]));
      } else if (operator === 'EMC') marks.pop();
      else if (drawing.has(operator)) {
        const artifact = marks.find((mark) => mark.artifact !== null)?.artifact;
        const tagged = marks.some((mark) => mark.mcid !== null);
        if (artifact !== undefined && showing.has(operator)) {
          const last = result.artifactText.at(-1);
          if (last?.type === artifact) last.text += 1;
          else result.artifactText.push({ type: artifact ?? '', text: 1 });
        }
        if (!tagged && artifact === undefined) result.untagged.push(operator);
        if (showing.has(operator))
          for (const operand of operands)
            if (operand.startsWith('glyphs:'))
              result.notdef += (operand.slice(7).match(/.{4}/g) ?? []).filter((id) => id === '0000').length;
      }
      operands = [];
    }
    const key = node.get(PDFName.of('StructParents'));
    const parents = key instanceof PDFNumber ? array(parentTree.get(key.asNumber())) : [];
    result.parents = result.mcids.map((mcid) => nodeOf(parents[mcid]));
    for (const entry of array(node.get(PDFName.of('Annots')))) {
      const annotation = dict(entry);
      const parentKey = get(annotation, 'StructParent');
      result.annotations.push({
        object: entry instanceof PDFRef ? entry.objectNumber : 0,
        subtype: text(get(annotation, 'Subtype')) ?? '',
        contents: text(get(annotation, 'Contents')),
        flags: (get(annotation, 'F') as PDFNumber | undefined)?.asNumber() ?? 0,
        parent: parentKey instanceof PDFNumber ? nodeOf(parentTree.get(parentKey.asNumber())) : null,
      });
    }
    const fonts = dict(get(dict(node.get(PDFName.of('Resources'))), 'Font'));
    for (const [name, value] of fonts?.entries() ?? []) {
      const font = dict(value);
      const descendant = dict(array(get(font, 'DescendantFonts'))[0]) ?? font;
      const descriptor = dict(get(descendant, 'FontDescriptor'));
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some(
        (file) => get(descriptor, file) !== undefined,
      );
      result.fonts.push({
        name: name.decodeText(),
        embedded,
        toUnicode: get(font, 'ToUnicode') !== undefined,
      });
    }
    return result;
  });

  const infoRef = context.trailerInfo.Info;
  const info = dict(infoRef);
  const viewer = dict(catalog.get(PDFName.of('ViewerPreferences')));
  const header = new TextDecoder('latin1').decode(content.slice(0, 16));
  return {
    version: /%PDF-(\d\.\d)/.exec(header)?.[1] ?? '',
    lang: text(get(catalog, 'Lang')),
    marked: String(get(dict(catalog.get(PDFName.of('MarkInfo'))), 'Marked')) === 'true',
    displayDocTitle: String(get(viewer, 'DisplayDocTitle')) === 'true',
    info: {
      title: text(get(info, 'Title')),
      creationDate: rawDate(get(info, 'CreationDate')),
      modDate: rawDate(get(info, 'ModDate')),
    },
    xmp: new TextDecoder().decode(bytesOf(get(catalog, 'Metadata'))),
    outputIntents: array(catalog.get(PDFName.of('OutputIntents'))).map((entry) => {
      const intent = dict(entry);
      const profile = lookup(intent?.get(PDFName.of('DestOutputProfile')));
      const components = profile instanceof PDFRawStream ? profile.dict.get(PDFName.of('N')) : undefined;
      return {
        subtype: text(get(intent, 'S')) ?? '',
        condition: text(get(intent, 'OutputConditionIdentifier')) ?? '',
        profileComponents: components instanceof PDFNumber ? components.asNumber() : null,
      };
    }),
    root,
    pages,
    fileId: context.trailerInfo.ID !== undefined,
  };
}
