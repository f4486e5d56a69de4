/**
 * The time a render thread's current document must be done by. The renderers look at it between a document's
 * blocks and stop there by themselves: a thread cut off from outside in the middle of a library's work can take
 * the whole process down (Node asserts when it cleans up a zlib stream caught half-made).
 */
let deadline = Number.POSITIVE_INFINITY;

export class RenderDeadlineError extends Error {
  constructor() {
    super('The render passed its deadline');
  }
}

export function startDeadline(at: number): void {
  deadline = at;
}

/** Throws once the current document is past its deadline; called between blocks. */
export function checkDeadline(): void {
  if (Date.now() > deadline) throw new RenderDeadlineError();
}
