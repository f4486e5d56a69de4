// A render thread: takes a document model and answers with its files, so a long document keeps the server's
// event loop free. Started by render-pool.ts; nothing here reads the database or the clock.
import { parentPort } from 'node:worker_threads';
import type { DocumentModel } from '@styr/shared/domain/document-model';
import { checkDeadline, RenderDeadlineError, startDeadline } from './deadline.ts';
import type { PdfPurpose } from './pdf-metadata.ts';

export type FileFormat = 'pdf' | 'docx';

export interface RenderJob {
  model: DocumentModel;
  formats: readonly FileFormat[];
  /** A preview, or the file archived at an adoption. */
  purpose: PdfPurpose;
  /** When the files must be done (epoch milliseconds): past it the thread stops at the next block. */
  deadline: number;
}

export type RenderReply = { files: Uint8Array[] } | { error: string; late: boolean };

/** A renderer, with the library it draws with (pdfkit, docx), is loaded when its format is first asked for. */
async function render(model: DocumentModel, format: FileFormat, purpose: PdfPurpose): Promise<Uint8Array> {
  const content =
    format === 'pdf'
      ? await (await import('./render-pdf.ts')).renderPdf(model, purpose)
      : await (await import('./render-docx.ts')).renderDocx(model);
  // A small Buffer is a view into a shared pool, which must not be handed over; such a file is copied.
  const whole = content.byteOffset === 0 && content.byteLength === content.buffer.byteLength;
  return whole ? content : new Uint8Array(content);
}

parentPort?.on('message', async (job: RenderJob) => {
  try {
    startDeadline(job.deadline);
    const files: Uint8Array[] = [];
    for (const format of job.formats) {
      checkDeadline();
      files.push(await render(job.model, format, job.purpose));
    }
    const reply: RenderReply = { files };
    parentPort?.postMessage(
      reply,
      files.map((file) => file.buffer as ArrayBuffer),
    );
  } catch (error) {
    const reply: RenderReply = {
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      late: error instanceof RenderDeadlineError,
    };
    parentPort?.postMessage(reply);
  }
});
