import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from '@styr/shared/domain/document-model';
import { AppError } from '../../errors.ts';
import type { PdfPurpose } from './render/pdf-metadata.ts';
import type { FileFormat, RenderJob, RenderReply } from './render/render-worker.ts';

interface Pending {
  job: Omit<RenderJob, 'deadline'>;
  timeoutMs: number;
  resolve: (files: Buffer[]) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  current: (Pending & { timer: NodeJS.Timeout }) | null;
  /** Set once the thread is retired past its limit: when it is cut off if it has not stopped by then. */
  grace?: NodeJS.Timeout;
}

// Node runs the TypeScript file itself (type stripping), under vitest as in the server.
const workerFile = new URL('./render/render-worker.ts', import.meta.url);
// One core stays with the event loop; more than a few threads would only hold more fonts and caches in memory.
const poolSize = Math.max(1, Math.min(4, availableParallelism() - 1));

/*
 * The threads are the process's, like the renderers' font caches: started when first needed, kept warm between
 * renders and not holding the process open while idle. Nothing in them outlives a render that another server
 * instance would need.
 */
const threads = new Set<Thread>();
const queue: Pending[] = [];

const seconds = (ms: number) => Math.max(1, Math.round(ms / 1000));

/** A render past the limit is stopped: the same document would take as long again, so it is no passing fault. */
const tooSlow = (timeoutMs: number) =>
  new AppError(
    'UNPROCESSABLE',
    `Dokumentet kunde inte framställas inom tidsgränsen på ${seconds(timeoutMs)} sekunder och avbröts. ` +
      'Korta texterna eller ta bort kapitel ur mallen, eller be administratören höja gränsen.',
  );

/** Ends the thread's render, if it has one, and lets the process exit while the thread idles. */
function settle(thread: Thread): Pending | null {
  const pending = thread.current;
  if (!pending) return null;
  clearTimeout(pending.timer);
  thread.current = null;
  thread.worker.unref();
  return pending;
}

/** A thread that failed takes no more work; a new one starts in its place. */
function retire(thread: Thread): Pending | null {
  threads.delete(thread);
  const pending = settle(thread);
  void thread.worker.terminate();
  return pending;
}

/**
 * A thread past its limit takes no more work. It stops at its next block by itself (render/deadline.ts) and is let
 * go once it answers, idle; only a thread stuck inside one block is cut off, after a grace period. It holds the
 * process open until then, so the process never ends it mid-render either.
 */
function retireLate(thread: Thread, graceMs: number): Pending | null {
  threads.delete(thread);
  const pending = thread.current;
  if (pending) clearTimeout(pending.timer);
  thread.current = null;
  thread.grace = setTimeout(() => void thread.worker.terminate(), graceMs);
  return pending;
}

function start(): Thread {
  const thread: Thread = { worker: new Worker(workerFile), current: null };
  thread.worker.on('message', (reply: RenderReply) => {
    // A thread retired past its limit has stopped and waits, so it can be let go safely now.
    if (!threads.has(thread)) {
      clearTimeout(thread.grace);
      void thread.worker.terminate();
      return;
    }
    const pending = settle(thread);
    // Stopped at its deadline before the pool's own timer: the same answer, and the thread stays in service.
    if ('error' in reply && reply.late && pending) pending.reject(tooSlow(pending.timeoutMs));
    else if ('error' in reply) pending?.reject(new Error(`Rendering failed: ${reply.error}`));
    else
      pending?.resolve(reply.files.map((file) => Buffer.from(file.buffer, file.byteOffset, file.byteLength)));
    dispatch();
  });
  thread.worker.on('error', (error: Error) => {
    retire(thread)?.reject(error);
    dispatch();
  });
  thread.worker.on('exit', () => {
    retire(thread)?.reject(new Error('The render thread stopped'));
    dispatch();
  });
  threads.add(thread);
  return thread;
}

function dispatch(): void {
  while (queue.length > 0) {
    const thread =
      [...threads].find((candidate) => candidate.current === null) ??
      (threads.size < poolSize ? start() : null);
    const pending = queue.shift();
    if (!thread || !pending) {
      if (pending) queue.unshift(pending);
      return;
    }
    // The limit counts from when a thread takes the document, so it judges the document, not the queue.
    const timer = setTimeout(() => {
      retireLate(thread, Math.max(pending.timeoutMs, 30_000))?.reject(tooSlow(pending.timeoutMs));
      dispatch();
    }, pending.timeoutMs);
    thread.current = { ...pending, timer };
    thread.worker.ref();
    const job: RenderJob = { ...pending.job, deadline: Date.now() + pending.timeoutMs };
    thread.worker.postMessage(job);
  }
}

/**
 * The document's files, in the order of the formats, rendered in a thread of their own so that a long document
 * does not hold up other requests. Refused with UNPROCESSABLE when the rendering takes longer than timeoutMs.
 * A preview unless `purpose` names the adoption's decision date.
 */
export function renderInThread(
  model: DocumentModel,
  formats: readonly FileFormat[],
  timeoutMs: number,
  purpose: PdfPurpose = {},
): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    queue.push({ job: { model, formats, purpose }, timeoutMs, resolve, reject });
    dispatch();
  });
}
