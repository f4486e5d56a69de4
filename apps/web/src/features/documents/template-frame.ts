import type { DocumentFrameInput } from '@styr/shared/contracts/document-frame';
import {
  defaultContents,
  defaultFooter,
  defaultTitlePage,
  type PageStyle,
  type RunningFrame,
  type RunningPart,
  type TitlePageLine,
} from '@styr/shared/domain/document-frame';

/**
 * Every part of a frame set, today's defaults where the template says nothing, so a form can show each; the
 * contents as the form chooses them, a depth or "ingen".
 */
export interface EditableFrame {
  titlePage: { show: boolean; lines: TitlePageLine[]; subtitle: string; logo: boolean };
  contents: string;
  footer: Required<RunningFrame>;
  header: Required<RunningFrame> & { show: boolean };
}

/** The choice of no table of contents. */
export const noContents = 'ingen';

const running = (frame: RunningFrame): Required<RunningFrame> => ({
  parts: [...frame.parts],
  separator: frame.separator ?? ' ',
  pageStyle: frame.pageStyle ?? 'parenthesis',
});

export function editableFrame(frame: DocumentFrameInput | undefined): EditableFrame {
  const titlePage = (frame?.titlePage === undefined ? defaultTitlePage : frame.titlePage) || null;
  const contents = frame?.contents === undefined ? defaultContents : frame.contents;
  const header = frame?.header || null;
  return {
    titlePage: {
      show: titlePage !== null,
      lines: [...(titlePage ?? defaultTitlePage).lines],
      subtitle: titlePage?.subtitle ?? '',
      logo: titlePage?.logo ?? false,
    },
    contents: contents ? String(contents.depth) : noContents,
    footer: running(frame?.footer ?? defaultFooter),
    header: { show: header !== null, ...running(header ?? { parts: ['committee'] }) },
  };
}

/** The frame as the template stores it. */
export function storedFrame(frame: EditableFrame): DocumentFrameInput {
  const { titlePage } = frame;
  return {
    titlePage: titlePage.show
      ? {
          lines: titlePage.lines,
          ...(titlePage.subtitle.trim() ? { subtitle: titlePage.subtitle.trim() } : {}),
          ...(titlePage.logo ? { logo: true } : {}),
        }
      : false,
    contents: frame.contents === noContents ? false : { depth: Number(frame.contents) },
    footer: frame.footer,
    header: frame.header.show
      ? { parts: frame.header.parts, separator: frame.header.separator, pageStyle: frame.header.pageStyle }
      : false,
  };
}

export const titleLineLabels: Record<TitlePageLine, string> = {
  municipality: 'Kommunens namn',
  title: 'Dokumentets titel',
  committee: 'Nämndens namn',
  subtitle: 'Egen undertitel',
};
export const runningPartLabels: Record<RunningPart, string> = {
  municipality: 'Kommunens namn',
  title: 'Dokumentets titel',
  committee: 'Nämndens namn',
  page: 'Sidnummer',
};
export const pageStyleLabels: Record<PageStyle, string> = {
  parenthesis: '6 (44)',
  pageOf: 'Sida 6 av 44',
  plain: '6',
};
