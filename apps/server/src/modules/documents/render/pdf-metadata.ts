import { FIXED_TIME } from './deterministic.ts';

/**
 * What the PDF is made for. Every PDF is PDF/UA-1 (accessible); the file archived at adoption is PDF/A-2b as
 * well and dated by the committee's decision, so the archive says when the document was adopted. A preview is
 * dated by the document's own date (see previewDateOf), so the same data and template still give the same bytes.
 */
export interface PdfPurpose {
  /** The adoption's decision date (YYYY-MM-DD) for the archived file; absent for a preview. */
  decided?: string;
  /** A preview's date (YYYY-MM-DD); absent, as for a model rendered on its own, the fixed date. */
  dated?: string;
}

/** The date a PDF carries as created and modified: the decision or preview day at midnight UTC, or the fixed date. */
export const pdfDateOf = (purpose: PdfPurpose): Date => {
  const day = purpose.decided ?? purpose.dated;
  return new Date(day ? `${day}T00:00:00Z` : FIXED_TIME);
};

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** "2023-02-21T00:00:00Z": the XMP form of the date the information dictionary carries as D:20230221000000Z. */
const xmpDate = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

/**
 * PDF/A admits XMP properties outside its own schemas only with a description of their schema in the file:
 * pdfuaid is one, so the archived file describes it.
 */
const pdfuaExtension = `<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>`;

export interface PdfInfo {
  title: string;
  /** Author, creator tool and producer. */
  maker: string;
  language: string;
  date: Date;
  archival: boolean;
}

/**
 * The XMP descriptions of the document, matching its information dictionary entry for entry as PDF/A asks:
 * title, author, creator tool, producer, created and modified, with the PDF/UA identification (part 1). PDFKit
 * adds the PDF/A identification (pdfaid) of an archived file itself.
 */
export function xmpDescriptions(info: PdfInfo): string {
  const date = xmpDate(info.date);
  const maker = escapeXml(info.maker);
  return `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(info.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${maker}</rdf:li></rdf:Seq></dc:creator>
<dc:language><rdf:Bag><rdf:li>${escapeXml(info.language)}</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<xmp:MetadataDate>${date}</xmp:MetadataDate>
<xmp:CreatorTool>${maker}</xmp:CreatorTool>
<pdf:Producer>${maker}</pdf:Producer>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>${info.archival ? `\n${pdfuaExtension}` : ''}`;
}
